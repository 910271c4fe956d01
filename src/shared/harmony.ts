/**
 * How many notes of a tune lie outside its chords, as the preview shows it under each tune. Shared by the
 * analysers (which count) and the webview (which prints the count), so the wording lives once.
 */
export interface TuneHarmonyCount {
  tuneIndex: number;
  /** Notes with a pitch (rests not counted). */
  notes: number;
  outside: number;
  approach: number;
}

/** "2 outside notes of 24 (8%)". */
export function describeHarmonyCount(count: TuneHarmonyCount): string {
  const share = count.notes > 0 ? Math.round((100 * count.outside) / count.notes) : 0;
  return `${count.outside} outside note${count.outside === 1 ? '' : 's'} of ${count.notes} (${share}%)`;
}
