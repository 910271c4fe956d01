/**
 * Running `jazz-solo` as a user runs it: the built CLI (bin/jazz-solo.js → dist/cli.js), spawned, with its
 * status and output. The bundle is rebuilt first when it is missing or older than the sources.
 */
import assert from 'node:assert/strict';
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from './shared';

export const CLI = join(REPO_ROOT, 'bin', 'jazz-solo.js');
const BUNDLE = join(REPO_ROOT, 'dist', 'cli.js');

function newestSourceTime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSourceTime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

/**
 * Tests the tool as shipped: rebuild the bundles (dist/cli.js, and any others named) when one is missing or
 * older than the sources.
 */
export function ensureBuilt(bundles: string[] = []): void {
  const sources = newestSourceTime(join(REPO_ROOT, 'src'));
  const fresh = [BUNDLE, ...bundles].every((file) => existsSync(file) && statSync(file).mtimeMs >= sources);
  if (fresh) return;
  const build = spawnSync(process.execPath, [join(REPO_ROOT, 'scripts', 'build.mjs'), '--dev'], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
  });
  assert.equal(build.status, 0, `the build failed:\n${build.stdout}\n${build.stderr}`);
}

export interface CliRun {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], options: SpawnSyncOptions = {}): CliRun {
  const run = spawnSync(process.execPath, [CLI, ...args], {
    cwd: REPO_ROOT,
    timeout: 120_000,
    ...options,
    encoding: 'utf8',
  });
  return { status: run.status, signal: run.signal, stdout: String(run.stdout ?? ''), stderr: String(run.stderr ?? '') };
}

/** Status 2, exactly one line on stderr that names `named`, no stack trace. */
export function assertRefused(run: CliRun, named: string, expected?: RegExp): void {
  const lines = run.stderr.split('\n').filter((line) => line.trim() !== '');
  assert.equal(run.status, 2, `status ${run.status}; stderr:\n${run.stderr}`);
  assert.equal(lines.length, 1, `one line on stderr, got:\n${run.stderr}`);
  assert.ok(lines[0].includes(named), `"${lines[0]}" does not name ${named}`);
  assert.doesNotMatch(lines[0], /internal error|\bat .*\(.*:\d+:\d+\)/);
  if (expected) assert.match(lines[0], expected);
}

/** Whether this process may do what only root may (create device nodes, ignore file permissions). */
export const IS_ROOT = typeof process.getuid === 'function' && process.getuid() === 0;

/** The user the permission cases run as when the tests run as root. */
const NOBODY = { uid: 65534, gid: 65534 };
let stagedCli: { cli: string } | { skip: string } | undefined;

/**
 * The shipped CLI staged where "nobody" can read it. A clone may sit inside a folder only root can enter
 * (`mktemp -d` makes one, as does a home folder), so nobody could not load bin/jazz-solo.js from there: the files
 * the CLI runs (bin, dist, package.json, the default model) are copied once into a world-readable folder.
 */
function cliForNobody(): { cli: string } | { skip: string } {
  if (stagedCli) return stagedCli;
  const stage = mkdtempSync(join(tmpdir(), 'jazz-cli-for-nobody-'));
  for (const part of ['bin', 'dist', 'package.json', join('models', 'default')])
    cpSync(join(REPO_ROOT, part), join(stage, part), { recursive: true });
  spawnSync('chmod', ['-R', 'a+rX', stage]);
  const cli = join(stage, 'bin', 'jazz-solo.js');
  const probe = spawnSync(process.execPath, ['-e', `require('node:fs').accessSync(${JSON.stringify(cli)})`], NOBODY);
  stagedCli =
    probe.status === 0
      ? { cli }
      : { skip: `user nobody cannot read ${stage} (the temporary folder is private): permission cases skipped` };
  return stagedCli;
}

/**
 * Runs the CLI without root's power to ignore permissions: as "nobody" from a staged copy when the tests run as
 * root (folders the case uses must be world-readable), as this user otherwise. A `skip` says why it cannot run.
 */
export function runCliWithoutRoot(args: string[]): CliRun | { skip: string } {
  if (!IS_ROOT) return runCli(args);
  const staged = cliForNobody();
  if ('skip' in staged) return staged;
  const run = spawnSync(process.execPath, [staged.cli, ...args], {
    cwd: tmpdir(),
    timeout: 120_000,
    ...NOBODY,
    encoding: 'utf8',
  });
  return { status: run.status, signal: run.signal, stdout: String(run.stdout ?? ''), stderr: String(run.stderr ?? '') };
}
