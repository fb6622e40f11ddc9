// Draws the add-in's icons (three tier bars on a rounded tile) as PNGs in assets/: 16, 20, 24, 32, 40,
// 48, 64, 80 and 128 px. `node scripts/make-icons.mjs` rewrites them identically.
import { writeFileSync } from "node:fs";
import { deflateSync } from "node:zlib";

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
  const td = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
};

function png(size) {
  const px = Buffer.alloc(size * size * 4);
  const radius = size * 0.18;
  const inTile = (x, y) => {
    const cx = Math.min(Math.max(x, radius), size - radius);
    const cy = Math.min(Math.max(y, radius), size - radius);
    return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
  };
  const bars = [
    { top: 0.2, width: 0.36, color: [0x10, 0x7c, 0x41] },
    { top: 0.43, width: 0.56, color: [0x1f, 0x4e, 0x78] },
    { top: 0.66, width: 0.76, color: [0x6e, 0x6e, 0x6e] },
  ];
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const i = (y * size + x) * 4;
      const [fx, fy] = [(x + 0.5) / size, (y + 0.5) / size];
      if (!inTile(x + 0.5, y + 0.5)) continue;
      let rgb = [0xff, 0xff, 0xff];
      for (const b of bars) {
        if (fy >= b.top && fy < b.top + 0.15 && fx >= 0.12 && fx < 0.12 + b.width) rgb = b.color;
      }
      px.set([...rgb, 0xff], i);
      // A thin border keeps the white tile visible on a white ribbon.
      if (!inTile(x - 1, y) || !inTile(x + 1, y) || !inTile(x, y - 1) || !inTile(x, y + 1))
        px.set([0x10, 0x7c, 0x41, 0xff], i);
    }
  }
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) px.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

for (const size of [16, 20, 24, 32, 40, 48, 64, 80, 128]) writeFileSync(`assets/icon-${size}.png`, png(size));
console.log("icons written");
