// Screenshots of the shopping helper for docs/shopping/README.md, on a tablet and a phone.
import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const context = await browser.newContext({ viewport: { width: 1024, height: 768 }, hasTouch: true });
const page = await context.newPage();
// Run with the build served: node tools/shopping-screenshots.mjs [base URL]
const base = process.argv[2] || 'http://127.0.0.1:4190/';
const shot = (n) => page.screenshot({ path: new URL(`../../docs/shopping/${n}.png`, import.meta.url).pathname });
await page.goto(base + 'facilitator.html#/facilitator/new');
await page.getByRole('textbox', { name: 'Name' }).fill('Marta');
await page.getByRole('button', { name: 'Save' }).click();
await page.getByRole('button', { name: 'Shopping of Marta' }).click();
await page.getByRole('button', { name: 'Count the wallet' }).click();
for (const [n, c] of [['20 euro note', 1], ['5 euro note', 1], ['2 euro coin', 2], ['50 cent coin', 1], ['10 cent coin', 2]]) for (let i = 0; i < c; i++) await page.getByRole('button', { name: `One more ${n}`, exact: true }).click();
await shot('wallet');
await page.getByRole('button', { name: 'All lists' }).click();
await page.getByRole('textbox', { name: 'Name of the new list' }).fill('Weekly shop');
await page.getByRole('button', { name: 'Make the list' }).click();
await page.getByRole('button', { name: 'Add products' }).click();
const picker = page.getByRole('dialog', { name: /Choose/ });
for (const w of ['green apple', 'bread', 'glass of milk']) { await picker.getByRole('searchbox', { name: 'Search' }).fill(w); await page.waitForTimeout(400); await picker.getByRole('list', { name: 'Pictograms' }).getByRole('button').first().click(); }
await picker.getByRole('button', { name: 'Add 3 pictograms' }).click();
async function price(p, a) { await page.getByRole('button', { name: new RegExp(`^Price of ${p}:`) }).click(); const d = page.getByRole('dialog'); await d.getByRole('button', { name: 'Clear' }).click(); for (const k of a) await d.getByRole('button', { name: k === '.' ? /point/ : k, exact: k !== '.' }).click(); if (p === 'bread') await shot('keypad'); await d.getByRole('button', { name: 'Done' }).click(); }
await price('green apple', '1.25'); await price('bread', '3.10'); await price('glass of milk', '0.95');
await page.getByRole('button', { name: 'One green apple more' }).click();
await page.getByRole('button', { name: 'Type the budget' }).click();
await page.getByRole('dialog').getByRole('button', { name: '6', exact: true }).click();
await page.getByRole('dialog').getByRole('button', { name: 'Done' }).click();
await shot('list-editor');
await page.getByRole('button', { name: 'Lock this device for Marta' }).click();
await page.getByRole('button', { name: 'Shopping' }).click();
await shot('person-lists');
await page.getByRole('button', { name: 'Weekly shop' }).click();
await shot('person-card');
await page.getByRole('button', { name: 'In the basket' }).click();
await page.getByRole('button', { name: 'In the basket' }).click();
await page.waitForTimeout(300);
await shot('person-card-nofit');
await page.getByRole('button', { name: 'In the basket' }).click();
await page.getByRole('button', { name: 'Pay' }).click();
await page.waitForTimeout(500);
await shot('till');
await page.setViewportSize({ width: 390, height: 844 });
await shot('till-phone');
await page.setViewportSize({ width: 1024, height: 768 });
await page.getByRole('button', { name: 'The list' }).click();
await page.getByRole('button', { name: 'My lists' }).click();
await page.getByRole('button', { name: 'Practise with money' }).click();
await page.getByRole('button', { name: 'Make an amount' }).click();
await page.getByRole('button', { name: 'Put down a 2 euro coin' }).click();
await shot('practice');

// A second person: photos of her own money, the list in the grid, and a till that says
// another amount. The "photos" are pictures drawn here, standing in for real ones.
const second = await browser.newContext({ viewport: { width: 1024, height: 768 }, hasTouch: true });
const p2 = await second.newPage();
const shot2 = (n) => p2.screenshot({ path: new URL(`../../docs/shopping/${n}.png`, import.meta.url).pathname });
async function drawn(name, w, h, colour, text) {
  const b64 = await p2.evaluate(([w, h, colour, text]) => {
    const c = document.createElement('canvas'); c.width = w; c.height = h;
    const g = c.getContext('2d');
    const grad = g.createLinearGradient(0, 0, w, h); grad.addColorStop(0, '#e8e4da'); grad.addColorStop(1, '#c9c3b4');
    g.fillStyle = grad; g.fillRect(0, 0, w, h);
    g.fillStyle = colour;
    if (w === h) { g.beginPath(); g.arc(w / 2, h / 2, w * 0.46, 0, Math.PI * 2); g.fill(); } else { g.fillRect(w * 0.04, h * 0.08, w * 0.92, h * 0.84); }
    g.fillStyle = '#1f2a37'; g.font = `bold ${Math.round(h / 3)}px sans-serif`; g.textAlign = 'center'; g.textBaseline = 'middle';
    g.fillText(text, w / 2, h / 2);
    return c.toDataURL('image/png').split(',')[1];
  }, [w, h, colour, text]);
  return { name, mimeType: 'image/png', buffer: Buffer.from(b64, 'base64') };
}
await p2.goto(base + 'facilitator.html#/facilitator/new');
await p2.getByRole('textbox', { name: 'Name' }).fill('Ona');
await p2.getByRole('group', { name: 'Pictograms per screen' }).getByRole('radio', { name: '4', exact: true }).check();
await p2.getByRole('button', { name: 'Save' }).click();
await p2.getByRole('button', { name: 'Shopping of Ona' }).click();
await p2.getByRole('radio', { name: 'The whole list in the grid' }).check();
await p2.getByRole('button', { name: 'Count the wallet' }).click();
for (const [n, c] of [['10 euro note', 1], ['2 euro coin', 2]]) for (let i = 0; i < c; i++) await p2.getByRole('button', { name: `One more ${n}`, exact: true }).click();
await p2.getByLabel('Photo: 10 euro note').setInputFiles(await drawn('n10.png', 640, 330, '#e9a8a0', '10'));
await p2.getByLabel('Photo: 2 euro coin').setInputFiles(await drawn('e2.png', 400, 400, '#d8c27a', '2'));
await p2.getByRole('status').filter({ hasText: 'Photo kept: 2 euro coin.' }).waitFor();
await p2.getByRole('button', { name: 'Use the drawing: 10 euro note' }).evaluate((b) => b.scrollIntoView({ block: 'center' }));
await shot2('wallet-photos');
await p2.getByRole('button', { name: 'All lists' }).click();
await p2.getByRole('textbox', { name: 'Name of the new list' }).fill('Fruit');
await p2.getByRole('button', { name: 'Make the list' }).click();
await p2.getByRole('button', { name: 'Add products' }).click();
const picker2 = p2.getByRole('dialog', { name: /Choose/ });
for (const w of ['banana', 'pear', 'cherries']) { await picker2.getByRole('searchbox', { name: 'Search' }).fill(w); await p2.waitForTimeout(400); await picker2.getByRole('list', { name: 'Pictograms' }).getByRole('button').first().click(); }
await picker2.getByRole('button', { name: 'Add 3 pictograms' }).click();
for (const [product, amount] of [['banana', '1.30'], ['pear', '1.60']]) {
  await p2.getByRole('button', { name: new RegExp(`^Price of ${product}:`) }).click();
  const d = p2.getByRole('dialog'); await d.getByRole('button', { name: 'Clear' }).click();
  for (const k of amount) await d.getByRole('button', { name: k === '.' ? /point/ : k, exact: k !== '.' }).click();
  await d.getByRole('button', { name: 'Done' }).click();
}
await p2.getByRole('button', { name: 'Lock this device for Ona' }).click();
await p2.getByRole('button', { name: 'Shopping' }).click();
await p2.getByRole('button', { name: 'Fruit' }).click();
await p2.getByRole('button', { name: /^banana/ }).click();
await p2.getByRole('button', { name: /^pear/ }).click();
await p2.waitForTimeout(300);
await shot2('person-grid');
await p2.getByRole('button', { name: 'Pay' }).click();
await p2.getByRole('button', { name: 'The till says another amount' }).click();
const d2 = p2.getByRole('dialog'); await d2.getByRole('button', { name: 'Clear' }).click();
for (const k of '2.95') await d2.getByRole('button', { name: k === '.' ? /point/ : k, exact: k !== '.' }).click();
await d2.getByRole('button', { name: 'Done' }).click();
await p2.waitForTimeout(500);
await shot2('till-own-money');
await browser.close();
