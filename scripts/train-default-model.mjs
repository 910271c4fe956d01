#!/usr/bin/env node
// Trains the default model that ships in models/default from the project's own corpus in corpus/.
// Deterministic: the same corpus, options and seed give the same weights on the same backend.
//
// Epochs: chosen by held-out likelihood (`train`'s automatic epochs): a tenth of the corpus, whole tunes, is
// held out, training stops after 3 epochs without a better held-out NLL, and the epoch with the best one is
// kept. Tx (30) and the LSTM units (64) are the reference's, train's defaults. The corpus is the bebop corpus of
// issue 17 (corpus/README.md); the solos of the model it gives are held inside real bebop's figures by
// test/behaviour/defaultModel.test.ts.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = [
  join(root, 'bin', 'jazz-solo.js'),
  'train',
  'corpus',
  '--out',
  join('models', 'default'),
  '--name',
  'default',
  '--seed',
  '1',
  ...process.argv.slice(2),
];
// Relative paths, so the metadata names the corpus files the same way on every machine.
const run = spawnSync(process.execPath, args, { stdio: 'inherit', cwd: root });
process.exit(run.status ?? 1);
