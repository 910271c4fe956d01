/**
 * A real client nobody here wrote: Debian's Neovim, headless, with the minimal Lua configuration of
 * test/lsp/init.lua (the one the README shows), starting `node bin/jazz-solo.js lsp --stdio` for an ABC file
 * with a wrong bar. Neovim must show the diagnostic on that bar and a hover naming the note's function.
 * Neovim is installed with apt-get when it is missing; when that is not possible the test says so and skips.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '../unit/helpers/shared';
import { WRONG_BAR } from '../unit/helpers/lspSession';

function hasNeovim(): boolean {
  return spawnSync('nvim', ['--version'], { encoding: 'utf8' }).status === 0;
}

/** Neovim, installed from Debian when missing; otherwise the reason it is not there. */
function neovimOrReason(): string | undefined {
  if (hasNeovim()) return undefined;
  if (process.getuid?.() !== 0 || spawnSync('apt-get', ['--version']).status !== 0) {
    return 'Neovim is not installed and cannot be installed here (apt-get as root is needed: apt-get install neovim)';
  }
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  let install = spawnSync('apt-get', ['install', '-y', '--no-install-recommends', 'neovim'], {
    encoding: 'utf8',
    env,
    timeout: 300_000,
  });
  if (install.status !== 0) {
    spawnSync('apt-get', ['update'], { encoding: 'utf8', env, timeout: 300_000 });
    install = spawnSync('apt-get', ['install', '-y', '--no-install-recommends', 'neovim'], {
      encoding: 'utf8',
      env,
      timeout: 300_000,
    });
  }
  return hasNeovim()
    ? undefined
    : `Neovim could not be installed with apt-get: ${(install.stderr || install.stdout).trim().split('\n').pop()}`;
}

function ensureCliBuilt(): void {
  const bundle = join(REPO_ROOT, 'dist', 'cli.js');
  const server = join(REPO_ROOT, 'src', 'server', 'abcServer.ts');
  if (existsSync(bundle) && statSync(bundle).mtimeMs >= statSync(server).mtimeMs) return;
  const build = spawnSync(process.execPath, [join(REPO_ROOT, 'scripts', 'build.mjs')], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
  });
  assert.equal(build.status, 0, `the build failed:\n${build.stdout}\n${build.stderr}`);
}

interface NeovimResult {
  clients: string[];
  diagnostics: Array<{
    lnum: number;
    col: number;
    end_lnum: number;
    end_col: number;
    message: string;
    code: string | null;
    source: string | null;
  }>;
  hover: { contents: { value: string } | string; range?: unknown } | null;
}

const skipReason = neovimOrReason();

test(
  "Neovim's own LSP client shows the wrong bar's diagnostic and a note's hover",
  { skip: skipReason, timeout: 120_000 },
  () => {
    ensureCliBuilt();
    const folder = mkdtempSync(join(tmpdir(), 'jazz-solo-nvim-'));
    try {
      const file = join(folder, 'wrong.abc');
      const resultFile = join(folder, 'result.json');
      writeFileSync(file, WRONG_BAR);
      const lines = WRONG_BAR.split('\n');
      const music = lines.findIndex((l) => l.includes('"C7"_E2'));
      const hoverAt = `${music}:${lines[music].indexOf('_E2') + 1}`;
      const run = spawnSync(
        'nvim',
        [
          '--headless',
          '-u',
          join(REPO_ROOT, 'test', 'lsp', 'init.lua'),
          '-c',
          `luafile ${join(REPO_ROOT, 'test', 'lsp', 'check.lua')}`,
          file,
        ],
        {
          cwd: REPO_ROOT,
          encoding: 'utf8',
          timeout: 90_000,
          env: {
            ...process.env,
            JAZZ_SOLO_ROOT: REPO_ROOT,
            JAZZ_SOLO_HOVER: hoverAt,
            JAZZ_SOLO_RESULT: resultFile,
            // A fresh Neovim: no user configuration, plugins or state of the machine's user.
            XDG_CONFIG_HOME: join(folder, 'config'),
            XDG_DATA_HOME: join(folder, 'data'),
            XDG_STATE_HOME: join(folder, 'state'),
            XDG_CACHE_HOME: join(folder, 'cache'),
          },
        },
      );
      assert.ok(existsSync(resultFile), `Neovim wrote no result (status ${run.status}): ${run.stderr}${run.stdout}`);
      const result = JSON.parse(readFileSync(resultFile, 'utf8')) as NeovimResult;
      assert.deepEqual(result.clients, ['jazz-solo'], 'the server attached to the buffer');

      const shortBar = lines[music].indexOf('"F"FAcA FAc');
      const onBar = result.diagnostics.filter((d) => d.lnum === music && d.col === shortBar);
      assert.equal(onBar.length, 1, JSON.stringify(result.diagnostics));
      assert.equal(onBar[0].end_col, shortBar + '"F"FAcA FAc'.length);
      assert.match(onBar[0].message, /Bar 2 is too short/);
      assert.equal(onBar[0].code, 'barLength');

      const hover = result.hover;
      assert.ok(hover, 'Neovim received a hover');
      const text = typeof hover.contents === 'string' ? hover.contents : hover.contents.value;
      assert.match(text, /E♭4/);
      assert.match(text, /♯9, approach tone/);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  },
);
