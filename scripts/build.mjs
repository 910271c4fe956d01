#!/usr/bin/env node
/**
 * Bundles everything the extension and the CLI run from, in a few seconds:
 *   dist/extension.js   the extension (node, cjs; `vscode` is provided by the editor; no tfjs)
 *   dist/trainWorker.js the training worker thread (tfjs runs here, never on the extension host)
 *   dist/gradientWorker.js  training's data-parallel gradient threads (one per core)
 *   dist/cli.js         the `jazz-solo` CLI (when src/cli/main.ts exists)
 *   dist/hdf5.js        h5wasm, required only when a Keras weights file is read or written
 *   dist/server.js      the ABC language server (LSP over stdio or IPC; when src/server/main.ts exists)
 *   dist/languageClient.js  vscode-languageclient, required by the extension when the first ABC file opens
 *   media/preview.js    the preview's webview script (browser, when src/webview/main.ts exists)
 *   media/trainingChart.js  the training chart's page (browser)
 *   dist/*.wasm         tfjs' wasm backend binaries, which the engine looks for beside its bundle
 *   dist/train_lstm.py  the PyTorch training script of `train --engine pytorch`
 *   out/test/integration/*  the integration runner and suite (when test/integration exists)
 * Options: --dev (no minification), --watch (rebuild on change; implies --dev), --if-present-deps (skip quietly
 * when esbuild is not installed, as after a production-only install).
 */
import { existsSync, mkdirSync, copyFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = new Set(process.argv.slice(2));
const watch = args.has('--watch');
// A watched build is for development: readable bundles and sourcemaps.
const minify = !args.has('--dev') && !watch;

let esbuild;
try {
  esbuild = await import('esbuild');
} catch (err) {
  if (args.has('--if-present-deps')) {
    console.log('build skipped: esbuild is not installed (production install)');
    process.exit(0);
  }
  throw err;
}

const started = Date.now();
const written = [];
const at = (...parts) => join(root, ...parts);

/** Native tfjs is optional and must be resolved at run time, never bundled. */
const nodeExternals = ['vscode', '@tensorflow/tfjs-node'];

const nodeBundle = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  minify,
  sourcemap: 'linked',
  metafile: true,
  logLevel: 'warning',
  external: nodeExternals,
  absWorkingDir: root,
};

/**
 * esbuild has already printed its errors with file and line: stop without a second, longer stack.
 * With --watch each bundle is built once, then rebuilt by esbuild whenever a file it reads changes.
 */
async function build(options) {
  if (watch) {
    const context = await esbuild.context(options);
    const result = await context.rebuild().catch(() => ({ metafile: { outputs: {} } }));
    await context.watch();
    return result;
  }
  try {
    return await esbuild.build(options);
  } catch {
    console.error(`build failed: ${relative(root, String(options.outfile ?? options.outdir))}`);
    process.exit(1);
  }
}

async function bundle(entry, outfile, options) {
  const result = await build({ ...options, entryPoints: [at(entry)], outfile: at(outfile) });
  for (const file of Object.keys(result.metafile.outputs)) if (!file.endsWith('.map')) written.push(file);
}

// The extension host never runs tfjs (training happens in the worker, generation in plain TypeScript):
// leaving tfjs out of its bundle keeps activation at ~10 ms of parsing instead of ~100 ms.
await bundle('src/extension/extension.ts', 'dist/extension.js', {
  ...nodeBundle,
  external: [...nodeExternals, '@tensorflow/*'],
});
await bundle('src/extension/training/trainWorker.ts', 'dist/trainWorker.js', nodeBundle);
// Training's data-parallel gradient workers (src/model/parallel/gradientPool.ts finds it beside the bundles).
await bundle('src/model/parallel/gradientWorker.ts', 'dist/gradientWorker.js', nodeBundle);
if (existsSync(at('src/cli/main.ts'))) await bundle('src/cli/main.ts', 'dist/cli.js', nodeBundle);
// h5wasm (5.6 MB, its wasm inlined) is a bundle of its own, required only when a Keras file is read or written
// (src/model/keras/hdf5.ts). It is an ES module that finds Node's require through import.meta.url, which a
// CommonJS bundle does not have: the bundle's own file URL stands in for it.
await bundle('src/model/keras/hdf5Library.ts', 'dist/hdf5.js', {
  ...nodeBundle,
  define: { 'import.meta.url': '__hdf5ModuleUrl' },
  banner: { js: "var __hdf5ModuleUrl = require('node:url').pathToFileURL(__filename).href;" },
});
// The ABC language server, started by the extension on the first ABC document (and by any editor).
if (existsSync(at('src/server/main.ts'))) await bundle('src/server/main.ts', 'dist/server.js', nodeBundle);
// The extension's client library is a bundle of its own, required only when the server starts.
if (existsSync(at('src/extension/language/clientLibrary.ts'))) {
  await bundle('src/extension/language/clientLibrary.ts', 'dist/languageClient.js', {
    ...nodeBundle,
    external: ['vscode'],
  });
}
/** The webview's pages: one script each, for the browser. */
const pageBundle = {
  bundle: true,
  platform: 'browser',
  format: 'iife',
  target: 'es2022',
  minify,
  sourcemap: minify ? false : 'inline',
  metafile: true,
  logLevel: 'warning',
  absWorkingDir: root,
};
if (existsSync(at('src/webview/main.ts'))) await bundle('src/webview/main.ts', 'media/preview.js', pageBundle);
// The training chart's page (the panel that draws the loss and the held-out NLL while a model trains).
await bundle('src/webview/trainingChart.ts', 'media/trainingChart.js', pageBundle);

// The preview's sound font (media/soundfont/) is committed: scripts/make-soundfont.mjs renders it once with
// Debian's fluidsynth, which neither CI nor a user's install needs.
if (!existsSync(at('media/soundfont/README.txt')))
  console.warn('warning: media/soundfont/ is missing: the preview will play no sound');

const wasmSource = at('node_modules/@tensorflow/tfjs-backend-wasm/dist');
mkdirSync(at('dist'), { recursive: true });
for (const name of readdirSync(wasmSource).filter((n) => n.endsWith('.wasm'))) {
  copyFileSync(join(wasmSource, name), at('dist', name));
  written.push(relative(root, at('dist', name)));
}
// `train --engine pytorch` runs this script beside the bundles (src/model/pytorch/pytorchTrainer.ts).
copyFileSync(at('src/model/pytorch/train_lstm.py'), at('dist', 'train_lstm.py'));
written.push('dist/train_lstm.py');

// The integration suite runs inside VS Code as plain JS; node_modules stay external (dev checkout only).
if (existsSync(at('test/integration/runTests.ts'))) {
  const entries = listTs(at('test/integration'));
  const result = await build({
    entryPoints: entries,
    outdir: at('out/test/integration'),
    outbase: at('test/integration'),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    packages: 'external',
    sourcemap: 'inline',
    metafile: true,
    logLevel: 'warning',
    absWorkingDir: root,
  });
  written.push(...Object.keys(result.metafile.outputs));
}

for (const file of written) {
  const kb = statSync(at(file)).size / 1024;
  console.log(`  ${file.padEnd(48)} ${kb >= 1024 ? `${(kb / 1024).toFixed(2)} MB` : `${kb.toFixed(0)} KB`}`);
}
console.log(
  `build: ${written.length} files in ${((Date.now() - started) / 1000).toFixed(1)} s${minify ? '' : ' (dev, not minified)'}`,
);
if (watch) console.log('watching src/ for changes (Ctrl-C to stop)');

function listTs(dir) {
  const found = [];
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (name === 'fixtures') continue;
    if (statSync(full).isDirectory()) found.push(...listTs(full));
    else if (name.endsWith('.ts') && !name.endsWith('.d.ts')) found.push(full);
  }
  return found;
}
