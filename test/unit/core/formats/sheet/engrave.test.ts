/**
 * The lead sheet on paper, without a browser: pages of A4 or US Letter holding at least 16 bars each, the
 * title, provenance and chord symbols as text, and a PDF every reader can open (objects where its cross
 * reference table says, one page object per page).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { generateSolo } from '../../../../../src/engine/generate';
import { engraveSheet, PAPER_SIZES } from '../../../../../src/core/formats/sheet/engrave';
import { writeSheetSvg } from '../../../../../src/core/formats/sheet/svg';
import { writeSheetPdf } from '../../../../../src/core/formats/sheet/pdf';
import { parseXml, children } from '../../../../../src/core/formats/musicxml/xml';

test('a long solo fills pages of at least 16 bars, on A4 and on US Letter', async () => {
  const { solo } = await generateSolo({ seed: 11, steps: 400 });
  assert.ok(solo.bars > 40, `${solo.bars} bars`);
  for (const paper of ['a4', 'letter'] as const) {
    const pages = engraveSheet(solo, { paper });
    assert.ok(pages.length >= 2 && pages.length <= Math.ceil(solo.bars / 16), `${paper}: ${pages.length} pages`);
    for (const page of pages) {
      assert.equal(page.width, PAPER_SIZES[paper].width);
      assert.equal(page.height, PAPER_SIZES[paper].height);
      for (const shape of page.shapes) {
        const points =
          shape.kind === 'path'
            ? shape.commands.flatMap(([, ...n]) => n.filter((_, i) => i % 2 === 1))
            : shape.kind === 'line'
              ? [shape.y1, shape.y2]
              : [shape.y];
        for (const y of points) assert.ok(y >= 0 && y <= page.height, `${paper}: drawn inside the page (y ${y})`);
      }
    }
  }
});

test('the SVG is one document of white pages with the title, the provenance and every chord symbol', async () => {
  const { solo } = await generateSolo({ seed: 12, steps: 120, meter: '3/4' });
  const svg = writeSheetSvg(engraveSheet(solo), solo.title);
  const root = parseXml(svg, 'sheet.svg');
  assert.equal(root.name, 'svg');
  const texts = children(root, 'g').flatMap((g) => children(g, 'text').map((t) => t.text));
  assert.ok(texts.includes('Jazz solo'));
  assert.ok(texts.some((t) => t.includes('seed 12')));
  for (const timed of solo.chords.filter((c) => c.start < solo.bars * 3))
    assert.ok(texts.includes(timed.chord.symbol), timed.chord.symbol);
});

test('the PDF: header, objects where the cross-reference table says, a page per page, text in Helvetica', async () => {
  const { solo } = await generateSolo({ seed: 13, steps: 300, chords: '| CΔ7 | Am7 | Dm7 | G7 |' });
  const pages = engraveSheet(solo, { paper: 'letter' });
  const pdf = Buffer.from(writeSheetPdf(pages, 'Blues (for "you")'));
  const text = pdf.toString('latin1');
  assert.ok(text.startsWith('%PDF-1.4\n'));
  assert.ok(text.endsWith('%%EOF\n'));
  const xref = Number(/startxref\n(\d+)\n/.exec(text)![1]);
  assert.ok(text.startsWith('xref\n', xref));
  const offsets = [...text.slice(xref).matchAll(/^(\d{10}) 00000 n $/gm)].map((m) => Number(m[1]));
  offsets.forEach((offset, index) => assert.ok(text.startsWith(`${index + 1} 0 obj\n`, offset), `object ${index + 1}`));
  assert.equal(Number(/\/Count (\d+)/.exec(text)![1]), pages.length);
  assert.equal((text.match(/\/Type \/Page /g) ?? []).length, pages.length);
  assert.match(text, /\/MediaBox \[0 0 612 792\]/);
  assert.match(text, /\/BaseFont \/Helvetica /);
  assert.match(text, /\(Jazz solo\) Tj/);
  // Δ has no place in the standard fonts' encoding: the symbol is spelt maj.
  assert.match(text, /\(Cmaj7\) Tj/);
  assert.match(text, /\/Title \(Blues \(for "you"\)\)|\/Title \(Blues \\\(for "you"\\\)\)/);
});
