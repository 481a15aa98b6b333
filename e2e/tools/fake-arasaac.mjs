// A fake ARASAAC server for the browser tests, on 127.0.0.1 only, serving the invented
// fixture e2e/fixtures/arasaac.json in ARASAAC's JSON shape. The specs forward the app's
// requests for https://api.arasaac.org here, so no test reaches the internet.
//
//   GET /api/pictograms/{lang}/search/{text}
//       200 with the pictograms whose keyword is the text, or all of a category when the
//       text is the category's name; 404 with [] when nothing matches (ARASAAC's way).
//       Words listed in "behaviours" answer slowly (20 s), with a 500, or with broken JSON.
//   GET /api/pictograms/{id}?plural&color&resolution&skin&hair
//       a PNG drawn here (grey when color=false); "broken" pictures answer HTML, "slow"
//       ones take 700 ms.
//
//   node fake-arasaac.mjs [PORT]   (default 4180, or PICTOKIT_FAKE_ARASAAC_PORT)
import http from 'node:http';
import { readFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const fixture = JSON.parse(readFileSync(new URL('../fixtures/arasaac.json', import.meta.url), 'utf8'));

const fold = (text) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();

/** A pictogram as ARASAAC answers it in one language. */
function inLanguage(picto, lang) {
  const { keywords, picture, ...rest } = picto;
  return { ...rest, keywords: keywords[lang] || [] };
}

function search(lang, text) {
  const wanted = fold(text);
  const byKeyword = fixture.pictograms.filter((p) =>
    (p.keywords[lang] || []).some((k) => fold(k.keyword) === wanted || (k.plural && fold(k.plural) === wanted)));
  const categories = Object.entries(fixture.categories)
    .filter(([, names]) => names[lang] && fold(names[lang]) === wanted)
    .map(([key]) => key);
  const byCategory = fixture.pictograms.filter((p) => p.categories.some((c) => categories.includes(c)));
  const seen = new Set();
  return [...byKeyword, ...byCategory]
    .filter((p) => !seen.has(p._id) && seen.add(p._id))
    .map((p) => inLanguage(p, lang));
}

// PNG, drawn by hand: a disc on white, its colour from the pictogram's number.
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}
function png(id, color) {
  const side = 96;
  const hue = (id * 47) % 360;
  const [r, g, b] = color
    ? [Math.round(128 + 100 * Math.cos((hue * Math.PI) / 180)), 90, Math.round(128 + 100 * Math.sin((hue * Math.PI) / 180))]
    : [60, 60, 60];
  const rows = [];
  for (let y = 0; y < side; y += 1) {
    const row = Buffer.alloc(1 + side * 3);
    for (let x = 0; x < side; x += 1) {
      const inside = (x - side / 2) ** 2 + (y - side / 2) ** 2 < (side * 0.38) ** 2;
      row.set(inside ? [r, g, b] : [255, 255, 255], 1 + x * 3);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(side, 0);
  header.writeUInt32BE(side, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function send(res, status, type, body) {
  res.writeHead(status, { 'content-type': type, 'access-control-allow-origin': '*' });
  res.end(body);
}

async function handle(req, res) {
  const url = new URL(req.url, 'http://127.0.0.1');
  const parts = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
  if (parts[0] !== 'api' || parts[1] !== 'pictograms') return send(res, 404, 'application/json', '{"error":"not found"}');

  if (parts.length === 5 && parts[3] === 'search') {
    const [, , lang, , text] = parts;
    const behaviour = fixture.behaviours[fold(text)];
    if (behaviour === 'slow') await sleep(20_000);
    if (behaviour === 'error') return send(res, 500, 'application/json', '{"message":"Error getting pictograms"}');
    if (behaviour === 'broken') return send(res, 200, 'application/json', '[{"_id": 1, "keywords": [{"keyw');
    const found = search(lang, text);
    return send(res, found.length ? 200 : 404, 'application/json', JSON.stringify(found));
  }

  if (parts.length === 3 && /^\d+$/.test(parts[2])) {
    const picto = fixture.pictograms.find((p) => p._id === Number(parts[2]));
    if (!picto) return send(res, 404, 'application/json', '{"error":"not found"}');
    if (picto.picture === 'broken') return send(res, 200, 'text/html', '<html><body>Not a picture</body></html>');
    if (picto.picture === 'slow') await sleep(700);
    return send(res, 200, 'image/png', png(picto._id, url.searchParams.get('color') !== 'false'));
  }
  return send(res, 404, 'application/json', '{"error":"not found"}');
}

/** Starts the fake server (port 0: any free one). Resolves to { url, close }. */
export function startFakeArasaac(port = 0) {
  const server = http.createServer((req, res) => {
    handle(req, res).catch(() => send(res, 500, 'text/plain', 'fake server failure'));
  });
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => {
      const { port: actual } = server.address();
      resolve({ url: `http://127.0.0.1:${actual}`, close: () => new Promise((done) => server.close(done)) });
    });
  });
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  const port = Number(process.argv[2] || process.env.PICTOKIT_FAKE_ARASAAC_PORT || 4180);
  const { url } = await startFakeArasaac(port);
  console.log(`fake ARASAAC on ${url}`);
}
