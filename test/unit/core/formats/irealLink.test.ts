// iReal Pro links read from the format's public description: the scrambling undone, the songs and their fields
// found in irealb:// and irealbook:// links, in a text file and in iReal Pro's HTML export; a broken link reported.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  expandShorthands,
  findIrealLinks,
  isBrokenSong,
  readIrealLink,
  unscrambleMusic,
  type IrealSong,
} from '../../../../src/core/formats/irealLink';
import { irealbLink, irealbSong } from '../../helpers/ireal';
import { seededRuns } from '../../helpers/property';

const song = (link: string, index = 0) => readIrealLink(link).songs[index] as IrealSong;

test('unscrambling undoes scrambling, whatever the music (the swap is its own inverse)', () => {
  fc.assert(
    fc.property(fc.string({ maxLength: 400 }), (music) => {
      assert.equal(unscrambleMusic(unscrambleMusic(music)), music);
    }),
    seededRuns(300),
  );
});

test('in a block of 50, positions 0-4 trade with 49-45 and 10-23 with 39-26; the rest stays', () => {
  const block = Array.from({ length: 50 }, (_, i) => String.fromCharCode(48 + i)).join('');
  const tail = 'abcdefghij';
  const out = unscrambleMusic(block + tail);
  for (const [from, to] of [
    [0, 49],
    [4, 45],
    [10, 39],
    [23, 26],
  ]) {
    assert.equal(out[from], block[to]);
    assert.equal(out[to], block[from]);
  }
  for (const same of [5, 9, 24, 25, 40, 44]) assert.equal(out[same], block[same], `position ${same} stays`);
  assert.equal(out.slice(50), tail, 'the remainder is left as written');
  // A last block followed by nothing or by one character is left as written; by two, it is scrambled.
  assert.equal(unscrambleMusic(block), block);
  assert.equal(unscrambleMusic(block + 'x'), block + 'x');
  assert.notEqual(unscrambleMusic(block + 'xy').slice(0, 50), block);
});

test("iReal's shorthands are written out: XyQ three empty cells, LZ a bar line, Kcl a bar line and a repeat", () => {
  assert.equal(expandShorthands('C7XyQKcl LZF7XyQ|'), 'C7   | x |F7   |');
});

test('an irealb:// playlist gives each song its fields and the playlist its name', () => {
  const link = irealbLink(
    [
      irealbSong({
        title: 'First',
        composer: 'Writer Anne',
        style: 'Ballad',
        key: 'Eb',
        music: '[T44Eb^7XyQ|C7XyQZ',
        tempo: 72,
      }),
      irealbSong({ title: "Second's", key: 'A-', music: '{*AT34A-7XyQ}', repeats: 2 }),
    ],
    'My Set',
  );
  const read = readIrealLink(link);
  assert.equal(read.playlist, 'My Set');
  assert.equal(read.songs.length, 2);
  const first = read.songs[0] as IrealSong;
  assert.deepEqual(
    { ...first },
    {
      title: 'First',
      composer: 'Writer Anne',
      style: 'Ballad',
      key: 'Eb',
      music: '[T44Eb^7   |C7   Z',
      compStyle: 'Jazz-Medium Swing',
      tempo: 72,
      repeats: 3,
    },
  );
  const second = read.songs[1] as IrealSong;
  assert.equal(second.title, "Second's");
  assert.equal(second.key, 'A-');
  assert.equal(second.tempo, undefined, 'tempo 0 leaves it to the style');
  assert.equal(second.repeats, 2);
  // One song alone: no playlist name.
  assert.equal(readIrealLink(irealbLink([irealbSong({ title: 'Solo', music: '[C   Z' })])).playlist, undefined);
});

test('an irealbook:// link is read unscrambled, six fields a song', () => {
  const link = `irealbook://${encodeURIComponent('Old Song=Writer Bob=Medium Swing=F=n=[T44F   |C7   Z=Next=Writer Cy=Waltz=G=n=[T34G   Z')}`;
  const read = readIrealLink(link);
  assert.equal(read.songs.length, 2);
  assert.deepEqual(
    { ...(read.songs[0] as IrealSong) },
    { title: 'Old Song', composer: 'Writer Bob', style: 'Medium Swing', key: 'F', music: '[T44F   |C7   Z' },
  );
  assert.equal(song(link, 1).style, 'Waltz');
});

test('links are found in a text file and in an HTML export, apostrophes and &amp; included', () => {
  const one = irealbLink([irealbSong({ title: "Moanin'", music: '[F-7   Z' })]);
  const two = irealbLink([irealbSong({ title: 'B&B', music: '[C   Z' })]);
  const html = `<html><body><a href="${one}">Moanin'</a> <a href="${two.replace(/&/g, '&amp;')}">x</a></body></html>`;
  assert.deepEqual(findIrealLinks(html), [one, two]);
  assert.deepEqual(findIrealLinks(`${one}\n`), [one]);
  assert.deepEqual(findIrealLinks('no links here'), []);
  assert.equal(song(findIrealLinks(html)[0]).title, "Moanin'");
});

test('a cut or badly encoded link, or a song without music, is reported in one line', () => {
  const broken = readIrealLink('irealb://Title%3DComposer%E0%A4%A');
  assert.equal(broken.songs.length, 1);
  assert.ok(isBrokenSong(broken.songs[0]));
  assert.match((broken.songs[0] as { error: string }).error, /badly encoded/);
  const noMusic = readIrealLink(`irealb://${encodeURIComponent('Title=Composer==Style=C==nothing here=0=0')}`);
  assert.ok(isBrokenSong(noMusic.songs[0]));
  assert.match((noMusic.songs[0] as { error: string }).error, /no chart/);
  assert.ok(isBrokenSong(readIrealLink('http://example.com').songs[0]));
});
