/**
 * MusicXML out and in, as a notation program and a student's transcriptions would meet it: chord symbols
 * through <harmony> and back, every solo read back as itself (triplets, ties, 3/4, 6/8, a transposed part),
 * the band's parts, and a hand-written score with repeats, endings, two voices, a chord in the melody, a
 * B♭ clarinet and a compressed .mxl, read into the tune the grammar learns from.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { deflateRawSync } from 'node:zlib';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseChordSymbol } from '../../../../../src/core/theory/chords';
import { chordFromHarmony, harmonyElement } from '../../../../../src/core/formats/musicxml/harmony';
import { parseXml, serialise } from '../../../../../src/core/formats/musicxml/xml';
import { writeMusicXml } from '../../../../../src/core/formats/musicxml/writer';
import { readMusicXmlBytes, readMusicXmlText } from '../../../../../src/core/formats/musicxml/reader';
import { generateSolo } from '../../../../../src/engine/generate';
import { arrangeBandForSolo, DEFAULT_BAND_OPTIONS } from '../../../../../src/engine/abcBand';
import { loadCorpus } from '../../../../../src/core/io/corpus';
import { mergeTies } from '../../../../../src/core/solo/realiser';
import { TICKS_PER_QUARTER } from '../../../../../src/shared/ticks';
import type { Solo, Tune } from '../../../../../src/core/types';

const SYMBOLS = [
  'C',
  'Cm',
  'C7',
  'Cmaj7',
  'Cm7',
  'Cm7b5',
  'Cdim',
  'Cdim7',
  'Caug',
  'C7#5',
  'Cmaj7#5',
  'C6',
  'Cm6',
  'C69',
  'Cm(maj7)',
  'Csus4',
  'Csus2',
  'C7sus4',
  'C5',
  'C9',
  'C13',
  'C7b9',
  'C7#9',
  'C7#11',
  'C7b13',
  'C7alt',
  'Cmaj9',
  'Cm11',
  'F#m7b5',
  'Bb7/D',
  'Ebmaj7(#11)',
  'Ab13',
  'Db7b9',
  'Gb6/Bb',
  'E7(b9,#9)',
  'B9sus4',
  'C/E',
  'Am/G',
];

test('every chord symbol survives <harmony>: root, quality, tones and slash bass', () => {
  for (const symbol of SYMBOLS) {
    const chord = parseChordSymbol(symbol)!;
    assert.ok(chord, symbol);
    const read = chordFromHarmony(parseXml(serialise(harmonyElement(chord)), symbol))!;
    assert.ok(read, `${symbol} reads back`);
    assert.equal(read.root, chord.root, `${symbol}: root`);
    assert.equal(read.quality, chord.quality, `${symbol}: quality`);
    assert.deepEqual([...read.pitchClasses].sort(), [...chord.pitchClasses].sort(), `${symbol}: tones`);
    assert.equal(read.bass, chord.bass, `${symbol}: bass`);
    assert.equal(read.symbol, chord.symbol, `${symbol}: the kind's text keeps the symbol as written`);
  }
});

test('a harmony without text reads from its kind and degrees (as MuseScore writes C7(b9,#11))', () => {
  const xml = `<harmony><root><root-step>C</root-step></root><kind>dominant</kind>
    <degree><degree-value>9</degree-value><degree-alter>-1</degree-alter><degree-type>add</degree-type></degree>
    <degree><degree-value>11</degree-value><degree-alter>1</degree-alter><degree-type>add</degree-type></degree>
    <degree><degree-value>5</degree-value><degree-alter>0</degree-alter><degree-type>subtract</degree-type></degree>
  </harmony>`;
  const chord = chordFromHarmony(parseXml(xml, 'x'))!;
  assert.equal(chord.quality, 'dom7');
  assert.deepEqual(
    [...chord.pitchClasses].sort((a, b) => a - b),
    [0, 1, 4, 6, 10],
  );
  assert.equal(
    chordFromHarmony(parseXml('<harmony><root><root-step>C</root-step></root><kind>none</kind></harmony>', 'x')),
    undefined,
  );
});

const soloNotes = (solo: Solo) =>
  mergeTies(solo.notes)
    .filter((n) => n.pitch !== null)
    .map((n) => [n.pitch, n.startTick / TICKS_PER_QUARTER, n.durationTicks / TICKS_PER_QUARTER]);
const tuneNotes = (tune: Tune) => tune.notes.filter((n) => n.pitch !== null).map((n) => [n.pitch, n.start, n.duration]);

test('generated solos read back note for note and chord for chord, with the band and for a tenor sax', async () => {
  const cases = [
    { meter: '4/4', seed: 1, swing: 0.67 },
    { meter: '3/4', seed: 2, chords: '| Dm7 G7 | Cmaj7 | Am7b5 D7b9 | Gm6 |' },
    { meter: '6/8', seed: 3, chords: '| Cm7 | F7 | Bbmaj7 | Eb7#11 |' },
    { meter: '4/4', seed: 4, part: 'tenor-sax' as const },
    { meter: '12/8', seed: 5 },
  ];
  for (const { seed, meter, chords, part, swing } of cases) {
    const { solo } = await generateSolo({ seed, meter, chords, steps: 64, swing });
    const band = arrangeBandForSolo(solo, { ...DEFAULT_BAND_OPTIONS, seed });
    const xml = writeMusicXml(solo, { band, part });
    const read = readMusicXmlText(xml, `seed-${seed}.musicxml`);
    assert.deepEqual(read.parts.map((p) => p.name).slice(1), ['Bass', 'Piano', 'Drums']);
    const tune = read.tunes[0];
    assert.deepEqual(tuneNotes(tune), soloNotes(solo), `${meter}: notes`);
    assert.deepEqual(
      tune.chords.map((c) => [c.start, c.chord.root, c.chord.quality]),
      solo.chords
        .filter((c) => c.start < solo.bars * (tune.barStarts[1] ?? 4))
        .map((c) => [c.start, c.chord.root, c.chord.quality]),
      `${meter}: chords`,
    );
    assert.deepEqual(tune.meter, solo.meter);
    assert.equal(tune.key.tonic, solo.key.tonic, `${meter}: the key at concert pitch`);
    assert.equal(tune.tempo, solo.tempo);
    if (part) {
      assert.match(
        xml,
        /<transpose>\s*<diatonic>-1<\/diatonic>\s*<chromatic>-2<\/chromatic>\s*<octave-change>-1<\/octave-change>/,
      );
      assert.match(xml, /<part-name>Tenor sax in B♭<\/part-name>/);
    }
    assert.match(xml, /<credit-words[^>]*>Jazz solo<\/credit-words>/);
    if (swing)
      assert.match(xml, /<swing>\s*<first>2<\/first>\s*<second>1<\/second>\s*<swing-type>eighth<\/swing-type>/);
    assert.match(xml, new RegExp(`seed ${seed}`));
    // The bass reads an octave up; the drums are unpitched on a percussion staff.
    assert.match(xml, /<sign>percussion<\/sign>/);
    assert.match(xml, /<unpitched>/);
  }
});

const SCORE = `<?xml version="1.0" encoding="UTF-8"?>
<score-partwise version="4.0">
  <work><work-title>Blue Study</work-title></work>
  <part-list>
    <score-part id="P1"><part-name>Clarinet in Bb</part-name></score-part>
    <score-part id="P2"><part-name>Piano</part-name></score-part>
  </part-list>
  <part id="P1">
    <measure number="1">
      <attributes><divisions>2</divisions><key><fifths>0</fifths></key><time><beats>4</beats><beat-type>4</beat-type></time>
        <transpose><diatonic>-1</diatonic><chromatic>-2</chromatic></transpose></attributes>
      <barline location="left"><repeat direction="forward"/></barline>
      <harmony><root><root-step>D</root-step></root><kind text="m7">minor-seventh</kind></harmony>
      <note><pitch><step>D</step><octave>5</octave></pitch><duration>2</duration><voice>1</voice><type>quarter</type></note>
      <note><chord/><pitch><step>F</step><octave>5</octave></pitch><duration>2</duration><voice>1</voice><type>quarter</type></note>
      <note><pitch><step>E</step><octave>5</octave></pitch><duration>4</duration><tie type="start"/><voice>1</voice><type>half</type></note>
      <backup><duration>6</duration></backup>
      <note><pitch><step>C</step><octave>4</octave></pitch><duration>6</duration><voice>2</voice><type>half</type><dot/></note>
      <forward><duration>0</duration></forward>
      <note><pitch><step>E</step><octave>5</octave></pitch><duration>2</duration><tie type="stop"/><voice>1</voice><type>quarter</type></note>
    </measure>
    <measure number="2">
      <barline location="left"><ending number="1" type="start"/></barline>
      <harmony><root><root-step>G</root-step></root><kind>dominant</kind><offset>4</offset></harmony>
      <note><pitch><step>A</step><octave>4</octave></pitch><duration>4</duration><voice>1</voice><type>half</type></note>
      <note><pitch><step>B</step><octave>4</octave></pitch><duration>4</duration><voice>1</voice><type>half</type></note>
      <barline location="right"><ending number="1" type="stop"/><repeat direction="backward"/></barline>
    </measure>
    <measure number="3">
      <barline location="left"><ending number="2" type="start"/></barline>
      <attributes><divisions>6</divisions></attributes>
      <harmony><root><root-step>C</root-step></root><kind>major-seventh</kind></harmony>
      <note><pitch><step>C</step><octave>5</octave></pitch><duration>2</duration><voice>1</voice><type>eighth</type><time-modification><actual-notes>3</actual-notes><normal-notes>2</normal-notes></time-modification></note>
      <note><pitch><step>D</step><octave>5</octave></pitch><duration>2</duration><voice>1</voice><type>eighth</type><time-modification><actual-notes>3</actual-notes><normal-notes>2</normal-notes></time-modification></note>
      <note><pitch><step>E</step><octave>5</octave></pitch><duration>2</duration><voice>1</voice><type>eighth</type><time-modification><actual-notes>3</actual-notes><normal-notes>2</normal-notes></time-modification></note>
      <note><rest/><duration>18</duration><voice>1</voice></note>
      <barline location="right"><ending number="2" type="discontinue"/></barline>
    </measure>
  </part>
  <part id="P2">
    <measure number="1"><note><pitch><step>C</step><octave>3</octave></pitch><duration>8</duration><voice>1</voice></note></measure>
    <measure number="2"><note><rest/><duration>8</duration><voice>1</voice></note></measure>
    <measure number="3"><attributes><divisions>6</divisions></attributes><note><rest/><duration>24</duration><voice>1</voice></note></measure>
  </part>
</score-partwise>`;

test('a transcription: repeats and endings played out, the top voice, the chord top note, concert pitch', () => {
  const { tunes, melodyPart, warnings } = readMusicXmlText(SCORE, 'blue.musicxml');
  assert.deepEqual(warnings, []);
  const changing = SCORE.replace(
    '<barline location="left"><ending number="2"',
    '<attributes><time><beats>3</beats><beat-type>4</beat-type></time></attributes><barline location="left"><ending number="2"',
  );
  assert.match(
    readMusicXmlText(changing, 'waltz.musicxml').warnings[0].message,
    /the meter changes \(4\/4, 3\/4\); the tune is read in the first/,
  );
  assert.equal(melodyPart?.name, 'Clarinet in Bb', 'the pitched part with chord symbols is the melody');
  const [tune] = tunes;
  assert.equal(tune.title, 'Blue Study');
  // A clarinet's written D5 sounds C5; the chord's top note (F5 → Eb5) is the melody; E5 tied → D5 for 3 beats.
  const played = tune.notes.map((n) => [n.pitch, n.start, n.duration]);
  const firstPass = [
    [75, 0, 1],
    [74, 1, 3],
    [67, 4, 2],
    [69, 6, 2],
  ];
  const secondTime = [
    [75, 8, 1],
    [74, 9, 3],
    [70, 12, 1 / 3],
    [72, 12 + 1 / 3, 1 / 3],
    [74, 12 + 2 / 3, 1 / 3],
    [null, 13, 3],
  ];
  const close = (a: Array<number | null>, b: Array<number | null>) =>
    a.every((v, i) => (v === null ? b[i] === null : Math.abs(v - (b[i] as number)) < 1e-6));
  const expected = [...firstPass, ...secondTime];
  assert.equal(played.length, expected.length, JSON.stringify(played));
  played.forEach((note, i) =>
    assert.ok(close(note, expected[i]), `${JSON.stringify(note)} vs ${JSON.stringify(expected[i])}`),
  );
  assert.deepEqual(tune.barStarts, [0, 4, 8, 12]);
  // Chord symbols sound a tone lower too: Dm7 written is Cm7, the G7 two beats into its bar is F7.
  assert.deepEqual(
    tune.chords.map((c) => [c.start, c.chord.symbol]),
    [
      [0, 'Cm7'],
      [6, 'F7'],
      [8, 'Cm7'],
      [12, 'Bbmaj7'],
    ],
  );
  assert.equal(tune.key.name, 'Bb', 'a C major signature for a B♭ clarinet is concert B♭');
  assert.equal(readMusicXmlText(SCORE, 'blue.musicxml', { melodyPart: 'piano' }).tunes[0].notes[0].pitch, 48);
  assert.throws(
    () => readMusicXmlText(SCORE, 'blue.musicxml', { melodyPart: '3' }),
    /no part "3" \(the parts are 1 "Clarinet in Bb", 2 "Piano"\)/,
  );
});

/** A zip archive as notation programs write .mxl: a container naming the score, the score deflated. */
function mxl(files: Record<string, string>): Uint8Array {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(files)) {
    const data = deflateRawSync(Buffer.from(text));
    const nameBytes = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(text.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(8, 10);
    entry.writeUInt32LE(data.length, 20);
    entry.writeUInt32LE(text.length, 24);
    entry.writeUInt16LE(nameBytes.length, 28);
    entry.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    central.push(entry, nameBytes);
    offset += 30 + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

test('compressed MusicXML (.mxl) reads the score its container names; corpus loading and bad files', async () => {
  const container = `<?xml version="1.0"?><container><rootfiles><rootfile full-path="score/blue.xml" media-type="application/vnd.recordare.musicxml+xml"/></rootfiles></container>`;
  const archive = mxl({ 'META-INF/container.xml': container, 'score/blue.xml': SCORE });
  assert.equal(readMusicXmlBytes(archive, 'blue.mxl').tunes[0].title, 'Blue Study');
  assert.throws(
    () => readMusicXmlBytes(archive.subarray(0, 60), 'cut.mxl'),
    /cut\.mxl is not a readable \.mxl archive/,
  );
  assert.throws(
    () => readMusicXmlText('<score-partwise><part', 'bad.musicxml'),
    /bad\.musicxml is not well-formed XML/,
  );
  assert.throws(() => readMusicXmlText('<html/>', 'page.musicxml'), /page\.musicxml is not a MusicXML score/);

  const folder = mkdtempSync(join(tmpdir(), 'musicxml-corpus-'));
  try {
    writeFileSync(join(folder, 'blue.mxl'), archive);
    writeFileSync(join(folder, 'blue.musicxml'), SCORE);
    const corpus = await loadCorpus([folder]);
    assert.deepEqual(
      corpus.files.map((f) => f.kind),
      ['musicxml', 'musicxml'],
    );
    assert.equal(corpus.tunes.length, 2);
    assert.deepEqual(corpus.values.slice(0, corpus.tuneValueCounts[0]), corpus.values.slice(corpus.tuneValueCounts[0]));
    writeFileSync(join(folder, 'notes.musicxml'), 'not xml at all <');
    await assert.rejects(
      loadCorpus([join(folder, 'notes.musicxml')]),
      /notes\.musicxml is not (well-formed XML|a MusicXML score)/,
    );
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});
