#!/usr/bin/env node
/* Draws the add-in icons (assets/icon-16/32/64/80/128.png): a blue rounded square with three rising white bars.
   A tiny PNG encoder over node:zlib; 4×4 supersampling for smooth edges. Run: node scripts/make-icons.js */
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
/** rgba: Uint8Array of size*size*4 → PNG bytes (8-bit RGBA, filter 0). */
function encodePng(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    Buffer.from(rgba.buffer, y * size * 4, size * 4).copy(raw, y * (size * 4 + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// Shapes in unit coordinates (0..1).
const inRoundRect = (x, y, x0, y0, x1, y1, r) => {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
};
const BARS = [
  [0.22, 0.58, 0.36, 0.8],
  [0.43, 0.42, 0.57, 0.8],
  [0.64, 0.22, 0.78, 0.8],
];
const BLUE = [15, 108, 189];
const WHITE = [255, 255, 255];

function draw(size) {
  const px = new Uint8Array(size * size * 4);
  const S = 4;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let bg = 0;
      let fg = 0;
      for (let sy = 0; sy < S; sy++) {
        for (let sx = 0; sx < S; sx++) {
          const u = (x + (sx + 0.5) / S) / size;
          const v = (y + (sy + 0.5) / S) / size;
          if (!inRoundRect(u, v, 0.02, 0.02, 0.98, 0.98, 0.18)) continue;
          if (BARS.some(([a, b, c, d]) => inRoundRect(u, v, a, b, c, d, 0.02))) fg++;
          else bg++;
        }
      }
      const n = S * S;
      const alpha = (bg + fg) / n;
      const i = (y * size + x) * 4;
      if (alpha === 0) continue;
      const w = fg / (bg + fg);
      for (let k = 0; k < 3; k++) px[i + k] = Math.round(BLUE[k] * (1 - w) + WHITE[k] * w);
      px[i + 3] = Math.round(alpha * 255);
    }
  }
  return encodePng(size, px);
}

const out = path.join(__dirname, '..', 'assets');
fs.mkdirSync(out, { recursive: true });
for (const size of [16, 32, 64, 80, 128]) {
  fs.writeFileSync(path.join(out, `icon-${size}.png`), draw(size));
  console.log(`assets/icon-${size}.png`);
}
