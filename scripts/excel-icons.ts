/**
 * The Excel add-in's icons (dist/sheets/excel/icon-{16,32,64,80}.png), drawn here and encoded as PNG with
 * node:zlib, so no image file is committed: a green rounded square with a white tick (xcheck's cross-check).
 * The build (tsup.config.ts) writes them; docs/spreadsheets.md lists them.
 */
import { deflateSync } from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** A PNG (8-bit RGBA, no interlace) of `size` × `size` pixels; `pixel(x, y)` gives [r, g, b, a]. */
export function encodePng(size: number, pixel: (x: number, y: number) => readonly [number, number, number, number]): Buffer {
  const raw = Buffer.alloc(size * (1 + size * 4));
  for (let y = 0; y < size; y++) {
    const row = y * (1 + size * 4);
    raw[row] = 0; // filter: none
    for (let x = 0; x < size; x++) raw.set(pixel(x, y), row + 1 + x * 4);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8); // bit depth 8, colour type RGBA, deflate, adaptive filtering, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Distance from p to the segment a–b (unit square coordinates). */
function segmentDistance(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

const GREEN = [0x1f, 0x6f, 0x5c] as const;
const WHITE = [0xff, 0xff, 0xff] as const;

/** Where a point of the unit square falls: outside the rounded square, on it, or on the tick. */
function shade(u: number, v: number): 'none' | 'square' | 'tick' {
  const r = 0.18;
  const cx = Math.min(Math.max(u, r), 1 - r);
  const cy = Math.min(Math.max(v, r), 1 - r);
  if (Math.hypot(u - cx, v - cy) > r) return 'none';
  const tick = Math.min(segmentDistance(u, v, 0.22, 0.52, 0.42, 0.72), segmentDistance(u, v, 0.42, 0.72, 0.8, 0.3));
  return tick <= 0.075 ? 'tick' : 'square';
}

/** The icon at `size` pixels, each pixel averaged over 4 × 4 samples (smooth edges at 16 px). */
export function iconPng(size: number): Buffer {
  const n = 4;
  return encodePng(size, (x, y) => {
    let alpha = 0;
    let white = 0;
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) {
        const s = shade((x + (i + 0.5) / n) / size, (y + (j + 0.5) / n) / size);
        if (s !== 'none') alpha++;
        if (s === 'tick') white++;
      }
    }
    if (alpha === 0) return [0, 0, 0, 0];
    const w = white / alpha;
    const mix = (k: 0 | 1 | 2) => Math.round(GREEN[k] * (1 - w) + WHITE[k] * w);
    return [mix(0), mix(1), mix(2), Math.round((255 * alpha) / (n * n))];
  });
}
