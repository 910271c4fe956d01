/**
 * The PDF lead sheet read by Poppler, a reader no one here wrote: pdfinfo counts its pages (at least 16 bars
 * a page), pdftotext finds the title, the provenance and the chord names, and pdftoppm renders a page with
 * ink on it (staves, noteheads). Skipped in one line without poppler-utils (CI installs it).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateSolo } from '../../src/engine/generate';
import { soloToSheetPdf } from '../../src/engine/notationExport';

const hasPoppler = ['pdftotext', 'pdftoppm', 'pdfinfo'].every(
  (tool) => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0,
);

test(
  'Poppler reads the PDF sheet: its pages, its text, and a rendered page with staves and notes',
  { skip: hasPoppler ? false : 'pdftotext, pdftoppm or pdfinfo missing (apt-get install poppler-utils)' },
  async () => {
    const folder = mkdtempSync(join(tmpdir(), 'sheet-readers-'));
    try {
      for (const paper of ['a4', 'letter'] as const) {
        const { solo } = await generateSolo({ seed: 21, steps: 260, chords: '| Dm7 G7 | Cmaj7 | Bbm7 Eb7 | Abmaj7 |' });
        const file = join(folder, `${paper}.pdf`);
        writeFileSync(file, soloToSheetPdf(solo, { paper, part: 'tenor-sax' }));
        const info = spawnSync('pdfinfo', [file], { encoding: 'utf8' });
        assert.equal(info.status, 0, info.stderr);
        const pages = Number(/^Pages:\s+(\d+)/m.exec(info.stdout)![1]);
        assert.ok(pages >= 1 && pages <= Math.ceil(solo.bars / 16), `${paper}: ${pages} pages for ${solo.bars} bars`);
        assert.match(
          info.stdout,
          paper === 'a4' ? /Page size:\s+595\.28 x 841\.89 pts \(A4\)/ : /Page size:\s+612 x 792 pts \(letter\)/,
        );
        const text = spawnSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
        assert.equal(text.status, 0, text.stderr);
        assert.match(text.stdout, /Jazz solo/);
        assert.match(text.stdout, /seed 21/);
        assert.match(text.stdout, /Tenor sax in Bb/);
        // The tenor part reads a ninth up: Dm7 G7 | Cmaj7 are written Em7 A7 | Dmaj7.
        for (const chord of ['Em7', 'A7', 'Dmaj7', 'Cm7', 'F7', 'Bbmaj7'])
          assert.match(text.stdout, new RegExp(`\\b${chord}\\b`));
        const render = spawnSync('pdftoppm', ['-r', '60', '-gray', '-f', '1', '-l', '1', file, join(folder, paper)]);
        assert.equal(render.status, 0, String(render.stderr));
        const pgm = readFileSync(join(folder, `${paper}-1.pgm`));
        // A binary PGM: "P5\nW H\n255\n" then one byte a pixel.
        const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(pgm.subarray(0, 40).toString('latin1'))!;
        const pixels = pgm.subarray(header[0].length);
        const ink = pixels.filter((value) => value < 128).length / pixels.length;
        assert.ok(ink > 0.01 && ink < 0.3, `${paper}: ${(ink * 100).toFixed(1)}% of the page is ink`);
      }
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  },
);
