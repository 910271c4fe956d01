#!/usr/bin/env node
/**
 * `npm run bench:lsp` (also run by `npm run bench`): how fast the ABC language server answers while a long
 * tune book is edited. The built dist/server.js is driven over stdio as an editor drives it; a 340-tune file
 * is built at bench time (the Nottingham jigs from ../shared when present, else corpus/ repeated).
 *
 *   node bench/lsp.mjs [--keystrokes N] [--no-build] [--out FILE]
 *
 * Figures: the first analysis of the whole book (didOpen → publishDiagnostics); per keystroke, the time from
 * didChange (one character typed into one tune, incremental sync) to the diagnostics of that version (target
 * ≤ 50 ms, median and worst); hover and semantic tokens of the whole book right after a keystroke.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));
const rpc = require('vscode-jsonrpc/node');

const TUNES = 340;
const TARGET_MS = 50;

function parseOptions(argv) {
  const options = { keystrokes: 60, build: true, out: join(root, 'bench', 'results', 'lsp.json') };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--keystrokes') options.keystrokes = Math.max(1, Number.parseInt(argv[++i], 10) || 60);
    else if (argv[i] === '--no-build') options.build = false;
    else if (argv[i] === '--out') options.out = argv[++i];
    else {
      process.stderr.write(`bench/lsp.mjs: unknown option ${argv[i]}\n`);
      process.exit(2);
    }
  }
  return options;
}

/** A tune book of exactly 340 tunes: the Nottingham jigs (340 tunes) or corpus/ repeated and renumbered. */
function tuneBook() {
  const shared = process.env.JAZZ_SOLO_SHARED_DATA ?? join(root, '..', 'shared', 'data');
  const jigs = join(shared, 'corpora', 'nottingham', 'jigs.abc');
  const sources = existsSync(jigs)
    ? [{ text: readFileSync(jigs, 'utf8'), from: 'the Nottingham jigs (../shared)' }]
    : readdirSync(join(root, 'corpus'))
        .filter((n) => n.endsWith('.abc'))
        .sort()
        .map((n) => ({ text: readFileSync(join(root, 'corpus', n), 'utf8'), from: 'corpus/ repeated' }));
  const tunes = [];
  while (tunes.length < TUNES) {
    for (const { text } of sources) {
      for (const tune of text.split(/\r?\n(?=X:)/).filter((t) => /^X:/.test(t))) {
        if (tunes.length < TUNES) tunes.push(tune.replace(/^X:\s*\d*/, `X:${tunes.length + 1}`).trimEnd());
      }
    }
  }
  return { text: `${tunes.join('\n\n')}\n`, from: sources[0].from };
}

function positionAt(text, offset) {
  const before = text.slice(0, offset);
  const line = (before.match(/\n/g) ?? []).length;
  return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}

/** Offsets right after a note letter in the music lines (where a keystroke adds a note), spread over the book. */
function keystrokePlaces(text, count) {
  const places = [];
  const music = /^(?![A-Za-z]:|%).*[|].*$/gm;
  for (const match of text.matchAll(music)) {
    const note = /[A-Ga-g](?=[ |])/.exec(match[0]);
    if (note) places.push(match.index + note.index + 1);
  }
  const step = Math.max(1, Math.floor(places.length / count));
  return Array.from({ length: count }, (_, i) => places[(i * step + (i % 7) * 13) % places.length]);
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor((sorted.length - 1) / 2)] : NaN;
}

async function main() {
  const options = parseOptions(process.argv.slice(2));
  if (options.build) {
    const build = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { cwd: root, encoding: 'utf8' });
    if (build.status !== 0) throw new Error(`the build failed:\n${build.stderr}`);
  }
  const serverFile = join(root, 'dist', 'server.js');
  if (!existsSync(serverFile)) throw new Error('dist/server.js is missing: run npm run build');

  const book = tuneBook();
  const child = spawn(process.execPath, [serverFile, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = rpc.createMessageConnection(
    new rpc.StreamMessageReader(child.stdout),
    new rpc.StreamMessageWriter(child.stdin),
  );
  const waiting = new Map();
  connection.onNotification('textDocument/publishDiagnostics', (params) => {
    waiting.get(params.version)?.(params);
    waiting.delete(params.version);
  });
  connection.listen();
  const diagnosticsOf = (version) => new Promise((resolve) => waiting.set(version, resolve));

  await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
  await connection.sendNotification('initialized', {});
  const uri = 'file:///bench/tune-book.abc';
  let text = book.text;
  let version = 1;
  let started = performance.now();
  const opened = diagnosticsOf(version);
  await connection.sendNotification('textDocument/didOpen', {
    textDocument: { uri, languageId: 'abc', version, text },
  });
  const first = await opened;
  const openMs = performance.now() - started;

  const keystrokeMs = [];
  const hoverMs = [];
  const tokensMs = [];
  // Type a note, then delete it: every keystroke changes one tune, and the book returns to its start.
  for (const place of keystrokePlaces(text, options.keystrokes)) {
    for (const typed of ['c', '']) {
      version++;
      const range = { start: positionAt(text, place), end: positionAt(text, typed ? place : place + 1) };
      text = typed ? text.slice(0, place) + typed + text.slice(place) : text.slice(0, place) + text.slice(place + 1);
      const published = diagnosticsOf(version);
      started = performance.now();
      await connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version },
        contentChanges: [{ range, text: typed }],
      });
      await published;
      keystrokeMs.push(performance.now() - started);
    }
    started = performance.now();
    await connection.sendRequest('textDocument/hover', {
      textDocument: { uri },
      position: positionAt(text, place - 1),
    });
    hoverMs.push(performance.now() - started);
    if (tokensMs.length < 10) {
      started = performance.now();
      await connection.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri } });
      tokensMs.push(performance.now() - started);
    }
  }
  await connection.sendRequest('shutdown');
  await connection.sendNotification('exit');
  connection.dispose();

  const report = {
    date: new Date().toISOString(),
    book: { tunes: TUNES, characters: book.text.length, from: book.from, diagnostics: first.diagnostics.length },
    open_ms: Math.round(openMs),
    keystrokes: keystrokeMs.length,
    keystroke_median_ms: +median(keystrokeMs).toFixed(1),
    keystroke_max_ms: +Math.max(...keystrokeMs).toFixed(1),
    keystrokes_within_target: keystrokeMs.filter((ms) => ms <= TARGET_MS).length,
    hover_median_ms: +median(hoverMs).toFixed(1),
    semantic_tokens_median_ms: +median(tokensMs).toFixed(1),
    target_ms: TARGET_MS,
    meets_target: median(keystrokeMs) <= TARGET_MS,
  };
  mkdirSync(dirname(options.out), { recursive: true });
  writeFileSync(options.out, `${JSON.stringify(report, null, 2)}\n`);
  const rows = [
    [`first analysis, ${TUNES} tunes (${report.book.characters} chars, ${book.from})`, `${report.open_ms} ms`],
    [
      `keystroke → diagnostics (${report.keystrokes}, target ≤ ${TARGET_MS} ms)`,
      `median ${report.keystroke_median_ms} ms, worst ${report.keystroke_max_ms} ms, ${report.keystrokes_within_target}/${report.keystrokes} within target`,
    ],
    ['hover after a keystroke', `median ${report.hover_median_ms} ms`],
    ['semantic tokens of the whole book', `median ${report.semantic_tokens_median_ms} ms`],
  ];
  const width = Math.max(...rows.map((r) => r[0].length));
  process.stdout.write(
    `ABC language server (dist/server.js over stdio)\n${rows.map(([k, v]) => `  ${k.padEnd(width)}  ${v}`).join('\n')}\n`,
  );
  process.stdout.write(
    `  ${report.meets_target ? 'PASS' : 'FAIL'}: median keystroke ${report.keystroke_median_ms} ms (target ≤ ${TARGET_MS} ms); written to ${options.out}\n`,
  );
  if (!report.meets_target) process.exitCode = 1;
}

main().catch((error) => {
  process.stderr.write(`bench/lsp.mjs: ${error.message}\n`);
  process.exit(1);
});
