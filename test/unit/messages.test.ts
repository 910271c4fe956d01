/**
 * The typed messages between the extension and the preview: what the webview sends is untrusted (the
 * page renders user ABC), so only well-formed messages may pass; and a clicked note's offsets, counted
 * in the LF text the page rendered, must land on the same characters of a CRLF document.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  parseExtensionMessage,
  parsePreviewSettings,
  parsePreviewState,
  parseWebviewMessage,
  swingToPercent,
} from '../../src/shared/messages';
import { lineStarts, normaliseLineEndings, positionOfLfOffset } from '../../src/extension/preview/sourceMapping';

describe('messages from the webview', () => {
  test('well-formed messages of every type are accepted as they are', () => {
    const valid = [
      { type: 'ready' },
      { type: 'selectSource', version: 3, startChar: 10, endChar: 14 },
      { type: 'rendered', version: 3, noteCount: 52, warningCount: 0 },
      { type: 'playbackState', state: 'playing' },
      { type: 'error', message: 'Playback failed: no sound' },
    ];
    for (const message of valid) assert.deepEqual(parseWebviewMessage(message), message);
  });

  test('fields that are not part of the message are dropped', () => {
    const parsed = parseWebviewMessage({ type: 'selectSource', version: 1, startChar: 0, endChar: 2, command: 'rm -rf' });
    assert.deepEqual(parsed, { type: 'selectSource', version: 1, startChar: 0, endChar: 2 });
  });

  test('malformed messages are refused', () => {
    const invalid: unknown[] = [
      null,
      undefined,
      'ready',
      42,
      [],
      ['ready'],
      {},
      { type: 'launchMissiles' },
      { type: 'selectSource', version: 1, startChar: '0', endChar: 2 },
      { type: 'selectSource', version: 1, startChar: -1, endChar: 2 },
      { type: 'selectSource', version: 1, startChar: 1.5, endChar: 2 },
      { type: 'selectSource', version: 1, startChar: 5, endChar: 2 },
      { type: 'selectSource', version: 1, startChar: Number.NaN, endChar: 2 },
      { type: 'selectSource', startChar: 0, endChar: 2 },
      { type: 'rendered', version: 1, noteCount: Infinity, warningCount: 0 },
      { type: 'playbackState', state: 'exploding' },
      { type: 'playbackState' },
      { type: 'error', message: { toString: 'x' } },
    ];
    for (const message of invalid) assert.equal(parseWebviewMessage(message), undefined, JSON.stringify(message) ?? String(message));
  });

  test('an error message is cut to a bounded length', () => {
    const parsed = parseWebviewMessage({ type: 'error', message: 'x'.repeat(100_000) });
    assert.ok(parsed && parsed.type === 'error');
    assert.ok(parsed.message.length <= 2000);
  });

  test('no value whatsoever makes the validator throw, and what passes is well typed', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything(),
          fc.record({
            type: fc.constantFrom('ready', 'selectSource', 'rendered', 'playbackState', 'error', 'other'),
            version: fc.anything(),
            startChar: fc.oneof(fc.integer(), fc.double(), fc.string()),
            endChar: fc.oneof(fc.integer(), fc.double(), fc.string()),
            state: fc.oneof(fc.string(), fc.constantFrom('playing', 'paused')),
            message: fc.anything(),
          }),
        ),
        (value) => {
          const parsed = parseWebviewMessage(value);
          if (parsed?.type === 'selectSource') {
            assert.ok(Number.isSafeInteger(parsed.startChar) && parsed.startChar >= 0);
            assert.ok(Number.isSafeInteger(parsed.endChar) && parsed.endChar >= parsed.startChar);
          }
          if (parsed?.type === 'error') assert.equal(typeof parsed.message, 'string');
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('messages to the webview', () => {
  test('render, showReport and playback messages pass the page check', () => {
    const valid = [
      { type: 'render', version: 1, documentUri: 'file:///a.abc', abc: 'X:1\nK:C\nC' },
      { type: 'showReport', html: '<svg></svg>' },
      { type: 'playback', command: 'stop' },
    ];
    for (const message of valid) assert.deepEqual(parseExtensionMessage(message), message);
    assert.equal(parseExtensionMessage({ type: 'render', version: -1, documentUri: '', abc: '' }), undefined);
    assert.equal(parseExtensionMessage({ type: 'showReport', html: 3 }), undefined);
    assert.equal(parseExtensionMessage({ type: 'playback', command: 'rewind' }), undefined);
  });
});

describe('persisted state and settings', () => {
  test('state without a document is not restored; good state is', () => {
    assert.equal(parsePreviewState(undefined), undefined);
    assert.equal(parsePreviewState({ tempo: 120 }), undefined);
    assert.equal(parsePreviewState({ documentUri: '' }), undefined);
    assert.deepEqual(parsePreviewState({ documentUri: 'untitled:Untitled-1', tempo: 90, chordsOn: false, junk: 1 }), {
      documentUri: 'untitled:Untitled-1',
      tempo: 90,
      chordsOn: false,
    });
  });

  test('settings fall back to defaults and stay in range', () => {
    assert.deepEqual(parsePreviewSettings('garbage'), { soundFontUrl: '', defaultTempo: 120, swingPercent: 50, chordsOn: true });
    const clamped = parsePreviewSettings({ soundFontUrl: 'x/', defaultTempo: 9999, swingPercent: 10, chordsOn: false });
    assert.equal(clamped.defaultTempo, 400);
    assert.equal(clamped.swingPercent, 50);
    assert.equal(clamped.chordsOn, false);
  });

  test('swing as a ratio (engine) or a percentage (abcjs) gives the same abcjs percentage', () => {
    assert.equal(swingToPercent(undefined), 50);
    assert.equal(swingToPercent(0.5), 50);
    assert.equal(swingToPercent(2 / 3), 67);
    assert.equal(swingToPercent(66), 66);
    assert.equal(swingToPercent(0.9), 75);
    assert.equal(swingToPercent(Number.NaN), 50);
  });
});

describe('a clicked note selects the same characters in the document', () => {
  /** The document offset of a (line, character) position, as VS Code's document.offsetAt would give. */
  function documentOffset(documentText: string, line: number, character: number): number {
    let offset = 0;
    for (let i = 0; i < line; i++) {
      const next = documentText.indexOf('\n', offset);
      offset = next + 1;
    }
    return offset + character;
  }

  const tuneLines = ['X:1', 'T:Blue Seven', 'M:4/4', 'L:1/8', 'K:Bb', '"Bb7"B2 d2 f2 _a2|"Eb7"g2 e2 =e2 c2|]', ''];

  for (const [name, eol] of [
    ['LF', '\n'],
    ['CRLF', '\r\n'],
  ] as const) {
    test(`every offset of the rendered text maps onto the same character of a ${name} document`, () => {
      const documentText = tuneLines.join(eol);
      const lfText = normaliseLineEndings(documentText);
      assert.equal(lfText, tuneLines.join('\n'));
      const starts = lineStarts(lfText);
      for (let offset = 0; offset < lfText.length; offset++) {
        const position = positionOfLfOffset(starts, lfText.length, offset);
        const inDocument = documentOffset(documentText, position.line, position.character);
        const expected = lfText[offset] === '\n' ? eol[0] : lfText[offset];
        assert.equal(documentText[inDocument], expected, `offset ${offset}`);
      }
    });
  }

  test('the range of a note in the second bar of a CRLF file selects exactly that note', () => {
    const documentText = tuneLines.join('\r\n');
    const lfText = normaliseLineEndings(documentText);
    const startChar = lfText.indexOf('=e2');
    const starts = lineStarts(lfText);
    const start = positionOfLfOffset(starts, lfText.length, startChar);
    const end = positionOfLfOffset(starts, lfText.length, startChar + 3);
    const from = documentOffset(documentText, start.line, start.character);
    const to = documentOffset(documentText, end.line, end.character);
    assert.equal(documentText.slice(from, to), '=e2');
  });

  test('offsets beyond the text are clamped instead of throwing', () => {
    const lfText = 'X:1\nK:C\nCDEF';
    const starts = lineStarts(lfText);
    assert.deepEqual(positionOfLfOffset(starts, lfText.length, 10_000), { line: 2, character: 4 });
    assert.deepEqual(positionOfLfOffset(starts, lfText.length, -5), { line: 0, character: 0 });
  });
});
