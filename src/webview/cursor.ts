/**
 * The playback cursor on the lead: the tune's note events placed at straight solo ticks, and followed as the band
 * plays (the sounding notes highlighted, a line at them, scrolled into view). `document.body.dataset.cursorChar`
 * says where it stands in the document, for the end-to-end tests.
 */
import * as abcjs from 'abcjs';
import type { NoteTimingEvent, TuneObject } from 'abcjs';
import type { Schedule } from './schedule';

/** What the cursor needs of the page. */
export interface CursorPage {
  /** The drawn sheet of the tune being played. */
  playingSvg(): SVGSVGElement | undefined;
  /** A character offset of the text shown (a part may be transposed) as an offset in the document. */
  sourceOffset(shownChar: number): number;
}

export class LeadCursor {
  private events: { tick: number; event: NoteTimingEvent }[] = [];
  private times: { schedule: Schedule; seconds: number[] } | undefined;
  private shown: NoteTimingEvent | undefined;
  private highlighted: Element[] = [];
  private line: SVGLineElement | undefined;

  constructor(private readonly page: CursorPage) {}

  /**
   * The tune to follow, `soloTicks` long (undefined: none). abcjs times its note events at some tempo; scaling
   * them by the tune's length in ticks makes that tempo irrelevant.
   */
  load(tune: TuneObject | undefined, soloTicks = 0): void {
    this.times = undefined;
    this.events = [];
    if (!tune) return;
    const timings = new abcjs.TimingCallbacks(tune, { qpm: 60 }).noteTimings;
    const end = timings.reduce((last, event) => Math.max(last, event.milliseconds), 0);
    if (end <= 0 || soloTicks <= 0) return;
    this.events = timings
      .filter((event) => event.type === 'event' && event.left !== undefined)
      .map((event) => ({ tick: (event.milliseconds / end) * soloTicks, event }));
  }

  /** The sheet was drawn again: the highlight and the line went with the old one. */
  forget(): void {
    this.line = undefined;
    this.highlighted = [];
    this.shown = undefined;
  }

  /** Moves the cursor to the lead note sounding `seconds` after the solo (or the looped range) started. */
  follow(seconds: number | null, schedule: Schedule | undefined): void {
    if (seconds === null || !schedule) {
      if (this.shown) this.show(null);
      this.shown = undefined;
      return;
    }
    if (this.times?.schedule !== schedule) {
      this.times = { schedule, seconds: this.events.map(({ tick }) => schedule.secondsAt(tick)) };
    }
    let found: NoteTimingEvent | undefined;
    for (let i = 0; i < this.events.length; i++) {
      const { tick, event } = this.events[i];
      if (tick < schedule.fromTick || tick >= schedule.toTick) continue;
      if (this.times.seconds[i] > seconds + 1e-6) break;
      found = event;
    }
    if (found === this.shown) return;
    this.shown = found;
    this.show(found ?? null);
  }

  /** Highlights the sounding notes and moves a vertical line to them, scrolling it into view. */
  private show(event: NoteTimingEvent | null): void {
    for (const previous of this.highlighted) previous.classList.remove('jazz-playing');
    this.highlighted = [];
    if (!event || event.left === undefined || event.top === undefined || event.height === undefined) {
      this.line?.remove();
      this.line = undefined;
      delete document.body.dataset.cursorChar;
      return;
    }
    for (const group of event.elements ?? []) {
      for (const note of group) {
        note.classList.add('jazz-playing');
        this.highlighted.push(note);
      }
    }
    const svg = this.page.playingSvg();
    if (!svg) return;
    if (!this.line || this.line.ownerSVGElement !== svg) {
      this.line?.remove();
      this.line = document.createElementNS('http://www.w3.org/2000/svg', 'line');
      this.line.classList.add('jazz-cursor');
      svg.appendChild(this.line);
    }
    const x = String(event.left - 2);
    this.line.setAttribute('x1', x);
    this.line.setAttribute('x2', x);
    this.line.setAttribute('y1', String(event.top));
    this.line.setAttribute('y2', String(event.top + event.height));
    const shownStart = event.startChar;
    document.body.dataset.cursorChar =
      shownStart === undefined || shownStart === null ? '' : String(this.page.sourceOffset(shownStart));
    const first = this.highlighted[0];
    if (first instanceof SVGElement) first.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }
}
