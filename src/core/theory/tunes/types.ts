/** How a tune of the built-in library is written (see library.ts). */

export interface TuneSection {
  label: string;
  /** The section's bars, "| Dm7 G7 | Cmaj7 | % |". */
  bars: string;
  /** Endings, each one or more bars: the section is played with one of them (chosen in the form). */
  endings?: string[];
}

export interface LibraryTune {
  title: string;
  /** Other names users search by ("Sweet Sue", "Lady Be Good"). */
  aliases?: readonly string[];
  /** 'form': a harmonic form with no title of its own; 'standard': a published song. */
  kind: 'form' | 'standard';
  composer: string;
  /** Year of first publication (standards): all are 1930 or earlier, so in the public domain in the US. */
  year?: number;
  key: string;
  tempo: number;
  meter: '4/4' | '3/4';
  style: string;
  sections: readonly TuneSection[];
  /** Section labels in playing order; "A/2" is section A with its second ending. */
  form: string;
  /** Bars in one chorus, as a musician counts the form (checked against the sections by the tests). */
  formBars: number;
}
