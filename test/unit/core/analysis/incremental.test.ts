/**
 * What the language server builds on, without the protocol: the tune-by-tune analysis of a tune book must say
 * exactly what a whole-text analysis says, and the quick fixes and parts must be what a musician expects.
 */
import { REPO_ROOT } from '../../helpers/shared';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  abcDiagnostics,
  abcOutline,
  analyseAbc,
  IncrementalAbcAnalyser,
  markedNotes,
  respellChordSymbol,
  restText,
} from '../../../../src/core/analysis';
import fc from 'fast-check';
import { parseChordSymbol } from '../../../../src/core/theory/chords';
import { missingShared, NOTTINGHAM_PARTS, sharedFile } from '../../helpers/shared';

const nottingham = sharedFile(...NOTTINGHAM_PARTS);

function comparable(text: string, file: string) {
  const full = analyseAbc(text, file);
  return {
    diagnostics: abcDiagnostics(full).map((d) => [d.kind, d.startChar, d.endChar, d.message]),
    marks: markedNotes(full).map((m) => [m.role, m.startChar, m.endChar]),
    outline: abcOutline(full).map((s) => [s.name, s.detail, s.startChar, s.endChar, s.startLine, s.endLine]),
  };
}

test(
  'tune by tune, a tune book gets the diagnostics, marks and outline of a whole-text analysis',
  { skip: nottingham ? false : missingShared(...NOTTINGHAM_PARTS) },
  () => {
    for (const name of readdirSync(nottingham!)
      .filter((n) => n.endsWith('.abc'))
      .sort()
      .slice(0, 2)) {
      const text = readFileSync(join(nottingham!, name), 'utf8');
      const book = new IncrementalAbcAnalyser().analyse(text, name);
      assert.deepEqual(
        {
          diagnostics: book.diagnostics().map((d) => [d.kind, d.startChar, d.endChar, d.message]),
          marks: book.markedNotes().map((m) => [m.role, m.startChar, m.endChar]),
          outline: book.outline().map((s) => [s.name, s.detail, s.startChar, s.endChar, s.startLine, s.endLine]),
        },
        comparable(text, name),
        name,
      );
    }
  },
);

test('after an edit only the edited tune is read again, and the answers still match', () => {
  const corpus = join(REPO_ROOT, 'corpus');
  const text = readdirSync(corpus)
    .filter((n) => n.endsWith('.abc'))
    .sort()
    .map((n) => readFileSync(join(corpus, n), 'utf8'))
    .join('\n\n');
  const analyser = new IncrementalAbcAnalyser();
  const first = analyser.analyse(text, 'book.abc');
  assert.equal(first.analysedTunes, first.tunes.length);
  const middle = first.tunes[Math.floor(first.tunes.length / 2)];
  const bar = text.indexOf('|', text.indexOf('\nK:', middle.info.startChar) + 4);
  const edited = `${text.slice(0, bar)} c${text.slice(bar)}`;
  const second = analyser.analyse(edited, 'book.abc');
  assert.equal(second.analysedTunes, 1, 'one tune read again');
  const expected = comparable(edited, 'book.abc');
  assert.deepEqual(
    second.diagnostics().map((d) => [d.kind, d.startChar, d.endChar, d.message]),
    expected.diagnostics,
  );
  assert.ok(expected.diagnostics.length > 0, 'the extra note made a long bar');
  assert.deepEqual(
    second.markedNotes().map((m) => [m.role, m.startChar, m.endChar]),
    expected.marks,
  );
});

test("a short bar is completed by a rest in the tune's unit length", () => {
  assert.equal(restText(0.5, { num: 1, den: 8 }), 'z');
  assert.equal(restText(1.5, { num: 1, den: 8 }), 'z3');
  assert.equal(restText(0.25, { num: 1, den: 8 }), 'z/2');
  assert.equal(restText(3, { num: 1, den: 4 }), 'z3');
  assert.equal(restText(1.5, { num: 1, den: 4 }), 'z3/2');
  const text = ['X:1', 'T:q', 'M:3/4', 'L:1/4', 'K:G', 'G A B|c2|d3|]', ''].join('\n');
  const [problem] = abcDiagnostics(analyseAbc(text, 'q.abc'));
  const fix = problem.fixes![0];
  const fixed = text.slice(0, fix.startChar) + fix.newText + text.slice(fix.endChar);
  assert.equal(fixed.split('\n')[5], 'G A B|c2z|d3|]');
  assert.deepEqual(abcDiagnostics(analyseAbc(fixed, 'q.abc')), []);
});

test('an unreadable chord symbol is respelled into readable ones, the likeliest first', () => {
  assert.deepEqual(respellChordSymbol('g7'), ['G7', 'G', 'Gm']);
  assert.equal(respellChordSymbol('Bbh7')[0], 'Bbm7b5');
  assert.equal(respellChordSymbol('Gq7')[0], 'G7');
  assert.equal(respellChordSymbol('Cmaj7/e')[0], 'Cmaj7/E');
  for (const symbol of ['Gq7', 'Fx', 'Ebmmaj', 'C##9']) {
    for (const spelling of respellChordSymbol(symbol))
      assert.ok(parseChordSymbol(spelling), `${symbol} → ${spelling} is readable`);
  }
  assert.deepEqual(respellChordSymbol('Hq'), [], 'no root, no proposal');
});

test("the outline names a tune's parts from its P: fields, else its repeated sections", () => {
  const parts = [
    'X:1',
    'T:Parts',
    'P:AABB',
    'M:4/4',
    'L:1/8',
    'K:D',
    'P:A',
    '|:"D"d2f2 a4:|',
    'P:B',
    '|:"G"g2b2 "A7"a4:|',
    '',
  ].join('\n');
  const [withParts] = abcOutline(analyseAbc(parts, 'p.abc'));
  assert.deepEqual(
    withParts.parts.map((p) => [p.name, p.detail]),
    [
      ['Part A', 'bar 1'],
      ['Part B', 'bar 2'],
    ],
  );
  const sections = [
    'X:2',
    'T:Sections',
    'M:6/8',
    'L:1/8',
    'K:G',
    '|:"G"GAB c2d|"D"d3 d3:|',
    '|:"C"e3 e3|"G"d3 d3:|',
    '',
  ].join('\n');
  const [withSections] = abcOutline(analyseAbc(sections, 's.abc'));
  assert.deepEqual(
    withSections.parts.map((p) => [p.name, p.detail]),
    [
      ['Section 1', 'bars 1–2'],
      ['Section 2', 'bars 3–4'],
    ],
  );
});

test('property: after any sequence of edits the tune-by-tune analysis equals a whole-text analysis', () => {
  const book = [
    '%%abc-2.1',
    '',
    'X:1',
    'T:One',
    'M:4/4',
    'L:1/8',
    'K:F',
    '"F7"FAcA "Bb7"dcBA|"F7"F2 z2 z4|]',
    '',
    'X:2',
    'T:Two',
    'M:3/4',
    'L:1/4',
    'K:Bb',
    '"Cm7"C E G|"F7"F A c|"Bb"B3|]',
    '',
    'X:3',
    'T:Three',
    'M:6/8',
    'L:1/8',
    'K:G',
    '|:"G"GAB "D7"A2F:|',
    '',
  ].join('\n');
  const edit = fc.record({
    at: fc.nat(),
    remove: fc.nat({ max: 4 }),
    insert: fc.constantFrom('', 'c', 'z2', '|', '"G7"', '\n', '\n\n', 'X:9\n'),
  });
  fc.assert(
    fc.property(fc.array(edit, { minLength: 1, maxLength: 6 }), (edits) => {
      const analyser = new IncrementalAbcAnalyser();
      let text = book;
      analyser.analyse(text, 'p.abc');
      for (const { at, remove, insert } of edits) {
        const from = at % (text.length + 1);
        text = text.slice(0, from) + insert + text.slice(from + remove);
        const incremental = analyser.analyse(text, 'p.abc');
        const expected = comparable(text, 'p.abc');
        assert.deepEqual(
          incremental.diagnostics().map((d) => [d.kind, d.startChar, d.endChar, d.message]),
          expected.diagnostics,
        );
        assert.deepEqual(
          incremental.markedNotes().map((m) => [m.role, m.startChar, m.endChar]),
          expected.marks,
        );
      }
    }),
    { numRuns: 60, seed: 13 },
  );
});
