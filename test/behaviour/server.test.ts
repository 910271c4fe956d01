/**
 * The ABC language server as an editor sees it: the built dist/server.js (and `jazz-solo lsp --stdio`) driven
 * over stdio by a JSON-RPC client. Diagnostics, hover, semantic tokens, quick fixes, completion, "continue this
 * solo" through workspace/executeCommand, malformed input, and a clean shutdown.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../unit/helpers/shared';
import { ensureBuilt } from '../unit/helpers/cli';
import {
  applyEdits,
  LspSession,
  offsetAt,
  positionAt,
  type Diagnostic,
  type Range,
  type TextEdit,
} from '../unit/helpers/lspSession';
import { abcDiagnostics, analyseAbc } from '../../src/core/analysis';
import { decodeHarmonyTokens } from '../../src/shared/abcLanguage';

const SERVER = join(REPO_ROOT, 'dist', 'server.js');
const CLI = join(REPO_ROOT, 'bin', 'jazz-solo.js');

const WRONG = [
  'X:1',
  'T:Wrong Bar',
  'M:4/4',
  'L:1/8',
  'K:C',
  '"C"CDEF GABc|"F"FAcA FAc|"Gq7"GBdf edcB|"C7"_E2 c6|]',
  '',
].join('\n');
const URI = 'file:///tmp/jazz-solo-test/wrong.abc';

function rangeText(text: string, range: Range): string {
  return text.slice(offsetAt(text, range.start), offsetAt(text, range.end));
}

function at(text: string, needle: string, delta = 0) {
  const offset = text.indexOf(needle);
  assert.ok(offset >= 0, `"${needle}" is in the text`);
  return positionAt(text, offset + delta);
}

interface CodeAction {
  title: string;
  kind?: string;
  edit?: { changes?: Record<string, TextEdit[]> };
  command?: { command: string; arguments?: unknown[] };
}

describe('the ABC language server over stdio', () => {
  let lsp: LspSession;

  before(async () => {
    ensureBuilt([SERVER]);
    lsp = LspSession.start(process.execPath, [SERVER, '--stdio'], REPO_ROOT);
    const init = await lsp.initialize();
    for (const capability of [
      'hoverProvider',
      'documentSymbolProvider',
      'foldingRangeProvider',
      'codeLensProvider',
      'codeActionProvider',
      'completionProvider',
      'semanticTokensProvider',
      'executeCommandProvider',
    ]) {
      assert.ok(init.capabilities[capability], `the server offers ${capability}`);
    }
    assert.deepEqual(init.capabilities.textDocumentSync, { openClose: true, change: 2 }, 'incremental sync');
  });

  after(() => lsp?.kill());

  test('a wrong bar and an unreadable chord symbol are published as diagnostics with codes', async () => {
    await lsp.open(URI, WRONG);
    const diagnostics = await lsp.diagnostics(URI, 1);
    const bar = diagnostics.find((d) => d.code === 'barLength');
    assert.ok(bar, JSON.stringify(diagnostics));
    assert.equal(rangeText(WRONG, bar.range), '"F"FAcA FAc');
    assert.match(bar.message, /Bar 2 is too short/);
    const chord = diagnostics.find((d) => d.code === 'chordSymbol');
    assert.ok(chord);
    assert.equal(rangeText(WRONG, chord.range), '"Gq7"');
  });

  test("hover names a note's function over its chord, and a chord symbol's notes", async () => {
    const note = await lsp.request<{ contents: { value: string }; range: Range } | null>('textDocument/hover', {
      textDocument: { uri: URI },
      position: at(WRONG, '_E2', 1),
    });
    assert.ok(note);
    assert.equal(rangeText(WRONG, note.range), '_E2');
    assert.match(note.contents.value, /E♭4/);
    assert.match(note.contents.value, /♯9, approach tone/);
    const chord = await lsp.request<{ contents: { value: string } } | null>('textDocument/hover', {
      textDocument: { uri: URI },
      position: at(WRONG, '"C7"', 2),
    });
    assert.match(chord?.contents.value ?? '', /C E G B♭/);
    const header = await lsp.request('textDocument/hover', {
      textDocument: { uri: URI },
      position: { line: 1, character: 2 },
    });
    assert.equal(header, null, 'nothing to say about a header line');
  });

  test('semantic tokens colour notes by their function and mark chord symbols', async () => {
    const result = await lsp.request<{ data: number[] }>('textDocument/semanticTokens/full', {
      textDocument: { uri: URI },
    });
    const tokens = decodeHarmonyTokens(result.data);
    const lines = WRONG.split('\n');
    const textOf = (t: { line: number; character: number; length: number }) =>
      lines[t.line].slice(t.character, t.character + t.length);
    const flat = tokens.find((t) => textOf(t) === '_E2');
    assert.equal(flat?.type, 'approachTone', 'E♭ over C7 is an approach tone');
    assert.deepEqual(flat?.modifiers, ['strongBeat'], 'it starts bar 4');
    assert.deepEqual(
      tokens.filter((t) => t.type === 'chordSymbol').map(textOf),
      ['"C"', '"F"', '"C7"'],
      'the unreadable "Gq7" is no chord',
    );
    const firstBar = tokens
      .filter((t) => t.line === 5 && t.character < 12 && t.type !== 'chordSymbol')
      .map((t) => `${textOf(t)}:${t.type}`);
    assert.deepEqual(firstBar, [
      'C:chordTone',
      'D:scaleTone',
      'E:chordTone',
      'F:scaleTone',
      'G:chordTone',
      'A:scaleTone',
      'B:scaleTone',
      'c:chordTone',
    ]);
    const ranged = await lsp.request<{ data: number[] }>('textDocument/semanticTokens/range', {
      textDocument: { uri: URI },
      range: { start: { line: 5, character: 0 }, end: { line: 5, character: 12 } },
    });
    assert.equal(
      decodeHarmonyTokens(ranged.data).length,
      firstBar.length + 1,
      'the range holds the first bar and its chord',
    );
  });

  test('outline, folding and code lenses per tune', async () => {
    const book = `${WRONG}\nX:2\nT:Second\nM:3/4\nL:1/8\nK:G\nP:A\n|:"G"G2 B2 d2:|\nP:B\n|:"D7"A2 c2 f2:|\n`;
    const uri = 'file:///tmp/jazz-solo-test/book.abc';
    await lsp.open(uri, book);
    const symbols = await lsp.request<Array<{ name: string; detail: string; children: Array<{ name: string }> }>>(
      'textDocument/documentSymbol',
      { textDocument: { uri } },
    );
    assert.deepEqual(
      symbols.map((s) => s.name),
      ['X:1 Wrong Bar', 'X:2 Second'],
    );
    assert.match(symbols[1].detail, /3\/4 · K:G · 2 bars/);
    assert.deepEqual(
      symbols[1].children.map((c) => c.name),
      ['Part A', 'Part B'],
    );
    const folds = await lsp.request<Array<{ startLine: number; endLine: number }>>('textDocument/foldingRange', {
      textDocument: { uri },
    });
    assert.ok(
      folds.some((f) => f.startLine === 0 && f.endLine === 5),
      JSON.stringify(folds),
    );
    assert.ok(
      folds.some((f) => f.startLine === 7 && f.endLine === 15),
      JSON.stringify(folds),
    );
    const lenses = await lsp.request<
      Array<{ range: Range; command: { title: string; command: string; arguments?: unknown[] } }>
    >('textDocument/codeLens', { textDocument: { uri } });
    const titles = lenses.filter((l) => l.range.start.line === 0).map((l) => l.command.title);
    assert.deepEqual(titles.slice(0, 3), ['Preview', 'Play', 'Continue']);
    assert.match(titles[3], /outside notes? of \d+/);
    const continueLens = lenses.find((l) => l.command.command === 'jazzSolo.continueSolo');
    assert.deepEqual(
      continueLens?.command.arguments?.[1],
      positionAt(book, book.indexOf('c6|]') + 2),
      'after the last note',
    );
    await lsp.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  });

  test('quick fixes complete the bar with a rest and respell the chord; after them the tune is clean', async () => {
    const uri = 'file:///tmp/jazz-solo-test/fix.abc';
    let text = WRONG;
    let version = 1;
    await lsp.open(uri, text, version);
    for (const code of ['barLength', 'chordSymbol']) {
      const diagnostic = (await lsp.diagnostics(uri, version)).find((d) => d.code === code);
      assert.ok(diagnostic, code);
      const actions = await lsp.request<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri },
        range: diagnostic.range,
        context: { diagnostics: [diagnostic], only: ['quickfix'] },
      });
      assert.ok(actions.length > 0, `a quick fix for ${code}`);
      assert.ok(actions.every((a) => a.kind === 'quickfix'));
      const edits = actions[0].edit?.changes?.[uri] ?? [];
      // Sent as the incremental change a client makes.
      version++;
      await lsp.change(
        uri,
        version,
        edits.map((edit) => ({ range: edit.range, text: edit.newText })),
      );
      text = applyEdits(text, edits);
    }
    assert.match(text, /"F"FAcA FAcz\|"G7"GBdf/);
    assert.deepEqual(await lsp.diagnostics(uri, version), []);
    assert.deepEqual(abcDiagnostics(analyseAbc(text, 'fix.abc')), [], 'the analysers agree on the fixed text');
  });

  test('CR LF line endings get a diagnostic whose fix converts them to LF', async () => {
    const uri = 'file:///tmp/jazz-solo-test/crlf.abc';
    const text = WRONG.replace('FAcA FAc|', 'FAcA FAcA|').replace('"Gq7"', '"G7"').replace(/\n/g, '\r\n');
    await lsp.open(uri, text);
    const diagnostics = await lsp.diagnostics(uri, 1);
    assert.deepEqual(
      diagnostics.map((d) => d.code),
      ['lineEndings'],
    );
    const actions = await lsp.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: diagnostics[0].range,
      context: { diagnostics },
    });
    const fixed = applyEdits(text, actions.find((a) => /LF/.test(a.title))?.edit?.changes?.[uri] ?? []);
    assert.equal(fixed, text.replace(/\r\n/g, '\n'));
  });

  test('completion: header fields on a header line, chord symbols inside quotes, the next bar at a bar line', async () => {
    const uri = 'file:///tmp/jazz-solo-test/complete.abc';
    const text = ['X:1', 'T:Complete', 'M', 'L:1/8', 'K:F', '"F7"FAcA "Bb7"dcBA|"F7"', ''].join('\n');
    await lsp.open(uri, text);
    type Item = { label: string; detail?: string; textEdit?: TextEdit };
    const header = await lsp.request<Item[]>('textDocument/completion', {
      textDocument: { uri },
      position: { line: 2, character: 1 },
    });
    assert.deepEqual(
      header.map((i) => i.label),
      ['M:4/4'],
    );
    const chords = await lsp.request<Item[]>('textDocument/completion', {
      textDocument: { uri },
      position: at(text, '|"F7"', 2),
    });
    const labels = chords.map((i) => i.label);
    assert.deepEqual(labels.slice(0, 2), ['F7', 'Bb7'], "the tune's own chords first");
    assert.ok(labels.includes('Gm7') && labels.includes('C7'), `the key's ii and V: ${labels.join(' ')}`);
    assert.match(chords[0].detail ?? '', /F A C E♭/);
    const barLine = at(text, '|"F7"', 1);
    const next = await lsp.request<Item[]>('textDocument/completion', { textDocument: { uri }, position: barLine });
    assert.equal(next.length, 1);
    assert.match(next[0].label, /Continue the solo/);
    const barsBefore = analyseAbc(text, 'c.abc').tunes[0].bars.length;
    const inserted = applyEdits(text, [next[0].textEdit!]);
    const tune = analyseAbc(inserted, 'c.abc').tunes[0];
    assert.equal(tune.bars.length, barsBefore + 1, `one whole bar was inserted: ${next[0].textEdit!.newText}`);
    assert.deepEqual(
      abcDiagnostics(analyseAbc(inserted, 'c.abc')).filter((d) => d.kind === 'barLength'),
      [],
    );
  });

  test('jazzSolo.continueSolo through workspace/executeCommand inserts whole bars with workspace/applyEdit', async () => {
    const uri = 'file:///tmp/jazz-solo-test/continue.abc';
    const text = ['X:1', 'T:Continue', 'M:4/4', 'L:1/8', 'K:C', '"Dm7"DFAc BAGF|"G7"EGBd fedB|"Cmaj7"c8|]', ''].join(
      '\n',
    );
    await lsp.open(uri, text);
    const place = at(text, 'fedB|', 5);
    const result = await lsp.request<{ ok: boolean; text: string; applied: boolean; bars: number; chords: string[] }>(
      'workspace/executeCommand',
      { command: 'jazzSolo.continueSolo', arguments: [uri, place, { bars: 2 }] },
    );
    assert.ok(result.ok, JSON.stringify(result));
    assert.equal(result.applied, true);
    assert.equal(result.bars, 2);
    const edit = lsp.appliedEdits.at(-1)?.changes?.[uri];
    assert.ok(edit);
    assert.equal(edit[0].newText, result.text);
    const extended = applyEdits(text, edit);
    assert.deepEqual(abcDiagnostics(analyseAbc(extended, 'c.abc')), [], extended);
    assert.equal(analyseAbc(extended, 'c.abc').tunes[0].bars.length, 5);
    const again = await lsp.request<{ text: string; applied: boolean }>('workspace/executeCommand', {
      command: 'jazzSolo.continueSolo',
      arguments: [uri, place, { bars: 2, apply: false }],
    });
    assert.equal(again.text, result.text, 'the same place gives the same proposal');
    assert.equal(again.applied, false);
    const midBar = await lsp.request<{ ok: boolean; reason?: string }>('workspace/executeCommand', {
      command: 'jazzSolo.continueSolo',
      arguments: [uri, at(text, 'BAGF'), { apply: false }],
    });
    assert.equal(midBar.ok, false);
    assert.match(midBar.reason ?? '', /inside a bar/);
  });

  test('a code action at a bar line offers the continuation as a command', async () => {
    const place = at(WRONG, '|"F"', 1);
    const actions = await lsp.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: URI },
      range: { start: place, end: place },
      context: { diagnostics: [] },
    });
    const action = actions.find((a) => a.command?.command === 'jazzSolo.continueSolo');
    assert.ok(action, JSON.stringify(actions));
    assert.deepEqual(action.command?.arguments, [URI, place]);
  });

  test('malformed requests and unknown methods get errors, and the server keeps answering', async () => {
    const expectError = async (method: string, params: unknown, code: number) => {
      await assert.rejects(lsp.request(method, params), (error: { code?: number }) => {
        assert.equal(error.code, code, `${method}: ${JSON.stringify(error)}`);
        return true;
      });
    };
    await expectError('textDocument/hover', {}, -32602);
    await expectError(
      'textDocument/hover',
      { textDocument: { uri: URI }, position: { line: -1, character: 'x' } },
      -32602,
    );
    await expectError('textDocument/codeAction', { textDocument: { uri: URI } }, -32602);
    await expectError('workspace/executeCommand', { command: 'jazzSolo.continueSolo', arguments: [] }, -32602);
    await expectError('workspace/executeCommand', { command: 'jazzSolo.noSuchCommand', arguments: [] }, -32600);
    await expectError('jazzSolo/noSuchMethod', {}, -32601);
    // A notification with nonsense, a frame that is not JSON, and a JSON value that is not a message.
    await lsp.connection.sendNotification('textDocument/didChange', { textDocument: { uri: 42 }, contentChanges: 'x' });
    lsp.writeRaw('Content-Length: 12\r\n\r\n{"broken": }');
    lsp.writeRaw('Content-Length: 2\r\n\r\n[]');
    const hover = await lsp.request<{ contents: { value: string } } | null>('textDocument/hover', {
      textDocument: { uri: URI },
      position: at(WRONG, '_E2', 1),
    });
    assert.match(hover?.contents.value ?? '', /E♭4/, 'still answering');
    assert.equal(
      await lsp.request('textDocument/hover', {
        textDocument: { uri: 'file:///not/open.abc' },
        position: { line: 0, character: 0 },
      }),
      null,
    );
  });

  test('an edit to one tune of a long tune book re-analyses that tune; the answers match a full analysis', async () => {
    const corpus = join(REPO_ROOT, 'corpus');
    const book = readdirSync(corpus)
      .filter((n) => n.endsWith('.abc'))
      .sort()
      .map((n) => readFileSync(join(corpus, n), 'utf8'))
      .join('\n\n');
    const uri = 'file:///tmp/jazz-solo-test/corpus.abc';
    await lsp.open(uri, book);
    assert.deepEqual(await lsp.diagnostics(uri, 1), []);
    // Break one bar of a tune in the middle of the book by deleting its last note, as an incremental change.
    const tuneStarts = [...book.matchAll(/^X:/gm)].map((m) => m.index);
    const middle = tuneStarts[Math.floor(tuneStarts.length / 2)];
    const music = book.indexOf('\n', book.indexOf('\nK:', middle) + 1) + 1;
    // The second bar: a short first bar would be a pickup.
    const lastNote = [...book.slice(music).matchAll(/\s([A-Ga-g^_=][^\s|]*)\s*\|/g)][1];
    assert.ok(lastNote, 'a second bar ending in a note');
    const from = music + lastNote.index;
    const to = from + 1 + lastNote[1].length;
    const edited = book.slice(0, from) + book.slice(to);
    await lsp.change(uri, 2, [{ range: { start: positionAt(book, from), end: positionAt(book, to) }, text: '' }]);
    const after = await lsp.diagnostics(uri, 2);
    const expected = abcDiagnostics(analyseAbc(edited, 'corpus.abc'));
    assert.ok(expected.length > 0, 'the deletion made a short bar');
    assert.deepEqual(
      after.map((d: Diagnostic) => [d.code, offsetAt(edited, d.range.start), offsetAt(edited, d.range.end)]),
      expected.map((d) => [d.kind, d.startChar, d.endChar]),
    );
  });

  test('shutdown and exit end the process with status 0; stdout held only protocol messages', async () => {
    const code = await lsp.stop();
    assert.equal(code, 0);
    const frames = lsp.stdoutFrames();
    assert.ok(frames.length > 10);
    assert.ok(frames.every((f) => (f as { jsonrpc?: string }).jsonrpc === '2.0'));
    assert.match(lsp.stderr, /listening/, 'the server logs to stderr');
  });
});

describe('jazz-solo lsp --stdio', () => {
  test('the CLI starts the same server, with the model given by --model', async () => {
    ensureBuilt([SERVER]);
    const lsp = LspSession.start(
      process.execPath,
      [CLI, 'lsp', '--stdio', '--model', join(REPO_ROOT, 'models', 'default')],
      REPO_ROOT,
    );
    try {
      await lsp.initialize();
      const uri = 'file:///tmp/jazz-solo-test/cli.abc';
      await lsp.open(uri, WRONG);
      const diagnostics = await lsp.diagnostics(uri, 1);
      assert.ok(diagnostics.some((d) => d.code === 'barLength'));
      const place = at(WRONG, '|"F"', 1);
      const continued = await lsp.request<{ ok: boolean }>('workspace/executeCommand', {
        command: 'jazzSolo.continueSolo',
        arguments: [uri, place, { bars: 1, apply: false }],
      });
      assert.ok(continued.ok);
      // The client names another model; a folder that is not one is reported in one line, not a crash.
      await lsp.connection.sendNotification('jazzSolo/setModel', { modelDir: join(REPO_ROOT, 'no-such-model') });
      await assert.rejects(
        lsp.request('workspace/executeCommand', {
          command: 'jazzSolo.continueSolo',
          arguments: [uri, place, { apply: false }],
        }),
        (error: { message: string }) => /no-such-model/.test(error.message),
      );
      assert.equal(await lsp.stop(), 0);
      lsp.stdoutFrames();
    } finally {
      lsp.kill();
    }
  });

  test('without --stdio, or with a missing model folder, it refuses in one line with status 2', () => {
    ensureBuilt([SERVER]);
    for (const args of [['lsp'], ['lsp', '--stdio', '--model', join(REPO_ROOT, 'no-such-model')]]) {
      const run = spawnSync(process.execPath, [CLI, ...args], { cwd: REPO_ROOT, encoding: 'utf8', input: '' });
      assert.equal(run.status, 2, run.stderr);
      assert.equal(run.stdout, '');
      assert.equal(run.stderr.trim().split('\n').length, 1, run.stderr);
    }
  });
});

describe('a client that shows the next bar itself', () => {
  test('gets no continuation item in the completion list, so the bar is not generated twice per keystroke', async () => {
    ensureBuilt([SERVER]);
    const lsp = LspSession.start(process.execPath, [SERVER, '--stdio'], REPO_ROOT);
    try {
      await lsp.initialize({ clientRunsCommands: true, clientShowsInlineContinuation: true });
      const uri = 'file:///tmp/jazz-solo-test/inline.abc';
      const text = ['X:1', 'T:Inline', 'M:4/4', 'L:1/8', 'K:F', '"F7"FAcA "Bb7"dcBA|"F7"', ''].join('\n');
      await lsp.open(uri, text);
      const items = await lsp.request<unknown[]>('textDocument/completion', {
        textDocument: { uri },
        position: at(text, '|"F7"', 1),
      });
      assert.deepEqual(items, []);
      // The command still answers, as the client's ghost text asks through it.
      const continued = await lsp.request<{ ok: boolean }>('workspace/executeCommand', {
        command: 'jazzSolo.continueSolo',
        arguments: [uri, at(text, '|"F7"', 1), { bars: 1, apply: false }],
      });
      assert.ok(continued.ok);
    } finally {
      lsp.kill();
    }
  });
});
