/**
 * Harmonic forms players practise on, without a title of their own: the blues in four shapes, rhythm changes, a
 * cycle of keys a major third apart in the Coltrane manner, a modal AABA form, a bossa and a jazz waltz. The
 * changes are the project's own.
 */
import type { LibraryTune } from './types';

const FORM = { kind: 'form', composer: 'traditional form' } as const;

export const FORMS: readonly LibraryTune[] = [
  {
    ...FORM,
    title: 'Blues',
    aliases: ['basic blues', '12-bar blues', 'twelve-bar blues'],
    key: 'F',
    tempo: 140,
    meter: '4/4',
    style: 'Medium Swing',
    sections: [{ label: 'A', bars: '| F7 | F7 | F7 | F7 | Bb7 | Bb7 | F7 | F7 | C7 | Bb7 | F7 | C7 |' }],
    form: 'A',
    formBars: 12,
  },
  {
    ...FORM,
    title: 'Jazz Blues',
    key: 'F',
    tempo: 160,
    meter: '4/4',
    style: 'Medium Swing',
    sections: [
      { label: 'A', bars: '| F7 | Bb7 | F7 | Cm7 F7 | Bb7 | Bdim7 | F7 | Am7 D7 | Gm7 | C7 | F7 D7 | Gm7 C7 |' },
    ],
    form: 'A',
    formBars: 12,
  },
  {
    ...FORM,
    title: 'Bebop Blues',
    key: 'F',
    tempo: 200,
    meter: '4/4',
    style: 'Up Tempo Swing',
    sections: [
      {
        label: 'A',
        bars: '| Fmaj7 | Em7b5 A7 | Dm7 G7 | Cm7 F7 | Bb7 | Bbm7 Eb7 | Am7 | Abm7 Db7 | Gm7 | C7 | Am7 D7 | Gm7 C7 |',
      },
    ],
    form: 'A',
    formBars: 12,
  },
  {
    ...FORM,
    title: 'Minor Blues',
    key: 'Cm',
    tempo: 150,
    meter: '4/4',
    style: 'Medium Swing',
    sections: [
      { label: 'A', bars: '| Cm7 | Fm7 | Cm7 | Cm7 | Fm7 | Fm7 | Cm7 | Cm7 | Ab7 | G7alt | Cm7 | Dm7b5 G7 |' },
    ],
    form: 'A',
    formBars: 12,
  },
  {
    ...FORM,
    title: 'Rhythm Changes',
    aliases: ['rhythm'],
    key: 'Bb',
    tempo: 220,
    meter: '4/4',
    style: 'Up Tempo Swing',
    sections: [
      {
        label: 'A',
        bars: '| Bb6 G7 | Cm7 F7 | Dm7 G7 | Cm7 F7 | Fm7 Bb7 | Eb7 Edim7 |',
        endings: ['| Dm7 G7 | Cm7 F7 |', '| Cm7 F7 | Bb6 |'],
      },
      { label: 'B', bars: '| D7 | % | G7 | % | C7 | % | F7 | % |' },
    ],
    form: 'A/1 A/2 B A/2',
    formBars: 32,
  },
  {
    ...FORM,
    title: 'Coltrane Cycle',
    aliases: ['coltrane changes', 'major thirds cycle'],
    key: 'C',
    tempo: 200,
    meter: '4/4',
    style: 'Up Tempo Swing',
    sections: [
      { label: 'A', bars: '| Cmaj7 Eb7 | Abmaj7 B7 | Emaj7 | Dm7 G7 | Cmaj7 Eb7 | Abmaj7 B7 | Emaj7 G7 | Cmaj7 |' },
      { label: 'B', bars: '| Bbm7 Eb7 | Abmaj7 | F#m7 B7 | Emaj7 | Dm7 G7 | Cmaj7 | F#m7 B7 | Emaj7 G7 |' },
    ],
    form: 'A B',
    formBars: 16,
  },
  {
    ...FORM,
    title: 'Modal AABA',
    aliases: ['modal', 'dorian aaba'],
    key: 'D dorian',
    tempo: 140,
    meter: '4/4',
    style: 'Medium Swing',
    sections: [
      { label: 'A', bars: '| Dm7 | % | % | % | % | % | % | % |' },
      { label: 'B', bars: '| Ebm7 | % | % | % | % | % | % | % |' },
    ],
    form: 'A A B A',
    formBars: 32,
  },
  {
    ...FORM,
    title: 'Bossa Form',
    aliases: ['bossa', 'bossa nova'],
    key: 'F',
    tempo: 140,
    meter: '4/4',
    style: 'Bossa Nova',
    sections: [
      {
        label: 'A',
        bars: '| Fmaj7 | % | Gm7 | C7 | Am7 | D7b9 |',
        endings: ['| Gm7 | C7 |', '| Gm7 C7 | Fmaj7 |'],
      },
      { label: 'B', bars: '| Cm7 | F7 | Bbmaj7 | Bbm6 | Am7 | D7 | Gm7 | C7 |' },
    ],
    form: 'A/1 A/2 B A/2',
    formBars: 32,
  },
  {
    ...FORM,
    title: 'Jazz Waltz',
    aliases: ['waltz'],
    key: 'Bb',
    tempo: 150,
    meter: '3/4',
    style: 'Jazz Waltz',
    sections: [
      { label: 'A', bars: '| Bbmaj7 | % | Cm7 | F7 | Dm7 | G7 | Cm7 | F7 |' },
      { label: 'B', bars: '| Fm7 | Bb7 | Ebmaj7 | Ab7 | Dm7 | G7 | Cm7 | F7 |' },
    ],
    form: 'A B',
    formBars: 16,
  },
];
