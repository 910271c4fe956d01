/**
 * The sheet's pages as a PDF 1.4 file written here: vector outlines for every glyph, beam and tie, lines for
 * staves and stems, and text in the standard Helvetica fonts (every PDF reader has them, so nothing is
 * embedded and the text stays searchable: title, provenance and chord symbols).
 */
import { glyphKey, glyphsUsed, type Page, type PathCommand, type Shape } from './shapes';

/** Helvetica's advance widths (1/1000 em) for the printable ASCII characters, from its AFM. */
const HELVETICA_WIDTHS = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556,
  556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833,
  722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556,
  556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334,
  260, 334, 584,
];

/** Text as the fonts' WinAnsi encoding holds it: what it cannot hold is spelt in ASCII. */
function winAnsi(text: string): string {
  return text
    .replace(/Δ/g, 'maj')
    .replace(/♭/g, 'b')
    .replace(/♯/g, '#')
    .replace(/[^\u0020-\u007e\u00a0-\u00ff]/g, '?');
}

function textWidth(text: string, size: number, bold: boolean): number {
  let units = 0;
  for (const char of text) units += HELVETICA_WIDTHS[char.charCodeAt(0) - 32] ?? 556;
  return ((bold ? units * 1.06 : units) * size) / 1000;
}

const n = (value: number) => (Math.round(value * 100) / 100).toString();

function pathOps(commands: PathCommand[], height: number): string {
  return commands
    .map(([op, ...v]) => {
      const points: string[] = [];
      for (let i = 0; i < v.length; i += 2) points.push(`${n(v[i])} ${n(height - v[i + 1])}`);
      return op === 'M' ? `${points[0]} m` : op === 'L' ? `${points[0]} l` : op === 'C' ? `${points.join(' ')} c` : 'h';
    })
    .join('\n');
}

function shapeOps(shape: Shape, height: number, glyphNames: Map<string, string>): string {
  switch (shape.kind) {
    case 'glyph':
      return `q 1 0 0 1 ${n(shape.x)} ${n(height - shape.y)} cm /${glyphNames.get(glyphKey(shape))} Do Q`;
    case 'path':
      return `${pathOps(shape.commands, height)}\nf`;
    case 'line':
      return `${n(shape.width)} w ${n(shape.x1)} ${n(height - shape.y1)} m ${n(shape.x2)} ${n(height - shape.y2)} l S`;
    case 'text': {
      const text = winAnsi(shape.text);
      const width = textWidth(text, shape.size, shape.bold ?? false);
      const x = shape.anchor === 'middle' ? shape.x - width / 2 : shape.anchor === 'end' ? shape.x - width : shape.x;
      const escaped = Array.from(text, (c) =>
        c === '\\' || c === '(' || c === ')'
          ? `\\${c}`
          : c.charCodeAt(0) > 126
            ? `\\${c.charCodeAt(0).toString(8)}`
            : c,
      ).join('');
      return `BT /${shape.bold ? 'F2' : 'F1'} ${n(shape.size)} Tf ${n(x)} ${n(height - shape.y)} Td (${escaped}) Tj ET`;
    }
  }
}

export function writeSheetPdf(pages: Page[], title: string): Uint8Array {
  const objects: string[] = [];
  // Object numbers start at 1: the number of an object is the length of the list once it is in.
  const add = (body: string) => objects.push(body);
  const catalog = add('');
  const pageTree = add('');
  const regular = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  const bold = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>');
  // Each glyph is a form drawn once and placed by every note that uses it (y up, around its own origin).
  const glyphNames = new Map<string, string>();
  const glyphRefs: string[] = [];
  for (const [key, commands] of glyphsUsed(pages)) {
    const xs = commands.flatMap(([, ...v]) => v.filter((_, i) => i % 2 === 0));
    const ys = commands.flatMap(([, ...v]) => v.filter((_, i) => i % 2 === 1).map((y) => -y));
    const box = [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)].map((v) => n(v)).join(' ');
    const outline = `${pathOps(commands, 0)}\nf`;
    const id = add(
      `<< /Type /XObject /Subtype /Form /BBox [${box}] /Length ${Buffer.byteLength(outline, 'latin1')} >>\n` +
        `stream\n${outline}\nendstream`,
    );
    glyphNames.set(key, `G${glyphNames.size}`);
    glyphRefs.push(`/${glyphNames.get(key)} ${id} 0 R`);
  }
  const pageIds: number[] = [];
  for (const page of pages) {
    const content = ['0 g 0 G 1 J', ...page.shapes.map((shape) => shapeOps(shape, page.height, glyphNames))].join('\n');
    const stream = add(`<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`);
    pageIds.push(
      add(
        `<< /Type /Page /Parent ${pageTree} 0 R /MediaBox [0 0 ${n(page.width)} ${n(page.height)}] ` +
          `/Resources << /Font << /F1 ${regular} 0 R /F2 ${bold} 0 R >> /XObject << ${glyphRefs.join(' ')} >> >> ` +
          `/Contents ${stream} 0 R >>`,
      ),
    );
  }
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pageTree} 0 R >>`;
  objects[pageTree - 1] =
    `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pageIds.length} >>`;
  const titleText = Array.from(winAnsi(title), (c) => (c === '\\' || c === '(' || c === ')' ? `\\${c}` : c)).join('');
  const info = add(`<< /Title (${titleText}) /Producer (jazz-solo-lstm) >>`);

  let out = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  objects.forEach((body, index) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${index + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) out += `${String(offset).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R /Info ${info} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}
