/**
 * The lead sheet engraved on pages (A4 or US Letter) without a browser: title and provenance, tempo and swing,
 * four bars a system, chord symbols over their notes, and the symbols the ABC and MusicXML writers write (the
 * same layout from notation.ts, the same spelling and beams from spelled.ts), drawn with abcjs' glyphs, so
 * the page looks like the preview's. A page holds eight or nine systems of ordinary range: 32 to 36 bars.
 */
import { meterLayout } from '../notation';
import { leadVoice } from '../musicxml/voices';
import { soloSpelling, spellBar, type SpeltEvent, type SpeltPitch } from '../musicxml/spelled';
import { transposeSolo } from '../../theory/transpose';
import { DEFAULTS } from '../../../shared/defaults';
import { PARTS, type PartName } from '../../../shared/parts';
import type { Solo } from '../../types';
import { glyphShape, glyphWidth, type Page, type PathCommand, type Shape } from './shapes';

export type Paper = 'a4' | 'letter';

/** Page sizes in points. */
export const PAPER_SIZES: Record<Paper, { width: number; height: number }> = {
  a4: { width: 595.28, height: 841.89 },
  letter: { width: 612, height: 792 },
};

export interface SheetOptions {
  paper?: Paper;
  /** The player's part (a B♭ tenor reads a ninth up); concert pitch by default. */
  part?: PartName;
  barsPerSystem?: number;
}

/** Staff space in points. */
const SPACE = 6.5;
const MARGIN = 42;
const HEADER = 70;
const STEM = 3.4 * SPACE;
/** Staff step index (7 a octave, C4 = 28) of the top line of each clef's staff. */
const TOP_LINE = { treble: 38, bass: 26 };
const SHARP_STEPS = [38, 35, 39, 36, 33, 37, 34];
const FLAT_STEPS = [34, 37, 33, 36, 32, 35, 31];
const NOTEHEAD: Record<string, string> = { whole: 'noteheads.whole', half: 'noteheads.half' };
const REST: Record<string, string> = {
  whole: 'rests.whole',
  half: 'rests.half',
  quarter: 'rests.quarter',
  eighth: 'rests.8th',
  '16th': 'rests.16th',
};
const ACCIDENTAL: Record<string, string> = {
  sharp: 'accidentals.sharp',
  flat: 'accidentals.flat',
  natural: 'accidentals.nat',
  'double-sharp': 'accidentals.dblsharp',
  'flat-flat': 'accidentals.dblflat',
};
const FLAG_COUNT: Record<string, number> = { eighth: 1, '16th': 2 };

interface Placed {
  spelt: SpeltEvent;
  x: number;
  /** Staff steps of its notes (none for a rest). */
  steps: number[];
  stemUp: boolean;
  system: number;
}

const stepOf = (pitch: SpeltPitch) => pitch.octave * 7 + pitch.letter;

function rectangle(x1: number, y1: number, x2: number, y2: number, thickness: number): Shape {
  return {
    kind: 'path',
    commands: [['M', x1, y1], ['L', x2, y2], ['L', x2, y2 + thickness], ['L', x1, y1 + thickness], ['Z']],
  };
}

/** A tie or slur: a crescent from (x1, y) to (x2, y), bowed up or down. */
function tie(x1: number, x2: number, y: number, up: boolean): Shape {
  const bow = (up ? -1 : 1) * Math.min(SPACE * 1.2, 2 + (x2 - x1) / 8);
  const thick = (up ? -1 : 1) * 1.2;
  const commands: PathCommand[] = [
    ['M', x1, y],
    ['C', x1 + (x2 - x1) / 4, y + bow, x2 - (x2 - x1) / 4, y + bow, x2, y],
    ['C', x2 - (x2 - x1) / 4, y + bow + thick, x1 + (x2 - x1) / 4, y + bow + thick, x1, y],
    ['Z'],
  ];
  return { kind: 'path', commands };
}

/** The pages of a solo's lead sheet. */
export function engraveSheet(solo: Solo, options: SheetOptions = {}): Page[] {
  const paper = PAPER_SIZES[options.paper ?? 'a4'];
  const part = options.part ? PARTS[options.part] : undefined;
  const written = part ? transposeSolo(solo, part.interval) : solo;
  const clef = part?.clef === 'bass' ? 'bass' : 'treble';
  const topLine = TOP_LINE[clef];
  const bars = Math.max(1, written.bars);
  const perSystem = Math.max(1, options.barsPerSystem ?? 4);
  const layout = meterLayout(written.meter);
  const spelling = soloSpelling(written, bars);
  const voice = leadVoice(written);
  const ties = new Map<number, SpeltPitch>();
  const systemCount = Math.ceil(bars / perSystem);
  // Each system is as tall as its notes need: room above for high notes and the chord symbols over them,
  // below for low notes; systems fill a page until the next would cross its bottom margin.
  const extents = Array.from({ length: systemCount }, () => ({ high: topLine, low: topLine - 8 }));
  const measureTies = new Map<number, SpeltPitch>();
  for (let bar = 0; bar < bars; bar++) {
    const extent = extents[Math.floor(bar / perSystem)];
    for (const spelt of spellBar(voice, bar, written.meter, spelling, measureTies)) {
      for (const member of spelt.members) {
        if (!member.spelling) continue;
        extent.high = Math.max(extent.high, stepOf(member.spelling));
        extent.low = Math.min(extent.low, stepOf(member.spelling));
      }
    }
  }
  const placements: Array<{ page: number; top: number }> = [];
  let page = 0;
  let cursor = MARGIN + HEADER;
  for (const { high, low } of extents) {
    const above = 30 + ((high - topLine) * SPACE) / 2;
    const below = 14 + ((topLine - 8 - low) * SPACE) / 2;
    if (cursor + above + 4 * SPACE + below > paper.height - MARGIN && placements.length > 0) {
      page++;
      cursor = MARGIN;
    }
    placements.push({ page, top: cursor + above });
    cursor += above + 4 * SPACE + below;
  }
  const pages: Page[] = [];
  const staffTopOf = (system: number) => placements[system];
  const pageOf = (index: number): Shape[] => {
    while (pages.length <= index) pages.push({ width: paper.width, height: paper.height, shapes: [] });
    return pages[index].shapes;
  };
  const yOf = (step: number, top: number) => top + ((topLine - step) * SPACE) / 2;

  // Header: title, the solo's provenance, the part, tempo and swing.
  const header = pageOf(0);
  const title = written.title.replace(/[\r\n]+/g, ' ').trim() || DEFAULTS.title;
  header.push({
    kind: 'text',
    x: paper.width / 2,
    y: MARGIN + 16,
    text: title,
    size: 18,
    anchor: 'middle',
    bold: true,
  });
  if (written.subtitle) {
    header.push({
      kind: 'text',
      x: paper.width / 2,
      y: MARGIN + 32,
      text: written.subtitle,
      size: 9,
      anchor: 'middle',
    });
  }
  if (part && part.interval !== 0) {
    header.push({ kind: 'text', x: paper.width - MARGIN, y: MARGIN + 48, text: part.label, size: 9, anchor: 'end' });
  }
  const tempoY = MARGIN + HEADER - 8;
  header.push(glyphShape('noteheads.quarter', MARGIN, tempoY, SPACE * 0.8));
  const tempoStem = MARGIN + glyphWidth('noteheads.quarter', SPACE * 0.8) - 0.4;
  header.push({ kind: 'line', x1: tempoStem, y1: tempoY, x2: tempoStem, y2: tempoY - 2.6 * SPACE, width: 0.8 });
  const swingText = written.swing !== undefined && written.swing > 0.5 + 1e-6 ? '  Swing' : '';
  header.push({
    kind: 'text',
    x: tempoStem + 4,
    y: tempoY + 3,
    text: `= ${Math.round(written.tempo)}${swingText}`,
    size: 10,
    anchor: 'start',
    bold: true,
  });

  const fifths = spelling.fifths;
  const keyStep = (i: number) => (fifths > 0 ? SHARP_STEPS[i] : FLAT_STEPS[i]) - (clef === 'bass' ? 14 : 0);
  const width = paper.width - 2 * MARGIN;
  const placed: Placed[] = [];
  for (let system = 0; system < systemCount; system++) {
    const { page, top } = staffTopOf(system);
    const shapes = pageOf(page);
    const staffLines = (right: number) => {
      for (let line = 0; line < 5; line++) {
        const y = top + line * SPACE;
        shapes.push({ kind: 'line', x1: MARGIN, y1: y, x2: right, y2: y, width: 0.5 });
      }
    };
    // Clef, key signature, and on the first system the time signature.
    let x = MARGIN + 4;
    const clefGlyph = clef === 'bass' ? 'clefs.F' : 'clefs.G';
    shapes.push(glyphShape(clefGlyph, x, yOf(clef === 'bass' ? 24 : 32, top), SPACE));
    x += glyphWidth(clefGlyph, SPACE) + 6;
    const accidental = fifths > 0 ? 'accidentals.sharp' : 'accidentals.flat';
    for (let i = 0; i < Math.abs(fifths); i++) {
      shapes.push(glyphShape(accidental, x, yOf(keyStep(i), top), SPACE));
      x += glyphWidth(accidental, SPACE) + 1;
    }
    x += 4;
    if (system === 0) {
      const digits = (text: string, baseStep: number) => {
        let dx = x;
        for (const digit of text) {
          shapes.push(glyphShape(digit, dx, yOf(baseStep, top), SPACE));
          dx += glyphWidth(digit, SPACE);
        }
        return dx;
      };
      const end = Math.max(
        digits(String(written.meter.numerator), topLine - 4),
        digits(String(written.meter.denominator), topLine - 8),
      );
      x = end + 6;
    }
    const barWidth = (MARGIN + width - x) / perSystem;
    staffLines(x + Math.min(perSystem, bars - system * perSystem) * barWidth);
    for (let slot = 0; slot < perSystem; slot++) {
      const bar = system * perSystem + slot;
      if (bar >= bars) break;
      const barX = x + slot * barWidth;
      const last = bar === bars - 1;
      const endX = barX + barWidth;
      if (last) {
        shapes.push({ kind: 'line', x1: endX - 4, y1: top, x2: endX - 4, y2: top + 4 * SPACE, width: 0.6 });
        shapes.push({ kind: 'line', x1: endX - 1, y1: top, x2: endX - 1, y2: top + 4 * SPACE, width: 2.4 });
      } else shapes.push({ kind: 'line', x1: endX, y1: top, x2: endX, y2: top + 4 * SPACE, width: 0.7 });
      const events = spellBar(voice, bar, written.meter, spelling, ties);
      // Each symbol takes its own room (head, accidental, dot), and the rest of the bar goes by its length.
      const room = events.map(
        (e) =>
          glyphWidth('noteheads.quarter', SPACE) + 3 + (e.members.some((m) => m.accidental) ? 7 : 0) + (e.dots ? 4 : 0),
      );
      const weights = events.map((e) => Math.sqrt((e.event.end - e.event.start) / layout.beatTicks));
      const total = weights.reduce((a, b) => a + b, 0);
      const spare = Math.max(0, barWidth - 12 - room.reduce((a, b) => a + b, 0));
      let position = barX + 9;
      events.forEach((spelt, i) => {
        if (spelt.members.some((m) => m.accidental)) position += 7;
        const eventX = spelt.wholeBarRest ? barX + barWidth / 2 - 5 : position;
        position += room[i] - (spelt.members.some((m) => m.accidental) ? 7 : 0) + (weights[i] / total) * spare;
        const steps = spelt.members.flatMap((m) => (m.spelling ? [stepOf(m.spelling)] : []));
        const middle = topLine - 4;
        const average = steps.reduce((a, b) => a + b, 0) / Math.max(1, steps.length);
        placed.push({ spelt, x: eventX, steps, stemUp: average < middle, system });
      });
    }
  }

  // Beamed groups share a stem direction: the one their notes lean to.
  const groups: Placed[][] = [];
  let open: Placed[] | undefined;
  for (const p of placed) {
    const level = p.spelt.beams[0];
    if (level === 'begin') open = [p];
    else if (open && (level === 'continue' || level === 'end')) open.push(p);
    if (open && level === 'end') {
      groups.push(open);
      const steps = open.flatMap((q) => q.steps);
      const up = steps.reduce((a, b) => a + b, 0) / steps.length < topLine - 4;
      for (const q of open) q.stemUp = up;
      open = undefined;
    }
  }
  const inGroup = new Set(groups.flat());

  const stemEnd = new Map<Placed, number>();
  for (const group of groups) {
    const { top } = staffTopOf(group[0].system);
    const first = group[0];
    const lastNote = group[group.length - 1];
    const up = first.stemUp;
    const tip = (p: Placed) => {
      const ys = p.steps.map((s) => yOf(s, top));
      return up ? Math.min(...ys) - STEM : Math.max(...ys) + STEM;
    };
    const dx = Math.max(1, lastNote.x - first.x);
    const slope = Math.max(-0.12, Math.min(0.12, (tip(lastNote) - tip(first)) / dx));
    let shift = 0;
    for (const p of group) {
      const at = tip(first) + slope * (p.x - first.x);
      shift = up ? Math.min(shift, tip(p) - at) : Math.max(shift, tip(p) - at);
    }
    for (const p of group) stemEnd.set(p, tip(first) + slope * (p.x - first.x) + shift);
  }

  const headWidth = glyphWidth('noteheads.quarter', SPACE);
  const stemX = (p: Placed) => (p.stemUp ? p.x + headWidth - 0.4 : p.x + 0.4);
  // Chord symbols ride above the system's highest note or stem (a tenor part reads high), with room for a "3".
  const chordRow = new Map<number, number>();
  for (const p of placed) {
    const { top } = staffTopOf(p.system);
    const ys = p.steps.map((step) => yOf(step, top) - SPACE);
    if (p.stemUp && ys.length) ys.push(stemEnd.get(p) ?? Math.min(...ys) - STEM);
    const highest = Math.min(top - 2.6 * SPACE + 10, ...ys) - 10;
    chordRow.set(p.system, Math.min(chordRow.get(p.system) ?? top - 2.6 * SPACE, highest));
  }
  for (const p of placed) {
    const { page, top } = staffTopOf(p.system);
    const shapes = pageOf(page);
    const { spelt } = p;
    if (spelt.chord) {
      shapes.push({
        kind: 'text',
        x: p.x,
        y: chordRow.get(p.system) ?? top - 2.6 * SPACE,
        text: spelt.chord.symbol,
        size: 10,
        anchor: 'start',
        bold: true,
      });
    }
    if (p.steps.length === 0) {
      const name = spelt.wholeBarRest ? 'rests.whole' : REST[spelt.type];
      const restStep = spelt.wholeBarRest || spelt.type === 'whole' ? topLine - 2 : topLine - 4;
      shapes.push(glyphShape(name, p.x, yOf(restStep, top), SPACE));
      if (spelt.dots)
        shapes.push(glyphShape('dots.dot', p.x + glyphWidth(name, SPACE) + 2, yOf(topLine - 3, top), SPACE));
    } else {
      const head = NOTEHEAD[spelt.type] ?? 'noteheads.quarter';
      spelt.members.forEach((member, index) => {
        const step = p.steps[index];
        const y = yOf(step, top);
        shapes.push(glyphShape(head, p.x, y, SPACE));
        for (let ledger = topLine - 10; ledger >= step; ledger -= 2) {
          const ly = yOf(ledger, top);
          shapes.push({ kind: 'line', x1: p.x - 3, y1: ly, x2: p.x + headWidth + 3, y2: ly, width: 0.6 });
        }
        for (let ledger = topLine + 2; ledger <= step; ledger += 2) {
          const ly = yOf(ledger, top);
          shapes.push({ kind: 'line', x1: p.x - 3, y1: ly, x2: p.x + headWidth + 3, y2: ly, width: 0.6 });
        }
        if (member.accidental && ACCIDENTAL[member.accidental]) {
          const name = ACCIDENTAL[member.accidental];
          shapes.push(glyphShape(name, p.x - glyphWidth(name, SPACE) - 1.5, y, SPACE));
        }
        for (let dot = 0; dot < spelt.dots; dot++) {
          const dotY = (topLine - step) % 2 === 0 ? y - SPACE / 2 : y;
          shapes.push(glyphShape('dots.dot', p.x + headWidth + 2 + dot * 3, dotY, SPACE));
        }
        if (member.tieStart) {
          const next = placed.find((q) => q.spelt.event.start === spelt.event.end && q.steps.includes(step));
          const end = next && next.system === p.system ? next.x : p.x + headWidth + 14;
          shapes.push(tie(p.x + headWidth, end, y + (p.stemUp ? SPACE * 0.7 : -SPACE * 0.7), !p.stemUp));
        }
      });
      if (spelt.type !== 'whole' && spelt.type !== '') {
        const ys = p.steps.map((s) => yOf(s, top));
        const from = p.stemUp ? Math.max(...ys) : Math.min(...ys);
        const to = stemEnd.get(p) ?? (p.stemUp ? Math.min(...ys) - STEM : Math.max(...ys) + STEM);
        shapes.push({ kind: 'line', x1: stemX(p), y1: from, x2: stemX(p), y2: to, width: 0.8 });
        const flags = FLAG_COUNT[spelt.type];
        if (flags && !inGroup.has(p)) {
          const flag = `flags.${p.stemUp ? 'u' : 'd'}${flags === 1 ? '8th' : '16th'}`;
          shapes.push(glyphShape(flag, stemX(p), to, SPACE));
        }
      }
    }
  }

  for (const group of groups) {
    const { page } = staffTopOf(group[0].system);
    const shapes = pageOf(page);
    const up = group[0].stemUp;
    const thickness = SPACE * 0.5 * (up ? 1 : -1);
    const first = group[0];
    const last = group[group.length - 1];
    shapes.push(rectangle(stemX(first), stemEnd.get(first)!, stemX(last), stemEnd.get(last)!, thickness));
    // Sixteenths: a second beam between neighbours, or a hook.
    const offset = SPACE * 0.8 * (up ? 1 : -1);
    group.forEach((p, i) => {
      const level = p.spelt.beams[1];
      if (!level) return;
      const y = (q: Placed) => stemEnd.get(q)! + offset;
      if ((level === 'begin' || level === 'continue') && group[i + 1]) {
        shapes.push(rectangle(stemX(p), y(p), stemX(group[i + 1]), y(group[i + 1]), thickness));
      } else if (level === 'forward hook' || level === 'backward hook') {
        const dx = level === 'forward hook' ? 5 : -5;
        shapes.push(rectangle(stemX(p), y(p), stemX(p) + dx, y(p), thickness));
      }
    });
  }

  // Triplet numbers over their groups.
  placed.forEach((p, i) => {
    const members = p.spelt.tupletStart;
    if (members === undefined) return;
    const group = placed.slice(i, i + members);
    const { page, top } = staffTopOf(p.system);
    const xs = group.map((q) => q.x + headWidth / 2);
    const ys = group.flatMap((q) => [...q.steps.map((s) => yOf(s, top)), stemEnd.get(q) ?? yOf(topLine, top)]);
    const y = Math.min(top, ...ys) - 5;
    pageOf(page).push({
      kind: 'text',
      x: (Math.min(...xs) + Math.max(...xs)) / 2,
      y,
      text: '3',
      size: 8,
      anchor: 'middle',
    });
  });

  pages.forEach((page, index) => {
    if (pages.length > 1) {
      page.shapes.push({
        kind: 'text',
        x: paper.width / 2,
        y: paper.height - MARGIN / 2,
        text: `${index + 1} / ${pages.length}`,
        size: 8,
        anchor: 'middle',
      });
    }
  });
  return pages;
}
