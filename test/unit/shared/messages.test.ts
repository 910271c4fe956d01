/**
 * The typed messages between the extension and the preview: what the webview sends is untrusted (the
 * page renders user ABC), so only well-formed messages may pass; and a clicked note's offsets, counted
 * in the LF text the page rendered, must land on the same characters of a CRLF document.
 */
import {
  DEFAULT_VOLUMES,
  defaultBandSettings,
  initialMixer,
  parsePreviewState,
  parsePreviewSettings,
} from '../../../src/shared/previewSettings';
import { seededRuns } from '../helpers/property';
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  parseBandData,
  MAX_WAV_BASE64_LENGTH,
  MAX_WAV_BYTES,
  parseExtensionMessage,
  parseRenderHarmony,
  parseWebviewMessage,
} from '../../../src/shared/messages';
import { DEFAULTS } from '../../../src/shared/defaults';
import { swingToPercent } from '../../../src/shared/swing';
import { readWavHeader } from '../../../src/shared/wavHeader';
import { lineStarts, positionOfLfOffset } from '../../../src/extension/preview/sourceMapping';
import { withLfLineEndings } from '../../../src/shared/text';
import { bytesToBase64, distinctChannels, encodeWav } from '../../../src/webview/wav';

describe('messages from the webview', () => {
  test('well-formed messages of every type are accepted as they are', () => {
    const valid = [
      { type: 'ready' },
      { type: 'selectSource', version: 3, startChar: 10, endChar: 14 },
      { type: 'rendered', version: 3, noteCount: 52, warningCount: 0 },
      { type: 'playbackState', state: 'playing' },
      { type: 'error', message: 'Playback failed: no sound' },
      { type: 'wav', requestId: 2, wavBase64: 'UklGRg==' },
      { type: 'wavFailed', requestId: 2, message: 'There is no tune to export.' },
    ];
    for (const message of valid) assert.deepEqual(parseWebviewMessage(message), message);
  });

  test('fields that are not part of the message are dropped', () => {
    const parsed = parseWebviewMessage({
      type: 'selectSource',
      version: 1,
      startChar: 0,
      endChar: 2,
      command: 'rm -rf',
    });
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
      { type: 'wav', requestId: 1 },
      { type: 'wav', wavBase64: 'UklGRg==' },
      { type: 'wav', requestId: -1, wavBase64: 'UklGRg==' },
      { type: 'wav', requestId: 1, wavBase64: '' },
      { type: 'wav', requestId: 1, wavBase64: 'UklGR' },
      { type: 'wav', requestId: 1, wavBase64: 'Ukl<script>=' },
      { type: 'wav', requestId: 1, wavBase64: [82, 73, 70, 70] },
      { type: 'wavFailed', requestId: 1 },
      { type: 'wavFailed', requestId: 'x', message: 'no' },
    ];
    for (const message of invalid)
      assert.equal(parseWebviewMessage(message), undefined, JSON.stringify(message) ?? String(message));
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
            type: fc.constantFrom(
              'ready',
              'selectSource',
              'rendered',
              'playbackState',
              'error',
              'wav',
              'wavFailed',
              'other',
            ),
            version: fc.anything(),
            requestId: fc.oneof(fc.integer(), fc.double(), fc.string()),
            wavBase64: fc.oneof(fc.base64String(), fc.string(), fc.anything()),
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
          if (parsed?.type === 'wav') {
            assert.ok(Number.isSafeInteger(parsed.requestId) && parsed.requestId >= 0);
            assert.match(
              parsed.wavBase64,
              /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/,
              'only base64 passes',
            );
          }
        },
      ),
      seededRuns(2000),
    );
  });
});

const BAND = {
  meter: { numerator: 4, denominator: 4 },
  countInTicks: 48,
  totalTicks: 144,
  notes: [
    { part: 'drums', pitch: 42, startTick: 0, durationTicks: 6, velocity: 80 },
    { part: 'bass', pitch: 41, startTick: 48, durationTicks: 12, velocity: 100 },
    { part: 'comping', pitch: 57, startTick: 48, durationTicks: 24, velocity: 70 },
  ],
};

describe('the band the extension sends', () => {
  test("an arrangement passes whole; fields beyond a note's five are dropped", () => {
    const withExtra = { ...BAND, notes: BAND.notes.map((note) => ({ ...note, channel: 9 })) };
    assert.deepEqual(parseBandData(withExtra), BAND);
  });

  test('a malformed arrangement never reaches the player: the page hears why there is no band', () => {
    const broken: unknown[] = [
      { ...BAND, meter: { numerator: 4, denominator: 3 } },
      { ...BAND, countInTicks: 200 },
      { ...BAND, notes: [{ ...BAND.notes[0], part: 'tuba' }] },
      { ...BAND, notes: [{ ...BAND.notes[0], pitch: 128 }] },
      { ...BAND, notes: [{ ...BAND.notes[0], velocity: 0 }] },
      { ...BAND, notes: [{ ...BAND.notes[0], durationTicks: 0 }] },
      { ...BAND, notes: [{ ...BAND.notes[0], startTick: -1 }] },
      { ...BAND, notes: 'many' },
    ];
    for (const band of broken) {
      assert.equal(parseBandData(band), undefined, JSON.stringify(band).slice(0, 120));
      const message = parseExtensionMessage({ type: 'band', version: 1, tuneIndex: 0, band });
      assert.ok(
        message?.type === 'band' && message.band === undefined && message.error,
        'the message says the band is unusable',
      );
    }
  });

  test('the page asks for a band with a render version and a tune number', () => {
    assert.deepEqual(parseWebviewMessage({ type: 'requestBand', version: 3, tuneIndex: 1 }), {
      type: 'requestBand',
      version: 3,
      tuneIndex: 1,
    });
    assert.equal(parseWebviewMessage({ type: 'requestBand', version: 3, tuneIndex: -1 }), undefined);
    assert.equal(parseWebviewMessage({ type: 'requestBand', version: '3', tuneIndex: 0 }), undefined);
  });
});

describe('messages to the webview', () => {
  test('render, showReport, playback and exportWav messages pass the page check', () => {
    const valid = [
      { type: 'render', version: 1, documentUri: 'file:///a.abc', abc: 'X:1\nK:C\nC' },
      { type: 'showReport', html: '<svg></svg>' },
      { type: 'playback', command: 'stop' },
      { type: 'exportWav', requestId: 1 },
      { type: 'exportWav', requestId: 2, tuneIndex: 3 },
      { type: 'band', version: 2, tuneIndex: 0, band: BAND },
      { type: 'band', version: 2, tuneIndex: 1, error: 'There is no tune number 2.' },
    ];
    for (const message of valid) assert.deepEqual(parseExtensionMessage(message), message);
    assert.equal(parseExtensionMessage({ type: 'render', version: -1, documentUri: '', abc: '' }), undefined);
    assert.equal(parseExtensionMessage({ type: 'showReport', html: 3 }), undefined);
    assert.equal(parseExtensionMessage({ type: 'playback', command: 'rewind' }), undefined);
    assert.equal(parseExtensionMessage({ type: 'exportWav' }), undefined);
    assert.equal(parseExtensionMessage({ type: 'exportWav', requestId: 1, tuneIndex: -1 }), undefined);
    assert.equal(parseExtensionMessage({ type: 'exportWav', requestId: 1, tuneIndex: '0' }), undefined);
  });

  const abc = 'X:1\nK:C\n"C"C _B c2|]';
  const harmony = {
    marks: [{ startChar: abc.indexOf('_B'), endChar: abc.indexOf('_B') + 2, kind: 'outside' }],
    tunes: [{ tuneIndex: 0, notes: 3, outside: 1, approach: 0 }],
  };

  test('a render carries its harmony colouring when every mark lies in the rendered text', () => {
    const message = { type: 'render', version: 4, documentUri: 'file:///a.abc', abc, harmony };
    assert.deepEqual(parseExtensionMessage(message), message);
  });

  test('malformed colouring is dropped but the music still renders', () => {
    const broken: unknown[] = [
      'red',
      { marks: 'all', tunes: [] },
      { marks: [], tunes: {} },
      { marks: [{ ...harmony.marks[0], kind: 'purple' }], tunes: [] },
      { marks: [{ ...harmony.marks[0], endChar: abc.length + 1 }], tunes: [] },
      { marks: [{ ...harmony.marks[0], endChar: harmony.marks[0].startChar }], tunes: [] },
      { marks: [{ startChar: -1, endChar: 2, kind: 'outside' }], tunes: [] },
      { marks: [null], tunes: [] },
      { marks: [], tunes: [{ tuneIndex: 0, notes: 1, outside: 2, approach: 0 }] },
      { marks: [], tunes: [{ tuneIndex: 0.5, notes: 3, outside: 1, approach: 0 }] },
    ];
    for (const value of broken) {
      const parsed = parseExtensionMessage({
        type: 'render',
        version: 4,
        documentUri: 'file:///a.abc',
        abc,
        harmony: value,
      });
      assert.deepEqual(
        parsed,
        { type: 'render', version: 4, documentUri: 'file:///a.abc', abc },
        JSON.stringify(value),
      );
    }
  });

  test('fields of a mark beyond its three are not passed on', () => {
    const parsed = parseRenderHarmony({ marks: [{ ...harmony.marks[0], onclick: 'x' }], tunes: [] }, abc.length);
    assert.deepEqual(parsed?.marks, harmony.marks);
  });
});

describe('the WAV file the page sends', () => {
  /** A 440 Hz tone, as a buffer of Web Audio samples in [-1, 1]. */
  function tone(seconds: number, sampleRate: number, amplitude = 0.5): Float32Array {
    const samples = new Float32Array(Math.round(seconds * sampleRate));
    for (let i = 0; i < samples.length; i++) samples[i] = amplitude * Math.sin((2 * Math.PI * 440 * i) / sampleRate);
    return samples;
  }

  test('a mono and a stereo encoding read back with their rate, channels and duration', () => {
    const cases = [
      { sampleRate: 44100, channels: [tone(1.5, 44100)] },
      { sampleRate: 22050, channels: [tone(0.25, 22050), tone(0.25, 22050, 0.2)] },
    ];
    for (const { sampleRate, channels } of cases) {
      const bytes = encodeWav(channels, sampleRate);
      const info = readWavHeader(bytes);
      assert.ok(info, 'the header is read');
      assert.equal(info.channels, channels.length);
      assert.equal(info.sampleRate, sampleRate);
      assert.equal(info.bitsPerSample, 16);
      assert.equal(info.durationSeconds, channels[0].length / sampleRate);
    }
  });

  test('samples are interleaved, scaled to 16 bits and clipped instead of wrapping', () => {
    const left = Float32Array.from([0, 0.5, -0.5, 1, -1, 3, -3]);
    const right = Float32Array.from([0.25, 0, 0, 0, 0, 0, 0]);
    const bytes = encodeWav([left, right], 8000);
    const view = new DataView(bytes.buffer, 44);
    const read = (frame: number, channel: number): number => view.getInt16((frame * 2 + channel) * 2, true);
    assert.equal(read(0, 1), Math.round(0.25 * 32767));
    assert.equal(read(1, 0), Math.round(0.5 * 32767));
    assert.equal(read(2, 0), -16384);
    assert.equal(read(3, 0), 32767);
    assert.equal(read(4, 0), -32768);
    assert.equal(read(5, 0), 32767, 'a sum past full scale clips');
    assert.equal(read(6, 0), -32768);
  });

  test('identical channels are written once; different ones are kept', () => {
    const a = tone(0.1, 8000);
    assert.equal(distinctChannels([a, Float32Array.from(a)]).length, 1);
    const b = Float32Array.from(a);
    b[b.length - 1] += 0.01;
    assert.equal(distinctChannels([a, b]).length, 2);
  });

  test('headers that lie about the file are refused', () => {
    const good = encodeWav([tone(0.1, 8000)], 8000);
    const corrupt = (offset: number, value: number, bits: 16 | 32): Uint8Array => {
      const copy = Uint8Array.from(good);
      const view = new DataView(copy.buffer);
      if (bits === 16) view.setUint16(offset, value, true);
      else view.setUint32(offset, value, true);
      return copy;
    };
    assert.ok(readWavHeader(good));
    assert.equal(readWavHeader(good.subarray(0, 40)), undefined, 'shorter than a header');
    assert.equal(readWavHeader(good.subarray(0, good.length - 2)), undefined, 'truncated data');
    assert.equal(readWavHeader(corrupt(0, 0x46464952 + 1, 32)), undefined, 'not RIFF');
    assert.equal(readWavHeader(corrupt(20, 3, 16)), undefined, 'float samples');
    assert.equal(readWavHeader(corrupt(34, 8, 16)), undefined, '8-bit');
    assert.equal(readWavHeader(corrupt(24, 1000, 32)), undefined, 'an absurd sample rate');
    assert.equal(readWavHeader(corrupt(40, 10, 32)), undefined, 'a data size that is not the file');
    assert.equal(readWavHeader(new TextEncoder().encode('<html>'.repeat(20))), undefined);
  });

  test('base64 of the page matches Node, and a real WAV passes the message check and decodes to the same bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 20_000 }), (bytes) => {
        assert.equal(bytesToBase64(bytes), Buffer.from(bytes).toString('base64'));
      }),
      seededRuns(300),
    );
    const wav = encodeWav([tone(0.5, 44100)], 44100);
    const parsed = parseWebviewMessage({ type: 'wav', requestId: 9, wavBase64: bytesToBase64(wav) });
    assert.ok(parsed?.type === 'wav');
    assert.deepEqual(new Uint8Array(Buffer.from(parsed.wavBase64, 'base64')), wav);
  });

  test('a WAV above the size limit is refused before it is decoded', () => {
    assert.ok(MAX_WAV_BASE64_LENGTH >= (MAX_WAV_BYTES / 3) * 4);
    const tooLong = 'A'.repeat(MAX_WAV_BASE64_LENGTH + 4);
    assert.equal(parseWebviewMessage({ type: 'wav', requestId: 1, wavBase64: tooLong }), undefined);
  });
});

describe('persisted state and settings', () => {
  test('state without a document is not restored; good state is', () => {
    assert.equal(parsePreviewState(undefined), undefined);
    assert.equal(parsePreviewState({ tempo: 120 }), undefined);
    assert.equal(parsePreviewState({ documentUri: '' }), undefined);
    assert.deepEqual(parsePreviewState({ documentUri: 'untitled:Untitled-1', tempo: 90, junk: 1 }), {
      documentUri: 'untitled:Untitled-1',
      tempo: 90,
    });
  });

  test('settings fall back to defaults and stay in range', () => {
    // The page falls back to the same defaults as the settings and the engine.
    const fallback = { soundFontUrl: '', defaultTempo: DEFAULTS.tempo, swingPercent: 60, band: defaultBandSettings() };
    assert.deepEqual(parsePreviewSettings('garbage'), fallback);
    const band = { parts: { bass: false, comping: 'yes', drums: true }, leadInstrument: 'kazoo', countIn: false };
    const clamped = parsePreviewSettings({ soundFontUrl: 'x/', defaultTempo: 9999, swingPercent: 10, band });
    assert.equal(clamped.defaultTempo, 400);
    assert.equal(clamped.swingPercent, 50);
    assert.deepEqual(clamped.band, {
      parts: { bass: false, comping: true, drums: true },
      leadInstrument: 'tenor-sax',
      countIn: false,
    });
  });

  test('a saved mixer comes back with every field checked and volumes in range', () => {
    const mixer = {
      on: { lead: true, bass: false, comping: true, drums: 'no' },
      volume: { lead: 250, bass: 40, comping: -3, drums: 'loud' },
      leadInstrument: 'trumpet',
      countIn: false,
      loop: true,
      loopFrom: 3,
      loopTo: 0,
    };
    const state = parsePreviewState({ documentUri: 'file:///a.abc', mixer });
    assert.deepEqual(state?.mixer, {
      on: { lead: true, bass: false, comping: true, drums: true },
      volume: { lead: 100, bass: 40, comping: 0, drums: DEFAULT_VOLUMES.drums },
      leadInstrument: 'trumpet',
      countIn: false,
      loop: true,
      loopFrom: 3,
    });
  });

  test('the mixer starts from the band settings, keeps what the user set, and follows a changed setting', () => {
    const settings = defaultBandSettings();
    const fresh = initialMixer(settings, undefined);
    assert.deepEqual(fresh.on, { lead: true, bass: true, comping: true, drums: true });
    assert.equal(fresh.leadInstrument, 'tenor-sax');
    const userMixer = { ...fresh, on: { ...fresh.on, drums: false }, volume: { ...fresh.volume, bass: 20 } };
    const saved = { documentUri: 'file:///a.abc', mixer: userMixer, bandSettings: settings };
    assert.deepEqual(initialMixer(settings, saved), userMixer, 'unchanged settings: the saved mixer');
    const changed = {
      parts: { bass: true, comping: false, drums: true },
      leadInstrument: 'guitar' as const,
      countIn: false,
    };
    const after = initialMixer(changed, saved);
    assert.deepEqual(after.on, { lead: true, bass: true, comping: false, drums: true });
    assert.equal(after.leadInstrument, 'guitar');
    assert.equal(after.countIn, false);
    assert.equal(after.volume.bass, 20, 'volumes the user set stay');
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
      const lfText = withLfLineEndings(documentText);
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
    const lfText = withLfLineEndings(documentText);
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

describe('the part and the practice loop', () => {
  test('the page says which part it shows; anything but a known part is dropped', () => {
    assert.deepEqual(parseWebviewMessage({ type: 'partChanged', part: 'tenor-sax' }), {
      type: 'partChanged',
      part: 'tenor-sax',
    });
    assert.equal(parseWebviewMessage({ type: 'partChanged', part: 'kazoo' }), undefined);
    assert.equal(parseWebviewMessage({ type: 'partChanged' }), undefined);
  });

  test('play may name the bars to play once; malformed bars play the whole tune', () => {
    assert.deepEqual(parseExtensionMessage({ type: 'playback', command: 'play', bars: { from: 1, to: 8 } }), {
      type: 'playback',
      command: 'play',
      bars: { from: 1, to: 8 },
    });
    for (const bars of [{ from: 0, to: 8 }, { from: 5, to: 2 }, { from: '1', to: 8 }, 'all']) {
      assert.deepEqual(parseExtensionMessage({ type: 'playback', command: 'play', bars }), {
        type: 'playback',
        command: 'play',
      });
    }
  });

  test('the part and the practice settings reach the page, kept in range; a saved part comes back', () => {
    const settings = parsePreviewSettings({
      part: 'alto-sax',
      practice: { tempoStep: 500, targetTempo: 10, click: true },
    });
    assert.equal(settings.part, 'alto-sax');
    assert.deepEqual(settings.practice, { tempoStep: 40, targetTempo: 30, click: true, countInEachPass: false });
    assert.equal(parsePreviewSettings({ part: 'oboe' }).part, 'concert');
    const state = parsePreviewState({ documentUri: 'file:///a.abc', part: 'trombone', practice: { tempoStep: 4 } });
    assert.equal(state?.part, 'trombone');
    assert.equal(state?.practice?.tempoStep, 4);
  });
});
