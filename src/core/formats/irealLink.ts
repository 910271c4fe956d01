/**
 * iReal Pro links as users share them, read from the format's public description (clean room):
 * - `irealb://` + percent-encoded text: songs separated by "===", a playlist's name after the last one; a song's
 *   fields separated by "=": title, composer, (unused), style, key, transpose, music, comp style, tempo, repeats.
 *   The music starts with the prefix "1r34LbKcu7" and is scrambled (see `unscrambleMusic`).
 * - `irealbook://` (older): title, composer, style, key, a fixed "n", music, for each song; not scrambled.
 * A text file may hold a link, and iReal Pro's HTML export holds them in `href`s.
 */

/** The raw fields of one song of a link, its music unscrambled. */
export interface IrealSong {
  title: string;
  composer: string;
  style: string;
  /** As iReal writes it: "C", "Bb", "E-" (minor). */
  key: string;
  /** The chart's cells, unscrambled, with iReal's shorthands ("XyQ", "LZ", "Kcl") written out. */
  music: string;
  /** The accompaniment style, when the link names one ("Jazz-Medium Swing"). */
  compStyle?: string;
  /** Quarter notes per minute; undefined when the link leaves it to the style (0 or empty). */
  tempo?: number;
  /** How many times the link says to play the form, when it says. */
  repeats?: number;
}

/** A song the link holds but that cannot be read, with the reason in one line. */
export interface IrealBrokenSong {
  title: string;
  error: string;
}

export interface IrealLink {
  /** The playlist's name (irealb links of several songs). */
  playlist?: string;
  songs: (IrealSong | IrealBrokenSong)[];
}

export const MUSIC_PREFIX = '1r34LbKcu7';
const BLOCK = 50;

/**
 * Undoes iReal's scrambling: the music is cut into blocks of 50 characters and, in every block that has at least
 * two more characters after it, positions 0-4 trade places with 49-45 and positions 10-23 with 39-26 (mirror
 * images around the block's middle; the same swap scrambles and unscrambles). The rest is left as written.
 * Where the scrambled part stops was worked out on the shared playlists: a last block of 50 followed by nothing
 * or by one character reads as bars of chords only when left alone (test/unit/core/formats/irealLink.test.ts).
 */
export function unscrambleMusic(scrambled: string): string {
  let out = '';
  let rest = scrambled;
  while (rest.length > BLOCK + 1) {
    out += mirrorBlock(rest.slice(0, BLOCK));
    rest = rest.slice(BLOCK);
  }
  return out + rest;
}

function mirrorBlock(block: string): string {
  const chars = block.split('');
  const swap = (from: number, to: number) => {
    for (let i = from; i < to; i++) [chars[i], chars[BLOCK - 1 - i]] = [chars[BLOCK - 1 - i], chars[i]];
  };
  swap(0, 5);
  swap(10, 24);
  return chars.join('');
}

/**
 * iReal's shorthands, written out: "XyQ" is three empty cells, "LZ" a bar line, "Kcl" a bar line followed by a
 * one-bar repeat.
 */
export function expandShorthands(music: string): string {
  return music.replace(/XyQ/g, '   ').replace(/Kcl/g, '| x').replace(/LZ/g, '|');
}

/** Every iReal link in a text: the text itself, or the `href`s (and bare links) of an HTML page. */
export function findIrealLinks(text: string): string[] {
  // Titles hold apostrophes ("'S Wonderful", "Moanin'"): only white space, quotes and tags end a link.
  const links = text.match(/ireal(?:b|book):\/\/[^\s"<>]+/g) ?? [];
  return links.map((link) => link.replace(/&amp;/g, '&'));
}

function decode(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

function tempoOf(field: string | undefined): number | undefined {
  const tempo = Number(field);
  return Number.isFinite(tempo) && tempo > 0 ? tempo : undefined;
}

/** One `irealb://` song's fields, the music found by its prefix (the fields before it are stable). */
function readIrealbSong(fields: string[]): IrealSong | IrealBrokenSong {
  const title = fields[0]?.trim() || 'untitled';
  const at = fields.findIndex((field) => field.startsWith(MUSIC_PREFIX));
  if (at < 3) return { title, error: 'no chart in this song (the music field is missing)' };
  const repeats = Number(fields[at + 3]);
  return {
    title,
    composer: fields[1]?.trim() ?? '',
    style: fields[at - 3]?.trim() ?? '',
    key: fields[at - 2]?.trim() ?? '',
    music: expandShorthands(unscrambleMusic(fields[at].slice(MUSIC_PREFIX.length))),
    compStyle: fields[at + 1]?.trim() || undefined,
    tempo: tempoOf(fields[at + 2]),
    repeats: Number.isInteger(repeats) && repeats > 0 ? repeats : undefined,
  };
}

/** Reads one link: its songs (or why each cannot be read) and the playlist's name. */
export function readIrealLink(link: string): IrealLink {
  const match = /^ireal(b|book):\/\/(.*)$/s.exec(link.trim());
  if (!match) return { songs: [{ title: 'link', error: 'not an irealb:// or irealbook:// link' }] };
  const body = decode(match[2]);
  if (body === undefined) return { songs: [{ title: 'link', error: 'the link is cut or badly encoded (% escapes)' }] };
  if (match[1] === 'book') {
    // title, composer, style, key, "n", music: six fields a song.
    const fields = body.split('=');
    const songs: IrealSong[] = [];
    for (let i = 0; i + 5 < fields.length; i += 6) {
      songs.push({
        title: fields[i].trim() || 'untitled',
        composer: fields[i + 1]?.trim() ?? '',
        style: fields[i + 2]?.trim() ?? '',
        key: fields[i + 3]?.trim() ?? '',
        music: expandShorthands(fields[i + 5] ?? ''),
      });
    }
    return songs.length ? { songs } : { songs: [{ title: 'link', error: 'the irealbook:// link holds no song' }] };
  }
  const parts = body.split('===');
  const last = parts[parts.length - 1];
  const playlist = parts.length > 1 && !last.includes('=') ? last.trim() || undefined : undefined;
  const songTexts = playlist === undefined && last.includes('=') ? parts : parts.slice(0, -1);
  const songs = songTexts.filter((text) => text.trim().length > 0).map((text) => readIrealbSong(text.split('=')));
  return { playlist, songs: songs.length ? songs : [{ title: 'link', error: 'the link holds no song' }] };
}

export function isBrokenSong(song: IrealSong | IrealBrokenSong): song is IrealBrokenSong {
  return 'error' in song;
}
