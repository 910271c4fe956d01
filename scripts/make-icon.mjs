#!/usr/bin/env node
// Draws the extension's icon, media/icon.png (128×128): two beamed eighth notes on a staff, with a spark, on a
// dark rounded square. Plain Node (zlib for the PNG), so anyone can redraw it: `node scripts/make-icon.mjs`.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SIZE = 128;
/** Samples per pixel along each axis: the edges are anti-aliased by coverage. */
const SUPERSAMPLE = 4;

const hex = (text, alpha = 1) => [1, 3, 5].map((i) => parseInt(text.slice(i, i + 2), 16) / 255).concat(alpha);
const mix = (a, b, t) => a.map((value, i) => value + (b[i] - value) * t);

function roundedSquare(x, y, inset, radius) {
  const qx = Math.abs(x - SIZE / 2) - (SIZE / 2 - inset - radius);
  const qy = Math.abs(y - SIZE / 2) - (SIZE / 2 - inset - radius);
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - radius <= 0;
}

function ellipse(x, y, cx, cy, rx, ry, angle) {
  const c = Math.cos(angle);
  const s = Math.sin(angle);
  const dx = x - cx;
  const dy = y - cy;
  const u = (dx * c + dy * s) / rx;
  const v = (-dx * s + dy * c) / ry;
  return u * u + v * v <= 1;
}

const rect = (x, y, x0, y0, x1, y1) => x >= x0 && x <= x1 && y >= y0 && y <= y1;

/** The beam: a band of `thickness` between two stem tops. */
function beam(x, y, x0, y0, x1, y1, thickness) {
  if (x < x0 || x > x1) return false;
  const top = y0 + ((y1 - y0) * (x - x0)) / (x1 - x0);
  return y >= top && y <= top + thickness;
}

/** A four-pointed spark: |dx|^p + |dy|^p below 1 with p < 1 pinches it into points. */
function spark(x, y, cx, cy, radius) {
  const p = 0.5;
  return Math.abs((x - cx) / radius) ** p + Math.abs((y - cy) / radius) ** p <= 1;
}

const NAVY = hex('#17233f');
const PLUM = hex('#4b2a6b');
const GOLD = hex('#f0c75e');
const STAFF = hex('#f0c75e', 0.45);
const CREAM = hex('#fff4da');

/** The colour at one sample point: the layers from the back, each drawn over the last. */
function colourAt(x, y) {
  let colour = [0, 0, 0, 0];
  const over = (top) => {
    const a = top[3] + colour[3] * (1 - top[3]);
    if (a === 0) return;
    colour = [0, 1, 2].map((i) => (top[i] * top[3] + colour[i] * colour[3] * (1 - top[3])) / a).concat(a);
  };
  if (!roundedSquare(x, y, 2, 24)) return colour;
  over(mix(NAVY, PLUM, y / SIZE));
  for (const lineY of [44, 55, 66, 77, 88]) if (rect(x, y, 14, lineY - 1, 114, lineY + 1)) over(STAFF);
  // Two eighth notes, the second a third higher, beamed.
  const heads = [
    [46, 88],
    [84, 77],
  ];
  for (const [cx, cy] of heads) if (ellipse(x, y, cx, cy, 11, 8, -0.35)) over(CREAM);
  const stems = heads.map(([cx, cy]) => [cx + 9.5, cy - 2]);
  const tops = [34, 23];
  stems.forEach(([sx, sy], i) => {
    if (rect(x, y, sx - 2.2, tops[i], sx + 2.2, sy)) over(CREAM);
  });
  if (beam(x, y, stems[0][0] - 2.2, tops[0], stems[1][0] + 2.2, tops[1], 9)) over(CREAM);
  if (spark(x, y, 28, 28, 14)) over(GOLD);
  if (spark(x, y, 108, 96, 8)) over(hex('#f0c75e', 0.8));
  return colour;
}

function pixels() {
  const data = Buffer.alloc(SIZE * (SIZE * 4 + 1));
  for (let y = 0; y < SIZE; y++) {
    const row = y * (SIZE * 4 + 1);
    data[row] = 0; // PNG filter: none
    for (let x = 0; x < SIZE; x++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const c = colourAt(x + (sx + 0.5) / SUPERSAMPLE, y + (sy + 0.5) / SUPERSAMPLE);
          // Premultiplied, so transparent samples do not darken the edge.
          for (let i = 0; i < 3; i++) sum[i] += c[i] * c[3];
          sum[3] += c[3];
        }
      }
      const n = SUPERSAMPLE * SUPERSAMPLE;
      const alpha = sum[3] / n;
      const at = row + 1 + x * 4;
      for (let i = 0; i < 3; i++) data[at + i] = Math.round(alpha > 0 ? (sum[i] / sum[3]) * 255 : 0);
      data[at + 3] = Math.round(alpha * 255);
    }
  }
  return data;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, body) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(body.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), body])), 0);
  return Buffer.concat([head, body, crc]);
}

const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header[8] = 8; // bits per channel
header[9] = 6; // RGBA
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', deflateSync(pixels(), { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
const target = join(dirname(fileURLToPath(import.meta.url)), '..', 'media', 'icon.png');
writeFileSync(target, png);
console.log(`wrote ${target} (${png.length} bytes)`);
