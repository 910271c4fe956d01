// Hand-made iReal Pro links for the tests: songs written as iReal Pro shares them.
import { MUSIC_PREFIX, unscrambleMusic } from '../../../src/core/formats/irealLink';

/** A hand-made irealb:// song: the music scrambled as iReal Pro writes it (the swap is its own inverse). */
export function irealbSong(fields: {
  title: string;
  composer?: string;
  style?: string;
  key?: string;
  music: string;
  tempo?: number;
  repeats?: number;
}): string {
  return [
    fields.title,
    fields.composer ?? 'Composer Some',
    '',
    fields.style ?? 'Medium Swing',
    fields.key ?? 'C',
    '',
    MUSIC_PREFIX + unscrambleMusic(fields.music),
    'Jazz-Medium Swing',
    String(fields.tempo ?? 0),
    String(fields.repeats ?? 3),
  ].join('=');
}

export function irealbLink(songs: string[], playlist?: string): string {
  return `irealb://${encodeURIComponent([...songs, ...(playlist ? [playlist] : [])].join('==='))}`;
}
