/**
 * The exported MusicXML checked by readers no one here wrote: the MusicXML 4.0 schema (xmllint), MuseScore 3
 * (it opens every file and writes it back: the notes and chord symbols it writes are the ones exported) and
 * Lilypond's musicxml2ly. 200 seeds over five progressions in 4/4, 3/4 and 6/8, with triplets and ties over
 * bar lines among them, the band's parts included, one progression written for a tenor sax (<transpose>).
 * Each tool missing is one skip line; CI installs them (libxml2-utils, musescore3, lilypond).
 */
import { REPO_ROOT } from '../unit/helpers/shared';
import { TICKS_PER_QUARTER } from '../../src/shared/ticks';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { generateSolo } from '../../src/engine/generate';
import { soloToMusicXml } from '../../src/engine/notationExport';
import { readMusicXmlText } from '../../src/core/formats/musicxml/reader';
import { inspectCorpus } from '../../src/engine/inspect';
import { mergeTies } from '../../src/core/solo/realiser';
import { meterLayout } from '../../src/core/formats/notation';
import { type Solo, type Tune } from '../../src/core/types';
import type { PartName } from '../../src/shared/parts';

const SCHEMA = resolve(REPO_ROOT, '..', 'shared', 'data', 'musicxml', 'musicxml.xsd');
const SEEDS = 200;
const CASES: Array<{ meter: string; chords?: string; part?: PartName; swing?: number }> = [
  { meter: '4/4', swing: 0.67 },
  { meter: '3/4', chords: '| Dm7 G7 | Cmaj7 | Am7b5 D7b9 | Gm6 |' },
  { meter: '6/8', chords: '| Cm7 | F7 | Bbmaj7 | Eb7#11 |' },
  { meter: '4/4', chords: '| C/E | F6 | G7sus4 | C7alt | Fm(maj7) | Bb13 | Ebmaj7#5 | Ddim7 |' },
  { meter: '4/4', chords: '| Ebmaj7 | Cm7 | Fm7 Bb7 | Ebmaj7 |', part: 'tenor-sax' },
];

function has(tool: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0;
}

interface Exported {
  seed: number;
  solo: Solo;
  file: string;
  back: string;
}

const notesOf = (tune: Tune) =>
  tune.notes.filter((n) => n.pitch !== null).map((n) => `${n.pitch}@${n.start.toFixed(3)}+${n.duration.toFixed(3)}`);
const chordsOf = (tune: Pick<Tune, 'chords'>) =>
  tune.chords.map(({ start, chord }) => {
    const tones = [...chord.pitchClasses].sort((a, b) => a - b).join('.');
    return `${start.toFixed(3)} ${chord.root} ${chord.quality} ${tones}/${chord.bass ?? ''}`;
  });

/** What the solo itself says: its notes with ties joined, and its chords inside its bars. */
function soloAsTune(solo: Solo): Pick<Tune, 'notes' | 'chords'> {
  const end = solo.bars * meterLayout(solo.meter).barTicks;
  return {
    notes: mergeTies(solo.notes).map((n) => ({
      pitch: n.pitch,
      start: n.startTick / TICKS_PER_QUARTER,
      duration: n.durationTicks / TICKS_PER_QUARTER,
    })),
    chords: solo.chords.filter((c) => c.start * TICKS_PER_QUARTER < end),
  };
}

let exported: Exported[] | undefined;
let folder: string | undefined;

async function exportAll(): Promise<Exported[]> {
  if (exported) return exported;
  folder = mkdtempSync(join(tmpdir(), 'musicxml-readers-'));
  exported = [];
  for (let seed = 1; seed <= SEEDS; seed++) {
    const chosen = CASES[seed % CASES.length];
    const result = await generateSolo({
      seed,
      steps: 48,
      meter: chosen.meter,
      chords: chosen.chords,
      swing: chosen.swing,
    });
    const file = join(folder, `solo-${seed}.musicxml`);
    writeFileSync(
      file,
      soloToMusicXml(result.solo, { seed, chorusTicks: result.chorusTicks, part: chosen.part, band: seed % 2 === 0 }),
    );
    exported.push({ seed, solo: result.solo, file, back: join(folder, `back-${seed}.musicxml`) });
  }
  return exported;
}

test.after(() => {
  if (folder) rmSync(folder, { recursive: true, force: true });
});

test('the 200 exported scores cover triplets, ties over bar lines, 3/4 and 6/8, and read back as the solo', async () => {
  const all = await exportAll();
  let triplets = 0;
  let barTies = 0;
  for (const { solo, file } of all) {
    const text = readFileSync(file, 'utf8');
    triplets += (text.match(/<tuplet type="start"/g) ?? []).length;
    const bar = meterLayout(solo.meter).barTicks;
    barTies += mergeTies(solo.notes).filter(
      (n) =>
        n.pitch !== null && Math.floor(n.startTick / bar) !== Math.floor((n.startTick + n.durationTicks - 1) / bar),
    ).length;
    const read = readMusicXmlText(text, file).tunes[0];
    assert.deepEqual(notesOf(read), notesOf(soloAsTune(solo) as Tune), file);
    assert.deepEqual(chordsOf(read), chordsOf(soloAsTune(solo) as Tune), file);
  }
  assert.ok(triplets > 20, `triplet brackets: ${triplets}`);
  assert.ok(barTies > 20, `notes tied over a bar line: ${barTies}`);
});

test(
  'every exported score validates against the MusicXML 4.0 schema (xmllint)',
  {
    skip:
      !existsSync(SCHEMA) || !has('xmllint')
        ? 'xmllint or ../shared/data/musicxml/musicxml.xsd missing (apt-get install libxml2-utils)'
        : false,
  },
  async () => {
    const all = await exportAll();
    const run = spawnSync('xmllint', ['--noout', '--schema', SCHEMA, ...all.map((e) => e.file)], { encoding: 'utf8' });
    assert.equal(
      run.status,
      0,
      run.stderr
        .split('\n')
        .filter((l) => !l.endsWith(' validates'))
        .slice(0, 5)
        .join('\n'),
    );
  },
);

test(
  'MuseScore 3 opens every exported score and writes back the same notes and chord symbols',
  { skip: has('mscore3') ? false : 'mscore3 missing (apt-get install musescore3)' },
  async () => {
    const all = await exportAll();
    const job = join(folder!, 'job.json');
    const pdf = join(folder!, 'page.pdf');
    writeFileSync(job, JSON.stringify(all.map((e, i) => ({ in: e.file, out: i === 0 ? [e.back, pdf] : e.back }))));
    const run = spawnSync('mscore3', ['-j', job], {
      encoding: 'utf8',
      env: { ...process.env, QT_QPA_PLATFORM: 'offscreen' },
      timeout: 600_000,
    });
    assert.equal(run.status, 0, run.stderr.slice(-500));
    assert.ok(existsSync(pdf) && readFileSync(pdf).subarray(0, 5).toString() === '%PDF-', 'MuseScore wrote the page');
    for (const { solo, file, back } of all) {
      const read = readMusicXmlText(readFileSync(back, 'utf8'), back).tunes[0];
      assert.deepEqual(notesOf(read), notesOf(soloAsTune(solo) as Tune), `${file}: notes written back`);
      assert.deepEqual(chordsOf(read), chordsOf(soloAsTune(solo) as Tune), `${file}: chord symbols written back`);
    }
    // Round trip to the grammar: `inspect` of what MuseScore wrote back gives the values of the solo's own ABC.
    for (const { seed, solo, back } of all) {
      const abc = join(folder!, `solo-${seed}.abc`);
      const { writeAbc } = await import('../../src/core/formats/abcWriter');
      writeFileSync(abc, writeAbc(solo));
      const [fromAbc, fromBack] = await Promise.all([inspectCorpus([abc]), inspectCorpus([back])]);
      assert.deepEqual(fromBack.values, fromAbc.values, `seed ${seed}: grammar values`);
    }
    // A corpus MuseScore wrote trains a model (a small one: what is checked is that it reads and learns).
    const { trainFromCorpus } = await import('../../src/engine/train');
    const model = join(folder!, 'model');
    const trained = await trainFromCorpus({
      corpus: all.slice(0, 20).map((e) => e.back),
      outDir: model,
      epochs: 2,
      units: 8,
      seed: 1,
    });
    assert.equal(trained.tunes, 20, 'every score MuseScore wrote is a tune');
    assert.ok(trained.values > 10, `${trained.values} values`);
    assert.ok(existsSync(join(model, 'metadata.json')), 'the model folder is written');
  },
);

test(
  "Lilypond's musicxml2ly converts exported scores without errors",
  { skip: has('musicxml2ly') ? false : 'musicxml2ly missing (apt-get install lilypond)' },
  async () => {
    const all = await exportAll();
    // musicxml2ly starts a Python per file: one score of each progression, with and without the band, is enough.
    for (const { file } of all.slice(0, CASES.length * 2)) {
      const out = file.replace(/\.musicxml$/, '.ly');
      const run = spawnSync('musicxml2ly', ['--output', out, file], { encoding: 'utf8' });
      assert.equal(run.status, 0, `${file}: ${run.stderr.slice(-400)}`);
      assert.doesNotMatch(run.stderr, /error|Traceback/i, file);
      assert.ok(existsSync(out), `${out} written`);
    }
  },
);
