// Draws the app icons (a white V on teal) as PNGs with no image library: run once, commit output.
import { deflateSync } from 'node:zlib';
import { writeFileSync } from 'node:fs';

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
};

function inside(poly, x, y) {
  let hit = false;
  for (let i = 0, j = poly.length - 1; i < poly.length; j = i++) {
    const [xi, yi] = poly[i];
    const [xj, yj] = poly[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) hit = !hit;
  }
  return hit;
}

function icon(size, { rounded, scale }) {
  const v = [
    [16, 18],
    [24, 18],
    [32, 40],
    [40, 18],
    [48, 18],
    [36, 48],
    [28, 48],
  ].map(([x, y]) => [32 + (x - 32) * scale, 32 + (y - 33) * scale]);
  const rows = [];
  for (let py = 0; py < size; py++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let px = 0; px < size; px++) {
      // 4 samples per pixel for smooth edges
      let white = 0;
      let bg = 0;
      for (const [dx, dy] of [
        [0.25, 0.25],
        [0.75, 0.25],
        [0.25, 0.75],
        [0.75, 0.75],
      ]) {
        const x = ((px + dx) / size) * 64;
        const y = ((py + dy) / size) * 64;
        const r = 12;
        const cx = Math.min(Math.max(x, r), 64 - r);
        const cy = Math.min(Math.max(y, r), 64 - r);
        const inBg = !rounded || (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
        if (inBg) bg++;
        if (inBg && inside(v, x, y)) white++;
      }
      const a = bg / 4;
      const w = white / Math.max(bg, 1);
      const o = 1 + px * 4;
      row[o] = Math.round(0x1f + (255 - 0x1f) * w);
      row[o + 1] = Math.round(0x4e + (255 - 0x4e) * w);
      row[o + 2] = Math.round(0x5f + (255 - 0x5f) * w);
      row[o + 3] = Math.round(255 * a);
    }
    rows.push(row);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

writeFileSync('public/icons/icon-192.png', icon(192, { rounded: true, scale: 1 }));
writeFileSync('public/icons/icon-512.png', icon(512, { rounded: true, scale: 1 }));
// maskable: full bleed, the mark inside the central safe zone
writeFileSync('public/icons/icon-maskable-512.png', icon(512, { rounded: false, scale: 0.75 }));
