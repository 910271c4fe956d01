// Every selector that depends on VS Code's DOM (1.100's own class names, which are not an API) lives here,
// with the few UI gestures built on them, so a workbench update is fixed in one file.
// Every wait is on something the page shows; nothing sleeps for a fixed time.

export const SELECTORS = {
  workbench: '.monaco-workbench',
  explorerRow: '.explorer-folders-view .monaco-list-row',
  quickInput: '.quick-input-widget',
  quickInputBox: '.quick-input-widget .quick-input-box input',
  quickInputRow: '.quick-input-widget .monaco-list-row',
  editorLines: '.editor-group-container .editor-instance .monaco-editor .view-lines',
  activeEditorLines: '.editor-group-container.active .editor-instance .monaco-editor .view-lines',
  activeEditorInput: '.editor-group-container.active .editor-instance .monaco-editor textarea.inputarea',
  activeTab: '.editor-group-container.active .tab.active',
  languageStatus: '[id="status.editor.mode"]',
  problemsStatus: '[id="status.problems"]',
  contextMenu: '.context-view .monaco-menu',
  contextMenuItem: '.context-view .monaco-menu .action-item',
  toast: '.notifications-toasts .notification-toast',
  toastButton: '.notification-list-item-buttons-container .monaco-button',
  statusItem: '.statusbar-item',
  hover: '.monaco-hover:not(.hidden) .monaco-hover-content',
  ghostText: '.monaco-editor .ghost-text-decoration, .monaco-editor .ghost-text',
  squiggles: '.monaco-editor .squiggly-warning, .monaco-editor .squiggly-error',
  webviewOuter: (extensionId) => `iframe.webview.ready[src*="extensionId=${extensionId}"]`,
  anyWebviewOuter: 'iframe.webview.ready',
  webviewInner: 'iframe#active-frame',
};

/** A plain-text view of what Monaco shows: it renders spaces as U+00A0. */
export function monacoText(raw) {
  return raw.replace(/\u00a0/g, ' ');
}

async function pollUntil(check, { timeout, interval = 100, what }) {
  const deadline = Date.now() + timeout;
  let last;
  for (;;) {
    last = await check();
    if (last) return last;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeout} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, interval));
  }
}
export { pollUntil };

export async function waitForWorkbench(page, fileName, timeout = 60_000) {
  await page.locator(SELECTORS.workbench).waitFor({ timeout });
  await page.locator(SELECTORS.explorerRow, { hasText: fileName }).first().waitFor({ timeout });
}

/**
 * Gives the active editor the keyboard by focusing Monaco's own input element. A click would depend on layout
 * (a preview beside the editor, a hover or ghost text over the first line can swallow it); focus is a state.
 */
async function focusActiveEditor(page) {
  await page.locator(SELECTORS.activeEditorInput).first().focus({ timeout: 10_000 });
}

async function closeQuickInput(page) {
  if (await page.locator(SELECTORS.quickInput).isVisible()) {
    await page.keyboard.press('Escape');
    await page
      .locator(SELECTORS.quickInput)
      .waitFor({ state: 'hidden', timeout: 5_000 })
      .catch(() => {});
  }
}

/**
 * Runs a command by its palette title. The palette lists commands when it opens, and the extension host
 * may not have registered ours yet, so a missing entry is retried until the deadline.
 * @returns the time the command row was clicked (Date.now()), to time what follows.
 */
export async function runCommand(page, title, { timeout = 30_000 } = {}) {
  const deadline = Date.now() + timeout;
  for (;;) {
    try {
      // Every step may time out on a loaded machine (the palette opening, the typing): then start again.
      await closeQuickInput(page);
      await page.keyboard.press('F1');
      const box = page.locator(SELECTORS.quickInputBox);
      await box.waitFor({ timeout: 10_000 });
      await box.fill(`>${title}`, { timeout: 10_000 });
      const rows = page.locator(SELECTORS.quickInputRow, { hasText: title });
      await rows.first().waitFor({ timeout: 3_000 });
      const row = await exactRow(rows, title);
      const clickedAt = Date.now();
      await row.click();
      return clickedAt;
    } catch (error) {
      if (Date.now() > deadline) {
        const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
        throw new Error(`command "${title}" never appeared in the palette (${reason})`);
      }
    }
  }
}

/**
 * The row whose label is the title itself: "Generate Jazz Solo" also matches "Generate Jazz Solo over a
 * Tune…", which the palette lists first once it was used recently. The first row when none reads exactly so.
 */
async function exactRow(rows, title) {
  const count = await rows.count();
  for (let i = 0; i < count; i++) {
    const row = rows.nth(i);
    // The row's label (VS Code's icon label), else the row's first line of text.
    const labelName = row.locator('.label-name').first();
    const label = (await labelName.count()) ? await labelName.innerText() : (await row.innerText()).split('\n')[0];
    if (monacoText(label).trim() === title) return row;
  }
  return rows.first();
}

/** Whether the palette offers a command with this title (used to report a missing feature as skipped). */
export async function paletteHasCommand(page, title) {
  await closeQuickInput(page);
  await page.keyboard.press('F1');
  await page.locator(SELECTORS.quickInputBox).fill(`>${title}`);
  const found = await page
    .locator(SELECTORS.quickInputRow, { hasText: title })
    .first()
    .waitFor({ timeout: 3_000 })
    .then(
      () => true,
      () => false,
    );
  await closeQuickInput(page);
  return found;
}

/** Opens a workspace file through Quick Open (Ctrl+P), which works whether or not its folder is expanded. */
export async function openFile(page, fileName, { timeout = 30_000 } = {}) {
  // Quick Open finds a file through the workspace's file index, which learns of a file a test has just
  // written a moment later: reopen it until the file is listed, then pick it.
  const deadline = Date.now() + timeout;
  for (;;) {
    await closeQuickInput(page);
    await page.keyboard.press('Control+P');
    const box = page.locator(SELECTORS.quickInputBox);
    await box.waitFor({ timeout: 10_000 });
    await box.fill(fileName);
    const row = page.locator(SELECTORS.quickInputRow, { hasText: fileName }).first();
    if (
      await row.waitFor({ timeout: 3_000 }).then(
        () => true,
        () => false,
      )
    ) {
      await row.click({ timeout: 10_000 });
      break;
    }
    if (Date.now() > deadline) throw new Error(`Quick Open never listed ${fileName}`);
  }
  await page.locator(SELECTORS.activeTab, { hasText: fileName }).waitFor({ timeout: 15_000 });
}

export async function activeEditorText(page) {
  const lines = page.locator(SELECTORS.activeEditorLines).first();
  if (!(await lines.count())) return '';
  return monacoText(await lines.innerText());
}

/** Waits for the active editor to show text that passes `accept`, and returns that text. */
export async function waitForEditorText(page, accept, { timeout = 30_000, what = 'editor text' } = {}) {
  return pollUntil(
    async () => {
      const text = await activeEditorText(page);
      return accept(text) ? text : undefined;
    },
    { timeout, what },
  );
}

export async function activeEditorLanguage(page) {
  await focusActiveEditor(page);
  const mode = page.locator(SELECTORS.languageStatus);
  await mode.waitFor({ timeout: 10_000 });
  return (await mode.innerText()).trim();
}

/** Places the cursor with "Go to Line/Column" (1-based line and column). */
export async function goToPosition(page, line, column) {
  await closeQuickInput(page);
  await focusActiveEditor(page);
  await page.keyboard.press('Control+G');
  const box = page.locator(SELECTORS.quickInputBox);
  await box.waitFor({ timeout: 10_000 });
  await box.fill(`:${line}:${column}`);
  await page.keyboard.press('Enter');
  await page.locator(SELECTORS.quickInput).waitFor({ state: 'hidden', timeout: 5_000 });
}

/** Right-clicks a row of the Explorer and picks a menu entry (menus show titles without the category). */
export async function explorerContextMenu(page, fileName, entry, { timeout = 30_000 } = {}) {
  const row = page.locator(SELECTORS.explorerRow, { hasText: fileName }).first();
  await row.waitFor({ timeout: 15_000 });
  const menu = page.locator(SELECTORS.contextMenu);
  const item = page.locator(SELECTORS.contextMenuItem, { hasText: entry }).first();
  // Extension menu entries appear only once the extension host has read the manifests: retry until then.
  const deadline = Date.now() + timeout;
  for (;;) {
    await row.click({ button: 'right' });
    if (
      await item.waitFor({ timeout: 3_000 }).then(
        () => true,
        () => false,
      )
    )
      break;
    await page.keyboard.press('Escape');
    await menu.waitFor({ state: 'hidden', timeout: 5_000 }).catch(() => {});
    if (Date.now() > deadline) throw new Error(`"${entry}" never appeared in the Explorer menu of ${fileName}`);
  }
  await item.click();
  // The menu may drop a click that comes right after it opened; the item is then highlighted, so Enter runs it.
  const closed = await menu.waitFor({ state: 'hidden', timeout: 3_000 }).then(
    () => true,
    () => false,
  );
  if (!closed) {
    await item.hover();
    await page.keyboard.press('Enter');
    await menu.waitFor({ state: 'hidden', timeout: 5_000 });
  }
}

export function toast(page, textPattern) {
  return page.locator(SELECTORS.toast).filter({ hasText: textPattern }).first();
}

/** A running progress notification: it mentions epochs and offers Cancel (a finished run's message does not). */
export function progressToast(page) {
  return page
    .locator(SELECTORS.toast)
    .filter({ hasText: /epoch/i })
    .filter({ has: page.locator(SELECTORS.toastButton, { hasText: /cancel/i }) })
    .first();
}

export async function clearNotifications(page) {
  await runCommand(page, 'Notifications: Clear All Notifications');
  await page
    .locator(SELECTORS.toast)
    .first()
    .waitFor({ state: 'hidden', timeout: 10_000 })
    .catch(() => {});
}

/** The status bar item contributed by an extension (VS Code gives it an id starting with the extension id). */
export function extensionStatusItems(page, extensionId) {
  return page.locator(`${SELECTORS.statusItem}[id^="${extensionId}" i]`);
}

export async function statusBarText(page, extensionId) {
  const items = extensionStatusItems(page, extensionId);
  const count = await items.count();
  const texts = [];
  for (let i = 0; i < count; i++) {
    const item = items.nth(i);
    const label = (await item.getAttribute('aria-label')) ?? '';
    texts.push(`${(await item.innerText()).trim()} ${label}`.trim());
  }
  return texts.join(' | ');
}

/** Errors and warnings as the Problems item of the status bar counts them. */
export async function problemCounts(page) {
  const item = page.locator(SELECTORS.problemsStatus).first();
  if (!(await item.count())) return undefined;
  const label = ((await item.getAttribute('aria-label')) ?? '') + ' ' + (await item.innerText());
  if (/no problems/i.test(label)) return { errors: 0, warnings: 0 };
  const numbers = (await item.innerText()).match(/\d+/g)?.map(Number) ?? [];
  return { errors: numbers[0] ?? 0, warnings: numbers[1] ?? 0 };
}

/** The preview's document: the webview iframe holds an inner frame that is `#pending-frame` until loaded. */
export function previewFrameLocator(page, extensionId) {
  return page.frameLocator(SELECTORS.webviewOuter(extensionId)).frameLocator(SELECTORS.webviewInner);
}

/** The preview's Frame object, for evaluating script in the webview page itself. */
export async function previewFrame(page, extensionId, timeout = 30_000) {
  // The extension has two kinds of webview: the preview and the training chart, which stays open after a
  // training. The preview is the one whose page holds the music box; the newest such panel wins. Some panels
  // carry extensionId=nullExtensionDescription in their src, so every webview is looked at when none is ours.
  return pollUntil(
    async () => {
      const own = page.locator(SELECTORS.webviewOuter(extensionId));
      const outers = (await own.count()) > 0 ? own : page.locator(SELECTORS.anyWebviewOuter);
      for (let i = (await outers.count()) - 1; i >= 0; i--) {
        const frame = await innerFrameOf(outers.nth(i));
        if (frame && (await frame.locator('#jazz-music').count()) > 0) return frame;
      }
      return undefined;
    },
    { timeout, what: 'the Jazz preview' },
  );
}

/** The page inside a webview panel (the panel's own frame holds the page's frame), or undefined for now. */
async function innerFrameOf(outer) {
  try {
    const outerFrame = await (await outer.elementHandle({ timeout: 1_000 }))?.contentFrame();
    const inner = outerFrame?.locator(SELECTORS.webviewInner);
    if (!inner || (await inner.count()) === 0) return undefined;
    return (await (await inner.first().elementHandle({ timeout: 1_000 }))?.contentFrame()) ?? undefined;
  } catch {
    // A panel being created or closed: look again on the next round.
    return undefined;
  }
}

/** abcjs gives every rendered note the class abcjs-note. */
export const PREVIEW_NOTE = 'svg .abcjs-note';

/** Buttons in the preview are found by their visible text, title or aria-label. */
export function previewButton(frameLocator, namePattern) {
  return frameLocator.getByRole('button', { name: namePattern }).first();
}

/** The text of every editor on screen (Monaco only renders the visible ones). */
export async function visibleEditorTexts(page) {
  // Read in one go: an editor closed between a count and a read would leave the read waiting for it.
  return (await page.locator(SELECTORS.editorLines).allInnerTexts()).map(monacoText);
}

/** Waits for an editor on screen whose text passes `accept`; returns its text and its index among editors. */
export async function waitForVisibleEditor(page, accept, { timeout = 30_000, what = 'an editor' } = {}) {
  return pollUntil(
    async () => {
      const texts = await visibleEditorTexts(page);
      const index = texts.findIndex(accept);
      return index >= 0 ? { text: texts[index], index } : undefined;
    },
    { timeout, what },
  );
}

/** Clicks into the n-th editor on screen and reads the language the status bar gives it. */
export async function languageOfEditor(page, index) {
  // Focus that editor (a click on its first line); the status bar then speaks of it.
  await page.locator(SELECTORS.editorLines).nth(index).locator('.view-line').first().click({ timeout: 10_000 });
  const mode = page.locator(SELECTORS.languageStatus);
  await mode.waitFor({ timeout: 10_000 });
  return (await mode.innerText()).trim();
}

/**
 * Problems of one file as the Problems panel lists them (a tree: a row per file, then its markers), each
 * with its label, line and column. Only rows rendered on screen are read, which is all of them for a few.
 */
export async function problemRows(page, fileName) {
  return page.locator('.markers-panel').evaluate((panel, wanted) => {
    const rows = [...panel.querySelectorAll('.monaco-list-row')];
    const found = [];
    let currentFile = '';
    for (const row of rows) {
      const label = `${row.getAttribute('aria-label') ?? ''} ${row.textContent ?? ''}`;
      if (row.getAttribute('aria-level') === '1') {
        currentFile = label;
        continue;
      }
      const position =
        label.match(/\[Ln (\d+), Col (\d+)\]/) ?? label.match(/line (\d+)\D{1,20}?(?:column|character|col) (\d+)/i);
      if (position && currentFile.includes(wanted)) {
        found.push({ label, line: Number(position[1]), column: Number(position[2]) });
      }
    }
    return found;
  }, fileName);
}

export async function openProblemsPanel(page) {
  if (!(await page.locator('.markers-panel').isVisible())) {
    await page.keyboard.press('Control+Shift+M');
  }
  await page.locator('.markers-panel').waitFor({ timeout: 10_000 });
}

/**
 * Records the text of every notification toast the page shows, however briefly (a short training can
 * finish before a poll would see its progress). Returns a function that reads what was recorded.
 */
export async function recordToasts(page) {
  await page.evaluate((selector) => {
    const seen = (window.__e2eToasts = []);
    const grab = () => {
      for (const el of document.querySelectorAll(selector)) {
        const text = (el.innerText ?? '').replace(/\s+/g, ' ').trim();
        if (text && !seen.includes(text)) seen.push(text);
      }
    };
    window.__e2eToastObserver?.disconnect();
    window.__e2eToastObserver = new MutationObserver(grab);
    window.__e2eToastObserver.observe(document.body, { subtree: true, childList: true, characterData: true });
    grab();
  }, SELECTORS.toast);
  return () => page.evaluate(() => window.__e2eToasts ?? []);
}

/**
 * Sets a user setting through the Settings editor, as a user would. (An edit of settings.json from outside
 * is not picked up by code-server's file watcher here.) Returns once the workbench has written it to
 * `settingsFile`, after which the extension host receives the change.
 */
export async function setSettingThroughUi(page, key, value, settingsFile, { timeout = 30_000 } = {}) {
  await runCommand(page, 'Preferences: Open User Settings');
  const search = page
    .locator('.settings-editor .suggest-input-container textarea, .settings-editor .settings-header input')
    .first();
  await search.waitFor({ timeout: 15_000 });
  await search.fill(key);
  // The list filters after a moment; until then its first input belongs to another setting.
  await page
    .locator('.settings-editor .settings-count-widget', { hasText: /^1 Setting Found/ })
    .waitFor({ timeout: 15_000 });
  const input = page.locator('.settings-editor .setting-item-contents input').first();
  await input.waitFor({ timeout: 15_000 });
  await input.fill(String(value));
  await input.press('Tab');
  const { readFileSync } = await import('node:fs');
  await pollUntil(
    () => {
      try {
        return JSON.parse(readFileSync(settingsFile, 'utf8'))[key] === value;
      } catch {
        return false; // being written
      }
    },
    { timeout, what: `settings.json to hold ${key} = ${value}` },
  );
  await page.keyboard.press('Control+W');
}

/** The toasts on screen, for a failure report. */
export async function visibleToastTexts(page) {
  return page
    .locator(SELECTORS.toast)
    .evaluateAll((els) => els.map((el) => (el.innerText ?? '').replace(/\s+/g, ' ').trim()));
}

/**
 * Picks an entry of the quick pick a command has opened: types `filter` into its box and clicks the first row
 * showing `rowText` (default: the filter itself).
 */
export async function pickQuickInputItem(page, filter, { rowText = filter, timeout = 30_000 } = {}) {
  const box = page.locator(SELECTORS.quickInputBox);
  await box.waitFor({ timeout });
  await box.fill(filter);
  const row = page.locator(SELECTORS.quickInputRow, { hasText: rowText }).first();
  await row.waitFor({ timeout });
  const label = (await row.innerText()).split('\n')[0];
  await row.click();
  await page.locator(SELECTORS.quickInput).waitFor({ state: 'hidden', timeout });
  return label;
}
