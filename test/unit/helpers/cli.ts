/**
 * Running `jazz-solo` as a user runs it: the built CLI (bin/jazz-solo.js → dist/cli.js), spawned, with its
 * status and output. The bundle is rebuilt first when it is missing or older than the sources.
 */
import assert from 'node:assert/strict';
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
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

/**
 * Spawn options that run the CLI without root's power to ignore permissions: as "nobody" when the tests run
 * as root (folders it must reach have to be world-readable), unchanged otherwise.
 */
export function withoutRoot(): SpawnSyncOptions {
  return IS_ROOT ? { uid: 65534, gid: 65534 } : {};
}
