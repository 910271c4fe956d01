// For the learners, as they check it in the window: training draws its loss per epoch in the training chart,
// which stays open when training is done; hovering a note of a generated solo shows what the network weighed
// at that step.
import assert from 'node:assert/strict';
import {
  SELECTORS,
  clearNotifications,
  explorerContextMenu,
  goToPosition,
  pollUntil,
  progressToast,
  runCommand,
  visibleEditorTexts,
  waitForVisibleEditor,
} from './workbench.mjs';

const TRAIN = 'Train Jazz Model on This Corpus';
const GENERATE = 'Jazz: Generate Jazz Solo';
const TRAIN_TIMEOUT = 300_000;

/** The frame of the training chart (a webview of ours whose page has the loss chart), or undefined. */
async function trainingChartFrame(page) {
  const outers = page.locator(SELECTORS.anyWebviewOuter);
  for (let i = 0; i < (await outers.count()); i++) {
    const outer = await (await outers.nth(i).elementHandle())?.contentFrame();
    const inner = outer && (await outer.$(SELECTORS.webviewInner));
    const frame = inner && (await inner.contentFrame());
    if (frame && (await frame.$('#loss-chart'))) return frame;
  }
  return undefined;
}

/** What the chart shows: its status line and how many points its loss line has. */
async function chartState(frame) {
  return frame.evaluate(() => ({
    status: document.getElementById('status')?.textContent ?? '',
    lossPoints: (document.querySelector('#loss-chart polyline.loss')?.getAttribute('points') ?? '')
      .split(' ')
      .filter(Boolean).length,
  }));
}

/** 1-based line and column of the first note letter of the first music line after K: (chords and tuplets skipped). */
export function firstNotePosition(text) {
  const lines = text.split('\n');
  const keyLine = lines.findIndex((l) => l.startsWith('K:'));
  for (let n = keyLine + 1; n < lines.length; n++) {
    const line = lines[n];
    let inQuote = false;
    for (let i = 0; i < line.length; i++) {
      const c = line[i];
      if (c === '"') inQuote = !inQuote;
      else if (!inQuote && /[A-Ga-g]/.test(c)) return { line: n + 1, column: i + 1 };
    }
  }
  return undefined;
}

export const LEARNER_TESTS = [
  {
    name: 'learners: training draws its loss per epoch in the training chart, which stays open after training',
    timeout: TRAIN_TIMEOUT + 60_000,
    async fn(t) {
      if (t.ext.epochsSetting) await t.setSetting(t.ext.epochsSetting, 4);
      await clearNotifications(t.page);
      await explorerContextMenu(t.page, t.workspaceFiles.trainCorpus, TRAIN);
      const frame = await pollUntil(() => trainingChartFrame(t.page), {
        timeout: 60_000,
        what: 'the training chart to open',
      });
      const during = await pollUntil(
        async () => {
          const state = await chartState(frame);
          return state.lossPoints >= 2 ? state : undefined;
        },
        { timeout: TRAIN_TIMEOUT, interval: 100, what: 'the chart to draw two epochs' },
      );
      t.note(`during training: ${during.status}`);
      await t.screenshot('training-chart');
      await progressToast(t.page).waitFor({ state: 'hidden', timeout: TRAIN_TIMEOUT });
      const after = await pollUntil(
        async () => {
          const state = await chartState(frame);
          return /^done/.test(state.status) ? state : undefined;
        },
        { timeout: 30_000, what: 'the chart to say training is done' },
      );
      assert.equal(after.lossPoints, 4, 'one point per epoch');
      assert.ok(await trainingChartFrame(t.page), 'the chart stays open after training');
      await t.screenshot('training-chart-done');
      if (t.ext.epochsSetting) await t.setSetting(t.ext.epochsSetting, t.ext.shortEpochs);
    },
  },
  {
    name: "learners: hovering a note of a generated solo shows the network's top values at its step",
    timeout: 150_000,
    async fn(t) {
      const before = new Set(await visibleEditorTexts(t.page));
      await runCommand(t.page, GENERATE);
      const { text } = await waitForVisibleEditor(t.page, (s) => s.trimStart().startsWith('X:') && !before.has(s), {
        timeout: 120_000,
        what: 'a new solo',
      });
      const at = firstNotePosition(text);
      assert.ok(at, 'the solo has a note');
      await goToPosition(t.page, at.line, at.column);
      await runCommand(t.page, 'Show or Focus Hover');
      const hover = t.page.locator(SELECTORS.hover).first();
      const said = await pollUntil(
        async () => {
          if (!(await hover.count())) return undefined;
          const shown = (await hover.innerText()).replace(/\s+/g, ' ');
          return /Step \d+ chose/.test(shown) ? shown : undefined;
        },
        { timeout: 20_000, what: "the hover to explain the note's step" },
      );
      t.note(`hover: ${said.slice(0, 200)}`);
      await t.screenshot('explain-hover');
      assert.match(said, /top 5/);
      assert.match(said, /entropy \d/);
      assert.ok((said.match(/\d+\.\d%/g) ?? []).length >= 6, 'the chosen value and the top 5 with probabilities');
      await t.page.keyboard.press('Escape');
    },
  },
];
