/**
 * Another client nobody here wrote: Emacs with Eglot, in batch mode, configured by test/lsp/eglot.el (the
 * README's snippet) with `jazz-solo` on PATH. It must show the wrong bar's diagnostic and a note's hover.
 * Emacs is large, so it is not installed by the test: without it (Debian: apt-get install emacs-nox
 * elpa-eglot) the test skips and says so.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { REPO_ROOT } from '../unit/helpers/shared';
import { WRONG_BAR } from '../unit/helpers/lspSession';

function skipReason(): string | false {
  const probe = spawnSync('emacs', ['--batch', '--eval', '(progn (package-initialize) (require (quote eglot)))'], {
    encoding: 'utf8',
  });
  if (probe.error) return 'Emacs is not installed (Debian: apt-get install emacs-nox elpa-eglot); skipped';
  if (probe.status !== 0)
    return `Emacs has no Eglot (Debian: apt-get install elpa-eglot); skipped: ${probe.stderr.trim().split('\n').pop()}`;
  return false;
}

test(
  "Emacs with Eglot shows the wrong bar's diagnostic and a note's hover",
  { skip: skipReason(), timeout: 120_000 },
  () => {
    const folder = mkdtempSync(join(tmpdir(), 'jazz-solo-emacs-'));
    try {
      // `jazz-solo` on PATH, as after `npm link`.
      const bin = join(folder, 'bin');
      mkdirSync(bin);
      writeFileSync(
        join(bin, 'jazz-solo'),
        `#!/bin/sh\nexec "${process.execPath}" "${join(REPO_ROOT, 'bin', 'jazz-solo.js')}" "$@"\n`,
      );
      chmodSync(join(bin, 'jazz-solo'), 0o755);
      const file = join(folder, 'wrong.abc');
      writeFileSync(file, WRONG_BAR);
      const lines = WRONG_BAR.split('\n');
      const music = lines.findIndex((l) => l.includes('"C7"_E2'));
      const run = spawnSync(
        'emacs',
        [
          '--batch',
          '-l',
          join(REPO_ROOT, 'test', 'lsp', 'eglot.el'),
          '-l',
          join(REPO_ROOT, 'test', 'lsp', 'eglot-check.el'),
        ],
        {
          cwd: folder,
          encoding: 'utf8',
          timeout: 90_000,
          env: {
            ...process.env,
            HOME: folder,
            PATH: `${bin}${delimiter}${process.env.PATH ?? ''}`,
            JAZZ_SOLO_FILE: file,
            JAZZ_SOLO_HOVER: `${music}:${lines[music].indexOf('_E2') + 1}`,
          },
        },
      );
      const said = run.stdout;
      assert.equal(run.status, 0, `${run.stderr}\n${said}`);
      const shortBar = lines[music].indexOf('"F"FAcA FAc');
      assert.match(said, new RegExp(`diagnostic: ${music}:${shortBar}: .*Bar 2 is too short`), said);
      assert.match(said, /hover: \*\*E♭4\*\*.*/);
      assert.match(said, /♯9, approach tone/);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  },
);
