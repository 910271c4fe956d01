#!/usr/bin/env node
// Runs the unit tests with node's own test runner. TypeScript is loaded through tsx, so a test file
// runs without a build; `tsc -b` type-checks the three projects (shared, webview, node) first and the linters run last.
// test/fakes is put on NODE_PATH: tests that load the extension's modules get the in-memory `vscode` there.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const unitOnly = args.includes('--unit');
const filters = args.filter((a) => !a.startsWith('--'));

function findTests(dir) {
  const found = [];
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) found.push(...findTests(full));
    else if (name.endsWith('.test.ts')) found.push(full);
  }
  return found;
}

const FAKES = join(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'fakes');
const env = { ...process.env, NODE_PATH: [FAKES, process.env.NODE_PATH].filter(Boolean).join(delimiter) };

function run(cmd, cmdArgs) {
  const r = spawnSync(cmd, cmdArgs, { stdio: 'inherit', env });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

if (!unitOnly && filters.length === 0) run('npx', ['tsc', '-b']);
// Unit tests (one module each) and the behaviour suites that cross modules.
let files = [...findTests('test/unit'), ...(existsSync('test/behaviour') ? findTests('test/behaviour') : [])];
if (filters.length) files = files.filter((f) => filters.some((p) => f.includes(p)));
run(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=1', ...files]);
if (!unitOnly && filters.length === 0) {
  // The house rules: ESLint (with the layer rule) and Prettier, over the whole tree.
  run('npx', ['eslint', '.']);
  run('npx', ['prettier', '--check', '.']);
  console.log('lint: ESLint and Prettier found nothing to change');
}
