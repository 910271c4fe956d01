// The end-to-end scenarios, each as a user would check them in the window: generating, training and
// cancelling, the preview's safety, the ABC assistant, evaluation, improvising over typed chords.
// `t` is the context run.mjs gives each test (page, extension facts, screenshot, skip, settings, timings).
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import {
  SELECTORS,
  PREVIEW_NOTE,
  runCommand,
  openFile,
  explorerContextMenu,
  progressToast,
  clearNotifications,
  statusBarText,
  previewFrame,
  pollUntil,
  visibleEditorTexts,
  waitForVisibleEditor,
  languageOfEditor,
  goToPosition,
  problemRows,
  openProblemsPanel,
  waitForEditorText,
  recordToasts,
} from './workbench.mjs';
import { BAND_TESTS } from './band.mjs';
import { PRACTICE_TESTS } from './practice.mjs';
import { LEARNER_TESTS } from './learner.mjs';

const GENERATE = 'Jazz: Generate Jazz Solo';
const TRAIN = 'Train Jazz Model on This Corpus';
const OPEN_PREVIEW = 'Jazz: Open Jazz Preview';

const CHORD_SYMBOL = /"[A-G][#b♯♭]?[^"]*"/;
// Generation may load tfjs and a model the first time; training depends on the corpus and epochs.
const GENERATE_TIMEOUT = 120_000;
const TRAIN_TIMEOUT = 300_000;

/** Letters and digits only, so "bebop-lines", "Bebop Lines" and "bebop_lines" compare equal. */
export function squash(text) {
  return text.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** Runs Generate and returns the new solo's text (an editor on screen that was not there before). */
async function generateSolo(t, label) {
  const before = new Set(await visibleEditorTexts(t.page));
  const clickedAt = await runCommand(t.page, GENERATE);
  const solo = await waitForVisibleEditor(t.page, (text) => text.trimStart().startsWith('X:') && !before.has(text), {
    timeout: GENERATE_TIMEOUT,
    what: 'a new editor whose text starts with X:',
  });
  t.timings.generateToAbcMs.push({ run: label, ms: Date.now() - clickedAt });
  return solo;
}

/** The preview frame once it shows at least `minNotes` notes. */
async function waitForPreviewNotes(t, minNotes) {
  let lastSeen = 'no preview frame';
  try {
    return await pollUntil(
      async () => {
        try {
          const frame = await previewFrame(t.page, t.ext.id, 5_000);
          const notes = await frame.locator(PREVIEW_NOTE).count();
          lastSeen = `${notes} notes`;
          return notes >= minNotes ? { frame, notes } : undefined;
        } catch (error) {
          const frames = await t.page
            .locator('iframe')
            .evaluateAll((els) =>
              els.map((e) => `${e.className}|${e.id}|${(e.getAttribute('src') ?? '').slice(0, 300)}`),
            );
          lastSeen = `${String(error.message).split('\n')[0]}; iframes: ${frames.join(' ; ')}`;
          return undefined; // the frame is being (re)created
        }
      },
      { timeout: 60_000, what: `a preview with at least ${minNotes} notes` },
    );
  } catch (error) {
    throw new Error(`${error.message} (last seen: ${lastSeen})`);
  }
}

/**
 * What the playback cursor looks like right now: which notes carry a highlight (a class, a data attribute
 * or a fill different from most notes) and where a cursor line is. Any change while playing means it moves.
 */
function cursorSignature() {
  const notes = [...document.querySelectorAll('.abcjs-note, .abcjs-rest')];
  const fillOf = (el) => el.getAttribute('fill') || getComputedStyle(el).fill || '';
  const fills = notes.map(fillOf);
  const counts = new Map();
  for (const f of fills) counts.set(f, (counts.get(f) ?? 0) + 1);
  const usual = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  const marked = notes
    .map((el, i) => {
      const cls = el.getAttribute('class') ?? '';
      const flagged =
        /highlight|playing|current|cursor|abcjs-note_selected/i.test(cls) || el.hasAttribute('data-playing');
      return flagged || fills[i] !== usual ? i : -1;
    })
    .filter((i) => i >= 0);
  const cursor = document.querySelector('.abcjs-cursor, svg [class*="cursor"], [data-cursor]');
  const where = cursor
    ? ['x1', 'x2', 'y1', 'y2', 'x', 'y', 'transform', 'style'].map((a) => cursor.getAttribute(a)).join(',')
    : '';
  return JSON.stringify({ marked, where });
}

async function modelFolders(t) {
  const dir = t.globalStorageDir;
  if (!existsSync(dir)) return [];
  const walk = (d, depth) =>
    readdirSync(d, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? [`${d}/${e.name}`, ...(depth > 0 ? walk(`${d}/${e.name}`, depth - 1) : [])] : [],
    );
  return walk(dir, 2).map((p) => p.slice(dir.length + 1));
}

export const TESTS = [
  {
    name: 'generate: palette → abc editor with chords, preview with ≥50 notes, play moves the cursor',
    timeout: 240_000,
    async fn(t) {
      const { text, index } = await generateSolo(t, 'first');
      await t.screenshot('solo-editor');
      assert.ok(text.trimStart().startsWith('X:'), 'the solo starts with an X: header');
      assert.match(text, CHORD_SYMBOL, 'the solo holds chord symbols');
      assert.match(await languageOfEditor(t.page, index), /^abc$/i, 'the editor language is abc');

      const { frame, notes } = await waitForPreviewNotes(t, 50);
      t.note(`preview shows ${notes} notes`);
      await t.screenshot('preview');

      const before = await frame.evaluate(cursorSignature);
      const play = frame.getByRole('button', { name: /play/i }).first();
      await play.waitFor({ timeout: 10_000 });
      await play.click();
      const seen = new Set([before]);
      await pollUntil(
        async () => {
          seen.add(await frame.evaluate(cursorSignature));
          return seen.size >= 3; // the cursor reached a note, then moved to another
        },
        { timeout: 30_000, interval: 50, what: 'the highlighted note to change while playing' },
      );
      await t.screenshot('playing');
      const stop = frame.getByRole('button', { name: /stop|pause/i }).first();
      if (await stop.count()) await stop.click();
    },
  },
  {
    name: 'train: Explorer → Train on the corpus shows progress, completes, status bar and next solo name the model',
    timeout: TRAIN_TIMEOUT + 180_000,
    async fn(t) {
      if (!t.ext.epochsSetting) t.note('no epochs setting is contributed: training runs with the default epochs');
      const corpus = t.workspaceFiles.trainCorpus;
      const modelKey = squash(corpus.replace(/\.abc$/, ''));
      assert.ok(!squash(await statusBarText(t.page, t.ext.id)).includes(modelKey), 'the model is not active yet');

      await clearNotifications(t.page);
      const toastsSeen = await recordToasts(t.page);
      await explorerContextMenu(t.page, corpus, TRAIN);
      const progress = progressToast(t.page);
      // A short run may come and go between two polls: the recorder saw it even then.
      const progressText = await pollUntil(async () => (await toastsSeen()).find((text) => /epoch/i.test(text)), {
        timeout: 60_000,
        what: 'a progress notification naming the epoch',
      });
      await t.screenshot('training-progress');
      t.note(`progress: ${progressText.slice(0, 120)}`);

      await pollUntil(async () => squash(await statusBarText(t.page, t.ext.id)).includes(modelKey), {
        timeout: TRAIN_TIMEOUT,
        interval: 250,
        what: `the status bar to name the model "${modelKey}"`,
      });
      await progress.waitFor({ state: 'hidden', timeout: 30_000 });
      await t.screenshot('trained');

      const { text } = await generateSolo(t, 'after-training');
      const title = text.match(/^T:(.*)$/m)?.[1] ?? '';
      const status = await statusBarText(t.page, t.ext.id);
      assert.ok(
        squash(title).includes(modelKey) || squash(status).includes(modelKey),
        `the next solo uses the trained model (T: "${title}", status "${status}")`,
      );
      await t.screenshot('solo-from-trained-model');
    },
  },
  {
    name: 'cancel: cancelling a training leaves the previous model active and saves nothing',
    timeout: TRAIN_TIMEOUT,
    async fn(t) {
      // Long enough that Cancel is pressed while it is still running.
      if (t.ext.epochsSetting) {
        await t.setSetting(t.ext.epochsSetting, t.ext.longEpochs);
      }
      const corpus = t.workspaceFiles.cancelCorpus;
      const cancelKey = squash(corpus.replace(/\.abc$/, ''));
      // The status item may appear only once the extension is active, at the latest when training starts.
      let statusBefore = await statusBarText(t.page, t.ext.id);
      const foldersBefore = await modelFolders(t);

      await clearNotifications(t.page);
      await explorerContextMenu(t.page, corpus, TRAIN);
      const progress = progressToast(t.page);
      await progress.waitFor({ timeout: 60_000 });
      if (!statusBefore) statusBefore = await statusBarText(t.page, t.ext.id);
      t.note(`active model before: ${statusBefore}`);
      await t.screenshot('training-to-cancel');
      const cancel = progress.locator(SELECTORS.toastButton, { hasText: /cancel/i }).first();
      await cancel.click({ timeout: 10_000 });
      await progress.waitFor({ state: 'hidden', timeout: 60_000 });
      await t.screenshot('cancelled');

      // The item may say "training" for a moment; it must come back to the model that was active.
      const statusAfter = await pollUntil(
        async () => {
          const now = await statusBarText(t.page, t.ext.id);
          return squash(now) === squash(statusBefore) ? now : undefined;
        },
        { timeout: 15_000, what: `the status bar to name the previous model again ("${statusBefore}")` },
      );
      assert.ok(!squash(statusAfter).includes(cancelKey), 'the cancelled model is not active');
      const added = (await modelFolders(t)).filter((f) => !foldersBefore.includes(f));
      assert.deepEqual(added, [], 'no model folder was saved by the cancelled training');
      if (t.ext.epochsSetting) {
        await t.setSetting(t.ext.epochsSetting, t.ext.shortEpochs);
      }
    },
  },
  {
    name: 'preview security: HTML and <script> in title, chords and annotations show as text and run nothing',
    timeout: 120_000,
    async fn(t) {
      const file = t.workspaceFiles.xss;
      await openFile(t.page, file);
      const requestsBefore = t.requests.length;
      await runCommand(t.page, OPEN_PREVIEW);
      const { frame } = await waitForPreviewNotes(t, 8);
      // The rendered title is the literal text, so the markup was escaped rather than parsed.
      await pollUntil(
        async () => (await frame.evaluate(() => document.body.textContent ?? '')).includes('<img src=x'),
        { timeout: 15_000, what: 'the title markup shown as text in the preview' },
      );
      await t.screenshot('xss-preview');

      const found = await frame.evaluate(() => ({
        flag: window.__jazzXss ?? null,
        title: document.title,
        injectedImages: document.querySelectorAll('img[src="x"], img[onerror]').length,
        injectedBold: document.querySelectorAll('b[onmouseover]').length,
        injectedScripts: [...document.querySelectorAll('script')].filter((s) => s.textContent.includes('__jazzXss'))
          .length,
      }));
      // Hover over the chord symbol too, in case a handler was attached to it.
      const chord = frame.locator('.abcjs-chord, .abcjs-annotation').first();
      if (await chord.count()) await chord.hover().catch(() => {});
      const flagAfterHover = await frame.evaluate(() => window.__jazzXss ?? null);
      assert.equal(found.flag, null, 'no injected handler or script ran in the preview');
      assert.equal(flagAfterHover, null, 'no injected handler ran on hover');
      assert.notEqual(found.title, 'pwned', 'the preview title was not changed');
      assert.doesNotMatch(await t.page.title(), /pwned/, 'the window title was not changed');
      assert.equal(found.injectedImages, 0, 'no <img> element was created from the ABC');
      assert.equal(found.injectedBold, 0, 'no element with an event handler was created from the ABC');
      assert.equal(found.injectedScripts, 0, 'no <script> element was created from the ABC');
      const fetchedX = t.requests.slice(requestsBefore).filter((u) => /\/x(\?|$)/.test(u));
      assert.deepEqual(fetchedX, [], 'the injected <img src=x> was never requested');
    },
  },
  {
    name: 'assistant: a bar with a wrong length gets a diagnostic on that bar',
    timeout: 90_000,
    async fn(t) {
      if (!t.ext.features.diagnostics) t.skip('the extension contributes no ABC diagnostics');
      const file = t.workspaceFiles.wrongBar;
      await openFile(t.page, file);
      const text = await waitForEditorText(t.page, (s) => s.includes('FAcA FAc|'), { what: `${file} in the editor` });
      const line = text.split('\n').findIndex((l) => l.includes('FAcA FAc|')) + 1;
      const lineText = text.split('\n')[line - 1];
      const barStart = lineText.indexOf('|"F"') + 1; // 0-based index of the bar line → 1-based column of the bar
      const barEnd = lineText.indexOf('|', barStart + 1) + 1;
      await openProblemsPanel(t.page);
      const rows = await pollUntil(
        async () => {
          const found = await problemRows(t.page, file);
          return found.length > 0 ? found : undefined;
        },
        { timeout: 30_000, what: 'a diagnostic in the Problems panel' },
      );
      await t.screenshot('wrong-bar-diagnostic');
      const onBar = rows.filter((r) => r.line === line && r.column >= barStart && r.column <= barEnd + 1);
      assert.ok(
        onBar.length > 0,
        `a diagnostic sits on the short bar (line ${line}, columns ${barStart}–${barEnd}); got ${JSON.stringify(rows)}`,
      );
    },
  },
  {
    name: 'assistant: the hover over a note names its function over the chord',
    timeout: 90_000,
    async fn(t) {
      if (!t.ext.features.hover) t.skip('the extension contributes no hover provider');
      const file = t.workspaceFiles.hover;
      await openFile(t.page, file);
      const text = await waitForEditorText(t.page, (s) => s.includes('"C7"_E2'), { what: `${file} in the editor` });
      const lines = text.split('\n');
      const line = lines.findIndex((l) => l.includes('"C7"_E2')) + 1;
      const column = lines[line - 1].indexOf('_E2') + 2; // on the E of _E
      await goToPosition(t.page, line, column);
      await runCommand(t.page, 'Show or Focus Hover');
      // The workbench draws other hovers with the same classes (a tab's title under the pointer): wait for the
      // editor's hover, the one about a note, then judge what it says.
      const said = await pollUntil(
        async () => {
          const shown = (await t.page.locator(SELECTORS.hover).allInnerTexts()).map((s) => s.replace(/\s+/g, ' '));
          return shown.find((s) => /quarter note|eighth note|beat/i.test(s));
        },
        { timeout: 15_000, what: 'the hover over the note' },
      );
      await t.screenshot('note-hover');
      t.note(`hover: ${said.slice(0, 160)}`);
      assert.match(said, /E\s*(♭|b|flat)|D\s*(♯|#)/i, 'the hover names the note');
      assert.match(
        said,
        /♯9|#9|minor third|♭3|b3|outside|tension|chord tone|scale tone|approach/i,
        "the hover names the note's function over C7",
      );
      await t.page.keyboard.press('Escape');
    },
  },
  {
    name: 'assistant: accepting the inline suggestion inserts notes and the file stays free of warnings',
    timeout: 120_000,
    async fn(t) {
      if (!t.ext.features.inlineCompletion) t.skip('the extension contributes no inline completion');
      const file = t.workspaceFiles.continueTune;
      await openFile(t.page, file);
      const original = await waitForEditorText(t.page, (s) => s.includes('"G7"EGBd fedB|'), {
        what: `${file} in the editor`,
      });
      const lines = original.split('\n');
      const musicLine = lines.findIndex((l) => l.includes('"G7"EGBd fedB|')) + 1;
      await goToPosition(t.page, musicLine, lines[musicLine - 1].trimEnd().length + 1);
      await runCommand(t.page, 'Trigger Inline Suggestion');
      const ghost = t.page.locator(SELECTORS.ghostText).first();
      await ghost.waitFor({ timeout: 30_000 });
      await t.screenshot('inline-suggestion');
      await t.page.keyboard.press('Tab');
      const accepted = await waitForEditorText(
        t.page,
        (s) => s.split('\n')[musicLine - 1].length > lines[musicLine - 1].trimEnd().length,
        { what: 'the suggestion inserted into the tune' },
      );
      const inserted = accepted.split('\n')[musicLine - 1].slice(lines[musicLine - 1].trimEnd().length);
      t.note(`inserted: ${inserted}`);
      assert.match(inserted, /[A-Ga-gz]/, 'the accepted suggestion holds notes');

      // A diagnostics run is not announced, so make one observable: add a bar that is surely too short
      // after the first bar, wait until the Problems panel reports it, and require that it is the only one.
      const firstBarEnd = lines[musicLine - 1].indexOf('|') + 1;
      await goToPosition(t.page, musicLine, firstBarEnd + 1);
      await t.page.keyboard.type('C3|');
      await openProblemsPanel(t.page);
      const onSentinel = (r) => r.line === musicLine && r.column >= firstBarEnd && r.column <= firstBarEnd + 4;
      const rows = await pollUntil(
        async () => {
          const found = await problemRows(t.page, file);
          return found.some(onSentinel) ? found : undefined;
        },
        { timeout: 30_000, what: 'the deliberately short bar to be reported' },
      );
      await t.screenshot('after-accept-problems');
      const others = rows.filter((r) => !onSentinel(r));
      assert.deepEqual(
        others.map((r) => r.label),
        [],
        'the inserted notes raise no warning',
      );
      await t.page.keyboard.press('Control+Z');
    },
  },
  {
    name: 'evaluate: "Evaluate Jazz Solo" shows the report with its charts in the preview',
    timeout: 240_000,
    async fn(t) {
      await generateSolo(t, 'before evaluate');
      await waitForPreviewNotes(t, 50);
      await runCommand(t.page, 'Jazz: Evaluate Jazz Solo');
      const report = await pollUntil(
        async () => {
          try {
            const frame = await previewFrame(t.page, t.ext.id, 5_000);
            const box = frame.locator('#jazz-report');
            if (!(await box.isVisible())) return undefined;
            const charts = await box.locator('svg').count();
            const text = squash(await box.innerText());
            return charts >= 4 && text.includes('chordtonesonstrongbeats') ? { charts, text } : undefined;
          } catch {
            return undefined;
          }
        },
        { timeout: 120_000, what: 'the evaluation report with at least four charts in the preview' },
      );
      t.note(`report with ${report.charts} charts`);
      await t.screenshot('evaluation-report');
    },
  },
  {
    name: 'improvise over chords: the progression typed in the input box is the one the solo is written over',
    timeout: 240_000,
    async fn(t) {
      const before = new Set(await visibleEditorTexts(t.page));
      await runCommand(t.page, 'Jazz: Improvise over Chords');
      const box = t.page.locator(SELECTORS.quickInputBox);
      await box.waitFor({ timeout: 10_000 });
      await box.fill('| Em7b5 A7b9 | Dm6 |');
      await box.press('Enter');
      const { text } = await waitForVisibleEditor(
        t.page,
        // An earlier solo that comes into view is not the new one: the new one names a typed chord.
        (candidate) =>
          candidate.trimStart().startsWith('X:') && !before.has(candidate) && candidate.includes('"Em7b5"'),
        { timeout: GENERATE_TIMEOUT, what: 'a new solo after typing a progression' },
      );
      const symbols = new Set([...text.matchAll(/"([^"]+)"/g)].map((m) => m[1]));
      t.note(`chord symbols: ${[...symbols].join(' ')}`);
      assert.deepEqual([...symbols].sort(), ['A7b9', 'Dm6', 'Em7b5'], 'the solo is written over the typed chords only');
      await t.screenshot('improvised-over-chords');
    },
  },
];

TESTS.push(...BAND_TESTS);
TESTS.push(...PRACTICE_TESTS);
TESTS.push(...LEARNER_TESTS);
