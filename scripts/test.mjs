#!/usr/bin/env node
// Runs the unit tests with node's own test runner. TypeScript is loaded through tsx, so a test file
// runs without a build; `tsc --noEmit` type-checks the whole project first.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

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

function run(cmd, cmdArgs) {
  const r = spawnSync(cmd, cmdArgs, { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

if (!unitOnly && filters.length === 0) run('npx', ['tsc', '-p', '.', '--noEmit']);
let files = findTests('test/unit');
if (filters.length) files = files.filter((f) => filters.some((p) => f.includes(p)));
run(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=1', ...files]);
