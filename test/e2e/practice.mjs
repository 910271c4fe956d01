// The practice room, as a student checks it in the window: a solo over a tune from the library, read as a B♭
// part (the key signature and the chord symbols move up a whole step); trading fours once in an ABC editor
// (the model's bars follow the user's, which stay as written, and the band plays); two bars looped with a
// tempo that rises every pass.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  PREVIEW_NOTE,
  openFile,
  pickQuickInputItem,
  pollUntil,
  previewFrame,
  runCommand,
  visibleEditorTexts,
  waitForEditorText,
  waitForVisibleEditor,
} from './workbench.mjs';

const OVER_A_TUNE = 'Jazz: Generate Jazz Solo over a Tune';
const TRADE = 'Jazz: Trade Fours';
const GENERATE_TIMEOUT = 120_000;

/** Four bars of a blues in F by "the user", then rest bars holding the rest of the form's chords. */
const TRADE_FILE = 'trade-fours.abc';
const USER_LINE = '"F7"FGAc d2c2|"Bb7"_B2AG F4|"F7"A2cA GF D2|"Cm7"C4 "F7"z4|';
const TRADE_TEXT = `X:1
T:Trading fours
M:4/4
L:1/8
Q:1/4=140
K:F
${USER_LINE}
"Bb7"z8|"Bdim7"z8|"F7"z8|"D7"z8|
"Gm7"z8|"C7"z8|"F7"z4 "D7"z4|"Gm7"z4 "C7"z4|]
`;

/** The preview's frame once it shows at least `minNotes` notes. */
async function previewWithNotes(t, minNotes) {
  return pollUntil(
    async () => {
      try {
        const frame = await previewFrame(t.page, t.ext.id, 5_000);
        const notes = await frame.locator(PREVIEW_NOTE).count();
        return notes >= minNotes ? { frame, notes } : undefined;
      } catch {
        return undefined; // the frame is being (re)created
      }
    },
    { timeout: 60_000, what: `a preview with at least ${minNotes} notes` },
  );
}

/** What the first staff's key signature shows, and the first chord symbol, as drawn in the page. */
function firstStaffSigns() {
  const svg = document.querySelector('.jazz-tune svg');
  const signature = svg?.querySelector('.abcjs-key-signature');
  const count = (name) => signature?.querySelectorAll(`[data-name="${name}"]`).length ?? 0;
  const chord = svg?.querySelector('.abcjs-chord')?.textContent ?? '';
  return {
    sharps: count('accidentals.sharp'),
    flats: count('accidentals.flat'),
    chord,
    part: document.body.dataset.part,
  };
}

const PITCH_CLASSES = { C: 0, D: 2, E: 4, F: 5, G: 7, A: 9, B: 11 };
function rootOf(symbol) {
  const match = /^([A-G])([#b♯♭]?)/.exec(symbol);
  if (!match) return undefined;
  const accidental = match[2] === '#' || match[2] === '♯' ? 1 : match[2] ? -1 : 0;
  return (PITCH_CLASSES[match[1]] + accidental + 12) % 12;
}

/** Sets a control of the page as a user's edit does: the value, then the change event. */
async function setControl(frame, id, value) {
  await frame.locator(`#${id}`).evaluate((element, v) => {
    if (typeof v === 'boolean') element.checked = v;
    else element.value = String(v);
    element.dispatchEvent(new Event('change', { bubbles: true }));
  }, value);
}

export const PRACTICE_TESTS = [
  {
    name: 'practice room: a solo over a tune, switched to the B♭ part, moves its key signature and chords up a step',
    timeout: 240_000,
    async fn(t) {
      const before = new Set(await visibleEditorTexts(t.page));
      // The palette lists the command once the extension host has registered it: runCommand retries until then.
      try {
        await runCommand(t.page, OVER_A_TUNE);
      } catch (error) {
        if (/never appeared/.test(String(error.message))) t.skip(`no "${OVER_A_TUNE}…" command in this build`);
        throw error;
      }
      const tune = await pickQuickInputItem(t.page, 'blues');
      const { text } = await waitForVisibleEditor(
        t.page,
        (shown) => shown.trimStart().startsWith('X:') && !before.has(shown),
        { timeout: GENERATE_TIMEOUT, what: 'the solo over the tune' },
      );
      t.note(`tune "${tune}": ${/^K:.*$/m.exec(text)?.[0] ?? 'no K: line on screen'}`);
      const { frame, notes } = await previewWithNotes(t, 20);
      const concert = await frame.evaluate(firstStaffSigns);
      await t.screenshot('concert');
      assert.equal(concert.part, 'concert', 'the preview starts at concert pitch');

      await frame.locator('#jazz-part').selectOption('bb');
      const bb = await pollUntil(
        async () => {
          const now = await frame.evaluate(firstStaffSigns);
          return now.part === 'bb' && (now.sharps !== concert.sharps || now.flats !== concert.flats) ? now : undefined;
        },
        { timeout: 20_000, what: 'the key signature of the B♭ part' },
      );
      await t.screenshot('b-flat-part');
      t.note(
        `${notes} notes; concert: ${concert.flats} flats ${concert.sharps} sharps, "${concert.chord}"; ` +
          `B♭ part: ${bb.flats} flats ${bb.sharps} sharps, "${bb.chord}"`,
      );
      // Up a whole step is two more sharps (or two fewer flats) round the circle of fifths.
      const fifths = (signs) => signs.sharps - signs.flats;
      assert.equal((((fifths(bb) - fifths(concert)) % 12) + 12) % 12, 2, 'the key signature moved up a whole step');
      assert.equal((rootOf(bb.chord) - rootOf(concert.chord) + 12) % 12, 2, 'the chord symbols moved up a whole step');
      assert.equal(await frame.locator(PREVIEW_NOTE).count(), notes, 'the same notes, drawn for the part');
      await frame.locator('#jazz-part').selectOption('concert');
    },
  },
  {
    name: "practice room: trade fours once: the model answers the four bars, the user's stay, the band plays",
    timeout: 240_000,
    async fn(t) {
      writeFileSync(join(t.workspace, TRADE_FILE), TRADE_TEXT);
      await openFile(t.page, TRADE_FILE);
      await runCommand(t.page, TRADE);
      const traded = await waitForEditorText(t.page, (text) => !text.includes('"Bb7"z8|"Bdim7"z8|'), {
        timeout: GENERATE_TIMEOUT,
        what: "the model's four bars in place of the rest bars",
      });
      await t.screenshot('traded');
      assert.ok(traded.includes(USER_LINE), "the user's four bars are unchanged");
      const answer = traded.slice(traded.indexOf(USER_LINE) + USER_LINE.length);
      for (const chord of ['"Bb7"', '"Bdim7"', '"F7"', '"D7"'])
        assert.ok(answer.includes(chord), `the answer is over ${chord}`);
      assert.match(answer.split('"Gm7"')[0], /[A-Ga-g]/, 'the answer has notes');
      const { frame } = await previewWithNotes(t, 20);
      await pollUntil(async () => (await frame.evaluate(() => document.body.dataset.playback)) === 'playing', {
        timeout: 30_000,
        what: 'the band to play the eight bars',
      });
      t.note(`answer: ${answer.trim().split('\n')[0].slice(0, 120)}`);
      await frame.locator('#jazz-stop').click();
    },
  },
  {
    name: 'practice room: two bars looped with the tempo rising every pass',
    timeout: 240_000,
    async fn(t) {
      await openFile(t.page, TRADE_FILE);
      await runCommand(t.page, 'Jazz: Open Jazz Preview');
      const { frame } = await previewWithNotes(t, 20);
      const start = Number(await frame.locator('#jazz-tempo').inputValue());
      await setControl(frame, 'jazz-loop', true);
      await setControl(frame, 'jazz-loop-from', 1);
      await setControl(frame, 'jazz-loop-to', 2);
      await setControl(frame, 'jazz-tempo-step', 10);
      await setControl(frame, 'jazz-target-tempo', start + 20);
      await setControl(frame, 'jazz-count-in-each', true);
      await setControl(frame, 'jazz-click', true);
      await frame.locator('#jazz-play').click();
      const seen = [];
      await pollUntil(
        async () => {
          const { pass, tempo } = await frame.evaluate(() => ({
            pass: document.body.dataset.practicePass,
            tempo: document.body.dataset.practiceTempo,
          }));
          if (pass && seen.at(-1)?.pass !== pass) seen.push({ pass, tempo: Number(tempo) });
          return seen.length >= 3;
        },
        { timeout: 90_000, interval: 50, what: 'three passes of the loop' },
      );
      const status = await frame.locator('#jazz-status').innerText();
      await t.screenshot('rising-loop');
      await frame.locator('#jazz-stop').click();
      t.note(`passes: ${seen.map((s) => `${s.pass}@${s.tempo}`).join(', ')}; status "${status}"`);
      assert.deepEqual(
        seen.slice(0, 3).map((s) => s.tempo),
        [start, start + 10, start + 20],
        'each pass 10 BPM faster, up to the target',
      );
      await setControl(frame, 'jazz-loop', false);
    },
  },
];
