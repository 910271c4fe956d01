'use strict';
/**
 * Child process of bench/run.mjs: loads the built extension (dist/extension.js) with the in-memory vscode of
 * test/fakes (bench/run.mjs puts it on NODE_PATH) and calls activate(), timing the module load and the
 * activate call. Prints BENCH_RESULT {...}.
 * Usage: node bench/helpers/activation.cjs ROOT
 */
const { performance } = require('node:perf_hooks');
const { mkdtempSync, rmSync } = require('node:fs');
const { tmpdir } = require('node:os');
const path = require('node:path');
const vscodeFake = require('vscode');

const root = path.resolve(process.argv[2] ?? path.join(__dirname, '..', '..'));
const storage = mkdtempSync(path.join(tmpdir(), 'jazz-bench-activation-'));
try {
  const loadStarted = performance.now();
  const extension = require(path.join(root, 'dist', 'extension.js'));
  const loaded = performance.now();
  const context = vscodeFake.fakeExtensionContext(root, storage);
  extension.activate(context);
  const activated = performance.now();
  const modules = Object.keys(require.cache);
  process.stdout.write(
    `BENCH_RESULT ${JSON.stringify({
      loadMs: loaded - loadStarted,
      activateMs: activated - loaded,
      totalMs: activated - loadStarted,
      tfjsLoaded: modules.some((file) => file.includes('@tensorflow')),
    })}\n`,
  );
  for (const disposable of context.subscriptions) disposable?.dispose?.();
} finally {
  rmSync(storage, { recursive: true, force: true });
}
