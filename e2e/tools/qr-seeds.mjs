// Seeds for the `scan` fuzz target (scripts/fuzz): grey frames with a QR code drawn in
// them, at several sizes, offsets and texts. Each file is two bytes of width
// (little-endian), then one byte per pixel.
//   node tools/qr-seeds.mjs <folder>
import fs from 'node:fs';
import path from 'node:path';
import QRCode from 'qrcode';

const folder = process.argv[2];
if (!folder) throw new Error('usage: node tools/qr-seeds.mjs <folder>');
fs.mkdirSync(folder, { recursive: true });
const seeds = [
  ['PKS1:q1YqSs0rVrKqVkrLzElVsgIAAAD__w', 3, 0],
  ['https://example.com/not-settings', 2, 5],
  ['hello', 4, 11],
  ['PKS2:AAAA', 3, 2],
];
seeds.forEach(([text, scale, offset], index) => {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const side = (modules.size + 8) * scale + offset;
  const frame = Buffer.alloc(2 + side * side, 255);
  frame.writeUInt16LE(side, 0);
  for (let y = 0; y < modules.size; y += 1) {
    for (let x = 0; x < modules.size; x += 1) {
      if (!modules.get(y, x)) continue;
      for (let dy = 0; dy < scale; dy += 1) {
        const row = 2 + ((y + 4) * scale + dy + offset) * side;
        frame.fill(0, row + (x + 4) * scale + offset, row + (x + 5) * scale + offset);
      }
    }
  }
  fs.writeFileSync(path.join(folder, `qr-${index}`), frame);
});
console.log(`${seeds.length} QR frames in ${folder}`);
