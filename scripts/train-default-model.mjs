#!/usr/bin/env node
// Trains the default model that ships in models/default from the project's own corpus in corpus/.
// Deterministic: the same corpus, options and seed give the same weights on the same backend.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = [
  join(root, 'bin', 'jazz-solo.js'), 'train', join(root, 'corpus'),
  '--out', join(root, 'models', 'default'), '--name', 'default',
  '--seed', '1', ...process.argv.slice(2),
];
const run = spawnSync(process.execPath, args, { stdio: 'inherit' });
process.exit(run.status ?? 1);
