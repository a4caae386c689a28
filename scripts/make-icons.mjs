// Draws the extension icons (a teal rounded square with a white check mark) as PNG files.
// Run once by developers: node scripts/make-icons.mjs
import { deflateSync, crc32 } from "node:zlib";
import { writeFileSync } from "node:fs";

function png(size) {
  const px = Buffer.alloc(size * (size * 4 + 1));
  const r = size * 0.22;
  const inRounded = (x, y) => {
    const cx = Math.min(Math.max(x, r), size - r), cy = Math.min(Math.max(y, r), size - r);
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
  };
  // check mark: two strokes
  const dist = (px0, py0, x1, y1, x2, y2) => {
    const dx = x2 - x1, dy = y2 - y1, t = Math.max(0, Math.min(1, ((px0 - x1) * dx + (py0 - y1) * dy) / (dx * dx + dy * dy)));
    return Math.hypot(px0 - (x1 + t * dx), py0 - (y1 + t * dy));
  };
  const w = size * 0.09;
  for (let y = 0; y < size; y++) {
    px[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const o = y * (size * 4 + 1) + 1 + x * 4;
      const X = x + 0.5, Y = y + 0.5;
      if (!inRounded(X, Y)) { px.writeUInt32BE(0x00000000, o); continue; }
      const check = Math.min(dist(X, Y, size * 0.27, size * 0.52, size * 0.43, size * 0.68), dist(X, Y, size * 0.43, size * 0.68, size * 0.74, size * 0.33)) < w;
      px.writeUInt32BE(check ? 0xffffffff : 0x0f766eff, o);
    }
  }
  const chunk = (type, data) => {
    const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type), data]);
    const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(td));
    return Buffer.concat([len, td, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0); ihdr.writeUInt32BE(size, 4); ihdr[8] = 8; ihdr[9] = 6;
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk("IHDR", ihdr), chunk("IDAT", deflateSync(px)), chunk("IEND", Buffer.alloc(0))]);
}

for (const s of [16, 32, 48, 128]) writeFileSync(new URL(`../extension/icons/icon${s}.png`, import.meta.url), png(s));
