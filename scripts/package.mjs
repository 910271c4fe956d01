#!/usr/bin/env node
/**
 * `npm run package`: builds, then makes the .vsix with @vscode/vsce, offline. Everything the extension
 * runs is bundled into dist/ and media/, so node_modules stays out (--no-dependencies); .vscodeignore
 * lists what goes in. Fails when the package grows past the 15 MB budget.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const MAX_BYTES = 15 * 1024 * 1024;
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { name, version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const vsix = join(root, `${name}-${version}.vsix`);

function run(command, args) {
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, npm_config_update_notifier: 'false' },
  });
  if (result.status !== 0) {
    console.error(`package failed: ${command} ${args.join(' ')} exited with ${result.status ?? result.signal}`);
    process.exit(1);
  }
}

run(process.execPath, [join(root, 'scripts/build.mjs')]);

// package.json's repository URL is a placeholder until the project is published there, so README links stay
// relative instead of being rewritten to a GitHub address that may not exist.
const vsceArgs = ['package', '--no-dependencies', '--no-rewrite-relative-links', '--out', vsix];
if (!existsSync(join(root, 'LICENSE'))) {
  console.warn('package: no LICENSE file yet; packaging without one');
  vsceArgs.push('--skip-license');
}
// vsce runs "vscode:prepublish" (the same build) itself; the one above makes a build failure show first.
run(join(root, 'node_modules/.bin/vsce'), vsceArgs);

const bytes = statSync(vsix).size;
console.log(
  `package: ${relative(root, vsix)} ${(bytes / 1024 / 1024).toFixed(2)} MB (budget ${MAX_BYTES / 1024 / 1024} MB)`,
);
if (bytes > MAX_BYTES) {
  console.error('package failed: the .vsix is larger than 15 MB; check .vscodeignore');
  process.exit(1);
}
