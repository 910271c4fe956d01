#!/usr/bin/env node
// End-to-end run: the extension in a real VS Code workbench (code-server) driven by playwright-core and
// Debian's chromium, offline. Usage: node test/e2e/run.mjs [--keep] [--grep TEXT]
// JAZZ_E2E_EXTENSION=/path/to/extension runs another extension folder (to exercise the harness itself).
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
  cpSync,
  statSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureE2eDeps } from '../../scripts/install-e2e-deps.mjs';
import { isolatedEnv, linkExtension, makeIsolatedFolders, startCodeServer, writeUserSettings } from './codeServer.mjs';
import { waitForWorkbench, visibleToastTexts, runCommand, setSettingThroughUi } from './workbench.mjs';
import { TESTS } from './tests.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const REPO = resolve(HERE, '..', '..');
const RESULTS = join(REPO, 'test-results');
const SHOTS = join(RESULTS, 'e2e');

const argv = process.argv.slice(2);
const keepTemp = argv.includes('--keep');
const grep = argv.includes('--grep') ? argv[argv.indexOf('--grep') + 1] : undefined;

class SkipSignal extends Error {}

function slug(text) {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 50);
}

function readManifest(folder) {
  return JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8'));
}

/** What the extension offers, read from its manifest and bundle, so missing features are skipped, not failed. */
function extensionFacts(folder, manifest) {
  const mainFile = manifest.main
    ? resolve(folder, manifest.main.endsWith('.js') ? manifest.main : `${manifest.main}.js`)
    : '';
  const bundle = mainFile && existsSync(mainFile) ? readFileSync(mainFile, 'utf8') : '';
  // The language features come from the ABC language server the extension starts (dist/server.js); the
  // extension's own bundle then only holds the client, so the server's capabilities are what count.
  const serverFile = resolve(folder, 'dist', 'server.js');
  const server = existsSync(serverFile) ? readFileSync(serverFile, 'utf8') : '';
  const startsServer = /server\.js/.test(bundle) && /languageClient\.js/.test(bundle) && server !== '';
  const configuration = [manifest.contributes?.configuration ?? []].flat();
  const properties = Object.assign({}, ...configuration.map((c) => c.properties ?? {}));
  const epochsSetting = Object.keys(properties).find((key) => /epoch/i.test(key));
  const epochSpec = epochsSetting ? properties[epochsSetting] : {};
  const shortEpochs = Math.max(epochSpec.minimum ?? 1, 2);
  const longEpochs = Math.min(epochSpec.maximum ?? 500, 500);
  return {
    id: `${manifest.publisher}.${manifest.name}`,
    manifest,
    folder,
    mainFile,
    epochsSetting,
    shortEpochs,
    longEpochs,
    features: {
      diagnostics: /createDiagnosticCollection/.test(bundle) || (startsServer && /sendDiagnostics/.test(server)),
      hover: /registerHoverProvider/.test(bundle) || (startsServer && /hoverProvider/.test(server)),
      inlineCompletion: /registerInlineCompletionItemProvider/.test(bundle),
      languageServer: startsServer,
    },
  };
}

/** Splits ABC text into tunes (each starts at an X: line) and keeps the ones with chord symbols. */
function tunesWithChords(text) {
  const tunes = text
    .split(/\r?\n(?=X:)/)
    .map((t) => t.trim())
    .filter((t) => t.startsWith('X:'));
  return tunes.filter((t) => /"[A-G][#b]?[^"]*"/.test(t));
}

/** The workspace the window opens: a small corpus (two tunes of corpus/ when there) and the test files. */
function makeWorkspace(root) {
  const workspace = join(root, 'workspace');
  mkdirSync(workspace, { recursive: true });
  const fixtures = join(HERE, 'fixtures');
  let corpusText = readFileSync(join(fixtures, 'corpus-fallback.abc'), 'utf8');
  let corpusSource = 'test/e2e/fixtures/corpus-fallback.abc';
  const corpusDir = join(REPO, 'corpus');
  if (existsSync(corpusDir)) {
    for (const name of readdirSync(corpusDir)
      .filter((n) => n.endsWith('.abc'))
      .sort()) {
      const tunes = tunesWithChords(readFileSync(join(corpusDir, name), 'utf8'));
      if (tunes.length > 0) {
        corpusText = tunes.slice(0, 2).join('\n\n') + '\n';
        corpusSource = `corpus/${name} (${Math.min(tunes.length, 2)} tunes)`;
        break;
      }
    }
  }
  const files = {
    trainCorpus: 'bebop-lines.abc',
    cancelCorpus: 'blues-cancel.abc',
    xss: 'xss.abc',
    wrongBar: 'wrong-bar.abc',
    hover: 'hover.abc',
    continueTune: 'continue.abc',
  };
  writeFileSync(join(workspace, files.trainCorpus), corpusText);
  writeFileSync(join(workspace, files.cancelCorpus), corpusText);
  for (const key of ['xss', 'wrongBar', 'hover', 'continueTune']) {
    cpSync(join(fixtures, files[key]), join(workspace, files[key]));
  }
  return { workspace, files, corpusSource };
}

function findFiles(dir, accept, found = []) {
  if (!existsSync(dir)) return found;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) findFiles(full, accept, found);
    else if (accept(entry.name, full)) found.push(full);
  }
  return found;
}

/** The extension host logs when it starts activating each extension, and why. */
function activationFromLogs(root, extensionId) {
  const logs = findFiles(join(root, 'ud', 'logs'), (name) => /exthost\.log$/i.test(name));
  for (const file of logs) {
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (line.includes('_doActivateExtension') && line.includes(extensionId)) {
        return { log: file.slice(root.length + 1), line: line.trim(), at: line.slice(0, 23) };
      }
    }
  }
  return undefined;
}

/** Reads the activation time VS Code shows in "Developer: Show Running Extensions". */
async function activationTimeFromWorkbench(page, manifest, runCommand) {
  try {
    await runCommand(page, 'Developer: Show Running Extensions', { timeout: 10_000 });
    const row = page
      .locator('.runtime-extensions-editor .monaco-list-row', { hasText: manifest.displayName ?? manifest.name })
      .first();
    await row.waitFor({ timeout: 15_000 });
    const text = (await row.innerText()).replace(/\s+/g, ' ');
    const ms = text.match(/(\d+)\s*ms/);
    return { shown: text.slice(0, 200), activationMs: ms ? Number(ms[1]) : undefined };
  } catch (error) {
    return { error: String(error.message ?? error).split('\n')[0] };
  }
}

async function main() {
  const runStarted = Date.now();
  mkdirSync(RESULTS, { recursive: true });
  rmSync(SHOTS, { recursive: true, force: true });
  mkdirSync(SHOTS, { recursive: true });

  const deps = ensureE2eDeps({ quiet: true });

  const extensionFolder = resolve(process.env.JAZZ_E2E_EXTENSION ?? REPO);
  let setupError;
  if (extensionFolder === REPO && !existsSync(join(REPO, 'dist', 'extension.js'))) {
    console.log('[e2e] dist/extension.js is missing: npm run build');
    const built = spawnSync('npm', ['run', 'build'], { cwd: REPO, stdio: 'inherit' });
    if (built.status !== 0 || !existsSync(join(REPO, 'dist', 'extension.js'))) {
      setupError = new Error(`the extension did not build (npm run build exited with ${built.status})`);
    }
  }
  const manifest = readManifest(extensionFolder);
  const ext = extensionFacts(extensionFolder, manifest);

  const selected = TESTS.filter((t) => !grep || t.name.includes(grep));
  const results = [];
  const timings = {
    generateToAbcMs: [],
    install: { seconds: deps.seconds, actions: deps.actions },
  };

  const root = mkdtempSync(join(tmpdir(), 'jazz-solo-e2e-'));
  let server;
  let context;
  const cleanup = async () => {
    if (context) await context.close().catch(() => {});
    context = undefined;
    if (server) await server.stop();
    server = undefined;
  };
  const onSignal = async (signal) => {
    console.error(`[e2e] ${signal}: stopping code-server`);
    await cleanup();
    process.exit(130);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  try {
    if (setupError) throw setupError;
    makeIsolatedFolders(root);
    linkExtension(root, extensionFolder, manifest);
    const { workspace, files, corpusSource } = makeWorkspace(root);
    console.log(`[e2e] extension ${ext.id} from ${extensionFolder}; corpus from ${corpusSource}; temp ${root}`);
    console.log(`[e2e] features: ${JSON.stringify(ext.features)}; epochs setting: ${ext.epochsSetting ?? 'none'}`);
    writeUserSettings(root, ext.epochsSetting ? { [ext.epochsSetting]: ext.shortEpochs } : {});

    const serverStarted = Date.now();
    server = await startCodeServer({ root, codeServerBin: deps.codeServerBin, workspace });
    timings.codeServerStartMs = Date.now() - serverStarted;

    const { chromium } = await import('playwright-core');
    const env = isolatedEnv(root);
    context = await chromium.launchPersistentContext(join(root, 'browser'), {
      executablePath: deps.chromiumPath,
      headless: true,
      env,
      viewport: { width: 1440, height: 900 },
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-dev-shm-usage',
        '--autoplay-policy=no-user-gesture-required',
      ],
    });
    const requests = [];
    const blocked = [];
    await context.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.hostname === '127.0.0.1' || !/^(https?|wss?):$/.test(url.protocol)) return route.continue();
      blocked.push(url.href);
      return route.abort('blockedbyclient');
    });
    context.on('request', (request) => requests.push(request.url()));

    const page = context.pages()[0] ?? (await context.newPage());
    const workbenchStarted = Date.now();
    await page.goto(`${server.url}/?folder=${encodeURIComponent(workspace)}`);
    await waitForWorkbench(page, files.trainCorpus);
    timings.workbenchReadyMs = Date.now() - workbenchStarted;

    const globalStorageDir = join(root, 'ud', 'User', 'globalStorage', ext.id.toLowerCase());
    for (const [index, test] of selected.entries()) {
      const prefix = `${String(index + 1).padStart(2, '0')}-${slug(test.name.split(':')[0])}`;
      let step = 0;
      const notes = [];
      const t = {
        page,
        context,
        ext,
        root,
        workspace,
        requests,
        blocked,
        timings,
        globalStorageDir,
        workspaceFiles: files,
        note: (line) => notes.push(line),
        skip: (reason) => {
          throw new SkipSignal(reason);
        },
        screenshot: async (name) => {
          step += 1;
          await page.screenshot({ path: join(SHOTS, `${prefix}-${step}-${slug(name)}.png`) }).catch(() => {});
        },
        setSetting: (key, value) => setSettingThroughUi(page, key, value, join(root, 'ud', 'User', 'settings.json')),
      };
      const started = Date.now();
      let outcome;
      let timer;
      try {
        await Promise.race([
          test.fn(t),
          new Promise((_, reject) => {
            timer = setTimeout(() => reject(new Error(`test timed out after ${test.timeout} ms`)), test.timeout);
          }),
        ]);
        outcome = { status: 'passed' };
      } catch (error) {
        if (error instanceof SkipSignal) outcome = { status: 'skipped', reason: error.message };
        else {
          outcome = {
            status: 'failed',
            reason: String(error?.message ?? error)
              .split('\n')
              .slice(0, 6)
              .join('\n'),
          };
          await page.screenshot({ path: join(SHOTS, `${prefix}-failure.png`) }).catch(() => {});
          const toasts = await visibleToastTexts(page).catch(() => []);
          if (toasts.length) outcome.reason += `\nnotifications on screen: ${toasts.join(' | ').slice(0, 400)}`;
          await page.keyboard.press('Escape').catch(() => {});
        }
      } finally {
        clearTimeout(timer);
      }
      const seconds = (Date.now() - started) / 1000;
      results.push({ name: test.name, ...outcome, seconds, notes });
      const mark = { passed: 'ok  ', failed: 'FAIL', skipped: 'SKIP' }[outcome.status];
      console.log(`[e2e] ${mark} ${test.name} (${seconds.toFixed(1)} s)`);
      for (const line of notes) console.log(`       ${line}`);
      if (outcome.reason) console.log(`       ${outcome.reason.replace(/\n/g, '\n       ')}`);
    }

    timings.activationLog = activationFromLogs(root, ext.id);
    timings.activationWorkbench = await activationTimeFromWorkbench(page, manifest, runCommand);
    if (blocked.length) console.log(`[e2e] blocked ${blocked.length} request(s) to other hosts, first: ${blocked[0]}`);
    timings.blockedRequests = blocked;
  } catch (error) {
    const reason = String(error?.message ?? error).split('\n')[0];
    console.error(`[e2e] setup failed: ${reason}`);
    for (const test of selected.slice(results.length))
      results.push({ name: test.name, status: 'failed', reason: `setup: ${reason}` });
  } finally {
    await cleanup();
    const logsOut = join(SHOTS, 'logs');
    mkdirSync(logsOut, { recursive: true });
    for (const file of [
      join(root, 'code-server.log'),
      ...findFiles(join(root, 'ud', 'logs'), (n) => n.endsWith('.log')),
    ]) {
      if (existsSync(file) && statSync(file).size > 0)
        cpSync(file, join(logsOut, file.slice(root.length + 1).replace(/[\\/]/g, '_')));
    }
    if (keepTemp) console.log(`[e2e] kept ${root}`);
    else rmSync(root, { recursive: true, force: true });
  }

  timings.totalRunSeconds = (Date.now() - runStarted) / 1000;
  writeFileSync(
    join(RESULTS, 'e2e-timings.json'),
    JSON.stringify({ when: new Date().toISOString(), results, ...timings }, null, 2) + '\n',
  );
  const count = (status) => results.filter((r) => r.status === status).length;
  const passed = count('passed');
  const failed = count('failed');
  const skipped = count('skipped');
  console.log(
    `[e2e] screenshots in ${SHOTS}; timings in ${join(RESULTS, 'e2e-timings.json')}; ${timings.totalRunSeconds.toFixed(1)} s`,
  );
  console.log(`e2e: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
  process.exitCode = failed > 0 || passed + skipped === 0 ? 1 : 0;
}

main().catch((error) => {
  console.error(error);
  console.log('e2e: 0 passed, 1 failed');
  process.exit(1);
});
