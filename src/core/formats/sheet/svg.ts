/** The sheet's pages as one SVG document: the pages one under the other, white, in the light theme's ink. */
import { escapeXml } from '../musicxml/xml';
import { glyphKey, glyphsUsed, type Page, type PathCommand, type Shape } from './shapes';

/** Space between two pages in the SVG. */
const PAGE_GAP = 24;

const round = (n: number) => Math.round(n * 100) / 100;

export function pathData(commands: PathCommand[]): string {
  return commands.map(([op, ...n]) => op + n.map(round).join(' ')).join('');
}

function shapeSvg(shape: Shape, glyphIds: Map<string, string>): string {
  switch (shape.kind) {
    case 'glyph':
      return `<use xlink:href="#${glyphIds.get(glyphKey(shape))}" x="${round(shape.x)}" y="${round(shape.y)}"/>`;
    case 'path':
      return `<path d="${pathData(shape.commands)}"/>`;
    case 'line':
      return `<line x1="${round(shape.x1)}" y1="${round(shape.y1)}" x2="${round(shape.x2)}" y2="${round(shape.y2)}" stroke="#000" stroke-width="${shape.width}"/>`;
    case 'text':
      return (
        `<text x="${round(shape.x)}" y="${round(shape.y)}" font-size="${shape.size}" text-anchor="${shape.anchor}"` +
        `${shape.bold ? ' font-weight="bold"' : ''}>${escapeXml(shape.text)}</text>`
      );
  }
}

export function writeSheetSvg(pages: Page[], title: string): string {
  const width = Math.max(...pages.map((p) => p.width));
  const height = pages.reduce((sum, p) => sum + p.height, 0) + PAGE_GAP * (pages.length - 1);
  const lines = [
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${round(width)}pt" height="${round(height)}pt" viewBox="0 0 ${round(width)} ${round(height)}">`,
    `<title>${escapeXml(title)}</title>`,
  ];
  // Every glyph is defined once and placed with <use>: a page of notes repeats a few shapes many times.
  const glyphIds = new Map<string, string>();
  lines.push('<defs>');
  for (const [key, commands] of glyphsUsed(pages)) {
    glyphIds.set(key, `g${glyphIds.size}`);
    lines.push(`<path id="${glyphIds.get(key)}" d="${pathData(commands)}"/>`);
  }
  lines.push('</defs>');
  let top = 0;
  for (const page of pages) {
    lines.push(`<g transform="translate(0 ${round(top)})" font-family="Helvetica, Arial, sans-serif" fill="#000">`);
    lines.push(
      `<rect width="${round(page.width)}" height="${round(page.height)}" fill="#fff" stroke="#ccc" stroke-width="0.5"/>`,
    );
    for (const shape of page.shapes) lines.push(shapeSvg(shape, glyphIds));
    lines.push('</g>');
    top += page.height + PAGE_GAP;
  }
  lines.push('</svg>');
  return lines.join('\n') + '\n';
}
