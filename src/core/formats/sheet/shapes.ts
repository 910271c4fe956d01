/**
 * What a page of the sheet is drawn with, in points from the page's top-left corner: filled outlines (glyphs,
 * beams, ties), lines (staff lines, stems, bar lines) and text. The SVG and the PDF writers both draw these,
 * so the two files show the same page.
 */
import Glyphs from 'abcjs/src/write/creation/glyphs.js';

/** An absolute outline: move, line, cubic curve, close. */
export type PathCommand =
  ['M', number, number] | ['L', number, number] | ['C', number, number, number, number, number, number] | ['Z'];

export type Shape =
  | { kind: 'path'; commands: PathCommand[] }
  /** One of abcjs' glyphs at (x, y), drawn at a staff space of `space`: written once per file, placed many times. */
  | { kind: 'glyph'; name: string; x: number; y: number; space: number }
  | { kind: 'line'; x1: number; y1: number; x2: number; y2: number; width: number }
  | {
      kind: 'text';
      x: number;
      y: number;
      text: string;
      size: number;
      anchor: 'start' | 'middle' | 'end';
      bold?: boolean;
    };

export interface Page {
  width: number;
  height: number;
  shapes: Shape[];
}

/** abcjs draws its glyphs with a staff space of 7.75 units. */
const GLYPH_STAFF_SPACE = 7.75;

/** The outline of one of abcjs' glyphs (its paths are relative after the first move), scaled to `space`. */
export function glyph(name: string, x: number, y: number, space: number): PathCommand[] {
  const scale = space / GLYPH_STAFF_SPACE;
  const relative = Glyphs.getPathForSymbol(0, 0, name, scale, scale);
  if (!relative) throw new Error(`no glyph ${name}`);
  const commands: PathCommand[] = [];
  let cx = x;
  let cy = y;
  let startX = x;
  let startY = y;
  for (const [op, ...n] of relative) {
    switch (op) {
      case 'M':
        cx = x + n[0];
        cy = y + n[1];
        [startX, startY] = [cx, cy];
        commands.push(['M', cx, cy]);
        break;
      case 'm':
        cx += n[0];
        cy += n[1];
        [startX, startY] = [cx, cy];
        commands.push(['M', cx, cy]);
        break;
      case 'l':
        cx += n[0];
        cy += n[1];
        commands.push(['L', cx, cy]);
        break;
      case 'c':
        commands.push(['C', cx + n[0], cy + n[1], cx + n[2], cy + n[3], cx + n[4], cy + n[5]]);
        cx += n[4];
        cy += n[5];
        break;
      case 'z':
        commands.push(['Z']);
        [cx, cy] = [startX, startY];
        break;
      default:
        throw new Error(`glyph ${name}: unexpected path command ${op}`);
    }
  }
  return commands;
}

export function glyphWidth(name: string, space: number): number {
  return (Glyphs.getSymbolWidth(name) * space) / GLYPH_STAFF_SPACE;
}

export function glyphShape(name: string, x: number, y: number, space: number): Shape {
  return { kind: 'glyph', name, x, y, space };
}

/** The distinct glyphs a set of pages places, each with its outline around its own origin. */
export function glyphsUsed(pages: Page[]): Map<string, PathCommand[]> {
  const used = new Map<string, PathCommand[]>();
  for (const page of pages) {
    for (const shape of page.shapes) {
      if (shape.kind !== 'glyph') continue;
      const key = glyphKey(shape);
      if (!used.has(key)) used.set(key, glyph(shape.name, 0, 0, shape.space));
    }
  }
  return used;
}

export function glyphKey(shape: { name: string; space: number }): string {
  return `${shape.name}@${shape.space}`;
}
