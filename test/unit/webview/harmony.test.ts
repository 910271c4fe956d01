/**
 * Harmony colouring in the preview: the extension sends the engine's marked notes as ranges of the LF
 * text the page renders, and the page finds, among the elements abcjs parsed from that same text, the
 * note each mark belongs to. Both halves run here on hand-made ABC; the SVG side is abcjs' own.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import abcjs from 'abcjs';
import { analyseAbc, harmonyCounts, markedNotes } from '../../../src/core/analysis';
import { toRenderHarmony } from '../../../src/extension/preview/previewHarmony';
import { withLfLineEndings } from '../../../src/shared/text';
import { parseExtensionMessage, type HarmonyMark } from '../../../src/shared/messages';
import { assignMarks, type CharRange } from '../../../src/webview/harmony';

// Bb over a C triad and F over a G triad are neither chord tones, scale tones nor a semitone from a
// chord tone: outside. C#, Eb over C7 and A# over G lie a semitone from a chord tone: approach tones.
const BOOK_LINES = [
  'X:1',
  'T:One',
  'M:4/4',
  'L:1/8',
  'K:C',
  '"C7"C E G _B ^c d _e =e|"C"c2 _B2 G2 E2|"C"c8|]',
  '',
  'X:2',
  'T:Two',
  'M:3/4',
  'L:1/4',
  'K:G',
  '"G"G B d|"G"[GB] ^A =F|"G"G3|]',
  '',
];

function harmonyOf(lfText: string) {
  const analysis = analyseAbc(lfText, 'book.abc');
  return toRenderHarmony(markedNotes(analysis), harmonyCounts(analysis));
}

interface ParsedElement extends CharRange {
  tuneIndex: number;
}

/** The note elements abcjs parses from the text, with their ranges, as the page walks them after rendering. */
function abcjsNoteElements(lfText: string): ParsedElement[] {
  const tunes = abcjs.parseOnly(lfText);
  const elements: ParsedElement[] = [];
  tunes.forEach((tune, tuneIndex) => {
    for (const line of tune.lines ?? []) {
      for (const staff of line.staff ?? []) {
        for (const voice of staff.voices ?? []) {
          for (const element of voice as unknown as Array<{ el_type?: string; startChar: number; endChar: number }>) {
            if (element.el_type === 'note')
              elements.push({ tuneIndex, startChar: element.startChar, endChar: element.endChar });
          }
        }
      }
    }
  });
  return elements;
}

describe('the marks the extension sends', () => {
  for (const [name, eol] of [
    ['LF', '\n'],
    ['CRLF', '\r\n'],
  ] as const) {
    test(`each mark covers exactly a written note of the rendered text (${name} document)`, () => {
      const lfText = withLfLineEndings(BOOK_LINES.join(eol));
      const harmony = harmonyOf(lfText);
      assert.ok(harmony.marks.length > 0);
      for (const mark of harmony.marks) {
        assert.match(lfText.slice(mark.startChar, mark.endChar), /^[\^_=]?[A-Ga-g][,']*\d*$/, JSON.stringify(mark));
      }
      const outside = harmony.marks
        .filter((m) => m.kind === 'outside')
        .map((m) => lfText.slice(m.startChar, m.endChar));
      assert.deepEqual(outside, ['_B2', '=F']);
      const approach = harmony.marks
        .filter((m) => m.kind === 'approach')
        .map((m) => lfText.slice(m.startChar, m.endChar));
      assert.deepEqual(approach, ['^c', '_e', '^A']);
    });
  }

  test('each tune gets its count of outside notes among its notes, in the order abcjs numbers the tunes', () => {
    const harmony = harmonyOf(BOOK_LINES.join('\n'));
    assert.deepEqual(
      harmony.tunes.map(({ tuneIndex, notes, outside }) => ({ tuneIndex, notes, outside })),
      [
        { tuneIndex: 0, notes: 13, outside: 1 },
        { tuneIndex: 1, notes: 7, outside: 1 },
      ],
    );
  });

  test('the page accepts the harmony as the extension sends it', () => {
    const lfText = BOOK_LINES.join('\n');
    const harmony = harmonyOf(lfText);
    const message = { type: 'render', version: 1, documentUri: 'file:///book.abc', abc: lfText, harmony };
    assert.deepEqual(parseExtensionMessage(JSON.parse(JSON.stringify(message))), message);
  });
});

describe('finding the rendered note of each mark', () => {
  test('every mark of a two-tune book lands on one abcjs note element of the right tune, holding that note', () => {
    const lfText = BOOK_LINES.join('\n');
    const harmony = harmonyOf(lfText);
    const elements = abcjsNoteElements(lfText);
    const assigned = assignMarks(elements, harmony.marks);
    assert.equal(assigned.size, harmony.marks.length, 'one element per mark (no two marks on one note here)');
    const secondTuneStart = lfText.indexOf('X:2');
    for (const mark of harmony.marks) {
      const holder = [...assigned.keys()].find((e) => e.startChar <= mark.startChar && mark.startChar < e.endChar);
      assert.ok(holder, `no element holds ${lfText.slice(mark.startChar, mark.endChar)}`);
      assert.equal(assigned.get(holder), mark.kind);
      assert.equal(holder.tuneIndex, mark.startChar > secondTuneStart ? 1 : 0);
      assert.ok(lfText.slice(holder.startChar, holder.endChar).includes(lfText.slice(mark.startChar, mark.endChar)));
    }
  });

  test('a chord holding an outside and an approach note is shown as outside, whatever the order of the marks', () => {
    const chord = { startChar: 10, endChar: 18 };
    const marks: HarmonyMark[] = [
      { startChar: 11, endChar: 13, kind: 'approach' },
      { startChar: 13, endChar: 15, kind: 'outside' },
    ];
    assert.equal(assignMarks([chord], marks).get(chord), 'outside');
    assert.equal(assignMarks([chord], [...marks].reverse()).get(chord), 'outside');
  });

  test('a mark that falls between elements (the text changed under it) colours nothing', () => {
    const elements = [
      { startChar: 0, endChar: 3 },
      { startChar: 5, endChar: 8 },
    ];
    assert.equal(assignMarks(elements, [{ startChar: 3, endChar: 5, kind: 'outside' }]).size, 0);
    assert.equal(assignMarks(elements, [{ startChar: 40, endChar: 42, kind: 'outside' }]).size, 0);
    assert.equal(assignMarks([], [{ startChar: 0, endChar: 1, kind: 'approach' }]).size, 0);
  });
});
