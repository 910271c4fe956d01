/**
 * `jazz-solo` as a Unix tool: help on stdout with status 0, usage errors on stderr with status 2 and a "did
 * you mean", `--opt=value` and `--`, values that look like options, and one option table from which the
 * parser, the usage and the README's option list all come.
 */
import { UserFacingError } from '../../../src/shared/errors';
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { commandUsage, nearestName, parseArgs, type CommandSyntax } from '../../../src/cli/args';
import { COMMANDS, findCommand } from '../../../src/cli/commands/index';
import { terminalProgressBar } from '../../../src/cli/io';
import { assertRefused, ensureBuilt, runCli } from '../helpers/cli';
import { REPO_ROOT } from '../helpers/shared';

const generate = findCommand('generate') as CommandSyntax;
const train = findCommand('train') as CommandSyntax;

function refused(run: () => unknown, pattern: RegExp): void {
  assert.throws(run, (error: unknown) => {
    assert.ok(error instanceof UserFacingError, String(error));
    assert.match(error.message, pattern);
    return true;
  });
}

describe('the parser', () => {
  test('--opt=value and --opt value are the same; -- ends the options', () => {
    const joined = parseArgs(['--seed=42', '--chords=| C | F |', 'x'], generate);
    const separate = parseArgs(['--seed', '42', '--chords', '| C | F |', 'x'], generate);
    assert.deepEqual(joined, separate);
    assert.deepEqual(joined.options, { seed: 42, chords: '| C | F |' });
    const ended = parseArgs(['--epochs', '2', '--', '--not-an-option.abc', '-h'], train);
    assert.deepEqual(ended.positionals, ['--not-an-option.abc', '-h']);
    assert.equal(ended.help, false);
  });

  test('a value that looks like an option is an error naming the option; --opt=-value passes it', () => {
    refused(
      () => parseArgs(['--chords', '--key', 'C'], generate),
      /--chords needs a value but is followed by the option --key/,
    );
    refused(() => parseArgs(['--out', '-x'], generate), /--out needs a value/);
    assert.equal(parseArgs(['--title=-x-'], generate).options.title, '-x-');
    // A negative number is a value (and then out of range), not an option.
    refused(() => parseArgs(['--tempo', '-120'], generate), /--tempo must be a whole number from 30 to 400.*got -120/);
  });

  test('numbers: empty, text and out-of-range values name the option and its range', () => {
    refused(() => parseArgs(['--tempo='], generate), /--tempo needs a whole number from 30 to 400 \(got ""\)/);
    refused(() => parseArgs(['--steps', 'ten'], generate), /--steps needs a whole number from 1 to 10000/);
    refused(() => parseArgs(['--swing', '0x1'], generate), /--swing needs a number from 0.5 to 0.8/);
    refused(() => parseArgs(['--units', '20000'], train), /--units must be a whole number from 1 to 1024/);
  });

  test('unknown options suggest the nearest one; flags take no value; lists accumulate', () => {
    refused(
      () => parseArgs(['--temprature', '1'], generate),
      /unknown option --temprature; did you mean --temperature\?/,
    );
    refused(() => parseArgs(['--seeed=1'], generate), /did you mean --seed\?/);
    refused(() => parseArgs(['--zzzzzz'], generate), /unknown option --zzzzzz; see jazz-solo help generate/);
    refused(() => parseArgs(['-q'], generate), /unknown option -q/);
    refused(() => parseArgs(['--greedy=yes'], generate), /--greedy takes no value/);
    assert.deepEqual(parseArgs(['--chord-track', 'Piano,Bass', '--chord-track=2'], train).options['chord-track'], [
      'Piano',
      'Bass',
      '2',
    ]);
    assert.equal(nearestName('evalute', ['generate', 'evaluate']), 'evaluate');
    assert.equal(nearestName('x', ['generate', 'evaluate']), undefined);
  });

  test('-h and --help anywhere before -- ask for the usage', () => {
    assert.equal(parseArgs(['--seed', '1', '-h'], generate).help, true);
    assert.equal(parseArgs(['--help'], train).help, true);
  });
});

describe('one option table', () => {
  test('every option of every command is in its usage, with its range where it has one', () => {
    for (const command of COMMANDS) {
      const usage = commandUsage(command);
      for (const option of command.options) {
        assert.ok(usage.includes(`--${option.name}`), `${command.name} usage lacks --${option.name}`);
        if (option.range)
          assert.ok(usage.includes(String(option.range.max)), `${command.name} --${option.name}: no range shown`);
      }
    }
  });

  test("the README's CLI table lists exactly the options of each command", () => {
    const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
    for (const command of COMMANDS) {
      const row = readme.split('\n').find((line) => line.startsWith(`| \`${command.name}`));
      assert.ok(row, `README has no row for ${command.name} in its CLI table`);
      const optionsCell = row.split(/(?<!\\)\|/)[2] ?? '';
      const inReadme = new Set([...optionsCell.matchAll(/`--([a-z][a-z0-9-]*)/g)].map((m) => m[1]));
      const inTable = new Set(command.options.map((o) => o.name));
      assert.deepEqual(
        [...inReadme].sort(),
        [...inTable].sort(),
        `README row for ${command.name} does not match the option table`,
      );
    }
  });
});

describe('the built CLI', () => {
  before(() => ensureBuilt());

  test('--help, help CMD, CMD --help and CMD -h print the usage on stdout with status 0', () => {
    const general = runCli(['--help']);
    assert.equal(general.status, 0);
    assert.equal(general.stderr, '');
    for (const command of COMMANDS) assert.ok(general.stdout.includes(`jazz-solo ${command.name}`));
    for (const command of COMMANDS) {
      for (const args of [
        ['help', command.name],
        [command.name, '--help'],
        [command.name, '-h'],
      ]) {
        const run = runCli(args);
        assert.equal(run.status, 0, `${args.join(' ')}: ${run.stderr}`);
        assert.equal(run.stderr, '');
        assert.match(run.stdout, new RegExp(`^usage: jazz-solo ${command.name}`));
      }
    }
  });

  test('--version prints the version of package.json', () => {
    const run = runCli(['--version']);
    assert.equal(run.status, 0);
    const { version } = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8'));
    assert.equal(run.stdout.trim(), `jazz-solo ${version}`);
  });

  test('usage errors go to stderr with status 2: no command, an unknown one (did you mean), an unknown option', () => {
    const bare = runCli([]);
    assert.equal(bare.status, 2);
    assert.equal(bare.stdout, '');
    assert.match(bare.stderr, /usage:/);
    assertRefused(runCli(['genrate']), 'genrate', /did you mean generate\?/);
    assertRefused(runCli(['help', 'trian']), 'trian', /did you mean train\?/);
    assertRefused(runCli(['generate', '--chords', '--key', 'C']), '--chords', /followed by the option --key/);
    assertRefused(runCli(['train', 'corpus', '--out', 'x', '--unit', '8']), '--unit', /did you mean --units\?/);
  });

  test('N.C. and repeats in --chords: the repeat is played out, N.C. keeps the harmony', () => {
    const run = runCli(['generate', '--seed', '5', '--steps', '40', '--chords', '|: Dm7 | G7 :| N.C. | Cmaj7 |']);
    assert.equal(run.status, 0, run.stderr);
    const chordsInOrder = [...run.stdout.matchAll(/"([A-G][^"]*)"/g)].map((m) => m[1]);
    assert.deepEqual(chordsInOrder.slice(0, 4), ['Dm7', 'G7', 'Dm7', 'G7']);
    assert.equal(runCli(['generate', '--seed', '5', '--chords', '| NC | F7 |']).status, 0);
  });

  test('a file name with a newline stays on one escaped line in the error', () => {
    const dir = mkdtempSync(join(tmpdir(), 'jazz-cli-names-'));
    try {
      const file = join(dir, 'bad\nname.abc');
      writeFileSync(file, '');
      assertRefused(runCli(['inspect', file]), 'bad\\nname.abc', /is empty/);
      // A file whose name starts with "-" is given after "--".
      const dashed = join(dir, '-dashed.abc');
      writeFileSync(dashed, '');
      assertRefused(runCli(['inspect', '--', dashed]), '-dashed.abc', /is empty/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('training progress without a terminal: one line per epoch', () => {
    const dir = mkdtempSync(join(tmpdir(), 'jazz-cli-progress-'));
    try {
      const run = runCli([
        'train',
        join(REPO_ROOT, 'corpus', 'blues.abc'),
        '--out',
        join(dir, 'm'),
        '--epochs',
        '3',
        '--units',
        '8',
      ]);
      assert.equal(run.status, 0, run.stderr);
      const epochLines = run.stderr.split('\n').filter((line) => /^epoch \d+\/3 /.test(line));
      assert.deepEqual(
        epochLines.map((line) => line.split(' ')[1]),
        ['1/3', '2/3', '3/3'],
      );
      assert.ok(!run.stderr.includes('\r'), 'no carriage returns when stderr is not a terminal');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

test('on a terminal, progress is one bar redrawn in place and cleared at the end', () => {
  let written = '';
  const bar = terminalProgressBar((text) => (written += text), 80);
  bar.update(1, 4, 'loss 2.000');
  bar.update(2, 4, 'loss 1.500');
  bar.clear();
  const frames = written.split('\r').filter(Boolean);
  assert.equal(frames.length, 3, 'two redraws and one clear, each from the line start');
  assert.match(frames[1], /^\[#+\.+\] epoch 2\/4 {2}loss 1\.500/);
  assert.ok(!written.includes('\n'), 'never a new line');
  assert.ok(frames.every((frame) => frame.length <= 80 + 3));
});
