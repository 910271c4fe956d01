#!/usr/bin/env node
// Regenerates the README's example solo after the default model or its decoding changed: the ABC block is
// replaced by what `jazz-solo generate --seed N` prints today (N is the seed the README names), and
// docs/example-solo.png is engraved again from it with abcm2ps and Ghostscript (`apt-get install abcm2ps
// ghostscript`). test/behaviour/readmeExample.test.ts holds the README's block equal to the model's solo. The CLI
// bundle is built first, so that the solo is the one the sources generate today.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const readmePath = join(root, 'README.md');
const imagePath = join(root, 'docs', 'example-solo.png');

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8', ...options });
  if (result.error) throw new Error(`${command} could not run: ${result.error.message}`);
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${result.stderr}`);
  return result.stdout;
}

/** Writes beside the target and renames over it, so a failed run never leaves half a file. */
function replaceFile(path, content) {
  const partial = `${path}.partial`;
  writeFileSync(partial, content);
  renameSync(partial, path);
}

const readme = readFileSync(readmePath, 'utf8');
const seed = /`node bin\/jazz-solo\.js generate --seed (\d+)`/.exec(readme)?.[1];
if (!seed) throw new Error('README.md names no `node bin/jazz-solo.js generate --seed N` command');
run(process.execPath, [join(root, 'scripts', 'build.mjs')], { cwd: root });
const work = mkdtempSync(join(tmpdir(), 'readme-example-'));
try {
  const abcPath = join(work, 'solo.abc');
  run(process.execPath, [join(root, 'bin', 'jazz-solo.js'), 'generate', '--seed', seed, '--out', abcPath], {
    cwd: root,
  });
  const abc = readFileSync(abcPath, 'utf8').trim();
  const block = /```abc\n[\s\S]*?```/;
  if (!block.test(readme)) throw new Error('README.md has no ```abc block to replace');
  run('abcm2ps', ['-q', '-E', '-O', join(work, 'solo'), abcPath]);
  const image = join(work, 'solo.png');
  run('gs', [
    '-q',
    '-dBATCH',
    '-dNOPAUSE',
    '-dEPSCrop',
    '-sDEVICE=png16m',
    '-r110',
    `-sOutputFile=${image}`,
    join(work, 'solo001.eps'),
  ]);
  replaceFile(imagePath, readFileSync(image));
  replaceFile(
    readmePath,
    readme.replace(block, () => '```abc\n' + abc + '\n```'),
  );
  process.stdout.write(`README.md and docs/example-solo.png now show the default model's solo for seed ${seed}\n`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
