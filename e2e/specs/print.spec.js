// Paper (issue #8): a shopping list, a day strip, a week of strips, a routine's steps and
// the person's own pictograms print with their pictograms whole, in colour, at the size of
// a large tile, each card on one page, in the person's language; the controls stay off
// the paper.
import { test, expect } from '../support/fixtures.js';
import { expectAccessible } from '../support/axe.js';

/** Checks the sheet as it prints: no controls, every picture loaded and at least 2 cm
 * wide (4 cm on a list or a day, 2.2 cm in a week), no card cut by a page; a PDF of it. */
async function printsWhole(page, minWidth, testInfo, name) {
  // Laid out at the width of the paper (A4 at 96 px per inch; the week is landscape).
  const screen = page.viewportSize();
  await page.setViewportSize(name === 'week' ? { width: 1123, height: 794 } : { width: 794, height: 1123 });
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
  await expect(page.locator('.pk-fac-banner')).toBeHidden();
  const pictures = page.locator('.pk-print-card__img');
  await expect(pictures.first()).toBeVisible();
  await expect.poll(() => pictures.evaluateAll((imgs) => imgs.every((img) => img.complete && img.naturalWidth > 0))).toBe(true);
  for (const box of await pictures.evaluateAll((imgs) => imgs.map((img) => img.getBoundingClientRect().width))) {
    expect(box).toBeGreaterThanOrEqual(minWidth);
  }
  const breaks = await page.locator('.pk-print-card').first().evaluate((card) => getComputedStyle(card).breakInside);
  expect(breaks).toBe('avoid');
  const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  expect(pdf.length).toBeGreaterThan(10_000);
  await testInfo.attach(`${name}.pdf`, { body: pdf, contentType: 'application/pdf' });
  if (process.env.PICTOKIT_SHOTS && testInfo.project.name === 'tablet') {
    await page.screenshot({ path: `${process.env.PICTOKIT_SHOTS}/print-${name}.png`, fullPage: true });
  }
  await page.emulateMedia({ media: 'screen' });
  await page.setViewportSize(screen);
}

test('a shopping list prints with its pictograms, quantities and prices', async ({ app, page }, testInfo) => {
  await app.createProfile({ name: 'Marta' });
  await page.getByRole('button', { name: 'Shopping of Marta' }).click();
  await page.getByRole('textbox', { name: 'Name of the new list' }).fill('Market');
  await page.getByRole('button', { name: 'Make the list' }).click();
  await expect(page.getByRole('heading', { name: 'Market', level: 1 })).toBeVisible();
  for (const word of ['banana', 'bread']) {
    await page.getByRole('button', { name: 'Add products' }).click();
    await app.search(word);
    await app.results().first().click();
    await app.picker().getByRole('button', { name: 'Add 1 pictogram' }).click();
    await expect(app.picker()).toBeHidden();
  }
  await page.getByRole('button', { name: 'Print the list' }).click();
  await expect(page.getByRole('heading', { name: 'Market: shopping list of Marta', level: 1 })).toBeVisible();
  const cards = page.getByRole('listitem').filter({ has: page.locator('.pk-print-card__img') });
  await expect(cards).toHaveCount(2);
  await expect(cards.first()).toContainText('× 1');
  await expectAccessible(page, 'the printable shopping list');
  await printsWhole(page, 150, testInfo, 'list');
  await page.getByRole('button', { name: 'Back', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Market', level: 1 })).toBeVisible();
});

test('a day and its week print as strips to cut out, in the person language', async ({ app, page }, testInfo) => {
  await app.createProfile({ name: 'Pau', language: 'Català' });
  await page.getByRole('button', { name: 'Schedule of Pau' }).click();
  for (const [word, name] of [['bread', 'Esmorzar'], ['bus', 'Autobús']]) {
    await page.getByRole('button', { name: 'Add an activity' }).click();
    await app.search(word);
    await app.results().first().click();
    await app.picker().getByRole('button', { name: 'Add 1 pictogram' }).click();
    const form = page.getByRole('region', { name: 'Activity' });
    await form.getByRole('textbox', { name: 'Name' }).fill(name);
    await form.getByRole('button', { name: 'Save the activity' }).click();
    await expect(form).toBeHidden();
  }
  await page.getByRole('button', { name: 'Print this day' }).click();
  await expect(page.getByRole('heading', { name: /^El dia de Pau: /, level: 1 })).toBeVisible();
  await expect(page.locator('.pk-print-card__name')).toHaveText(['Esmorzar', 'Autobús']);
  await expectAccessible(page, 'the printable day');
  await printsWhole(page, 150, testInfo, 'day');
  await page.getByRole('button', { name: 'Back', exact: true }).click();
  await page.getByRole('button', { name: 'Print this week' }).click();
  await expect(page.getByRole('heading', { name: /^La setmana de Pau, des del /, level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { level: 3 })).toHaveText(['dilluns', 'dimarts', 'dimecres', 'dijous', 'divendres', 'dissabte', 'diumenge']);
  await expect(page.locator('.pk-print-card__name')).toHaveText(['Esmorzar', 'Autobús']);
  await expect(page.getByText('No hi ha res previst.')).toHaveCount(6);
  await expectAccessible(page, 'the printable week');
  await printsWhole(page, 75, testInfo, 'week');
});

test("a routine's steps and the person's own pictograms print as cards to cut out", async ({ app, page }, testInfo) => {
  await app.createProfile({ name: 'Pau' });
  await page.getByRole('button', { name: 'Schedule of Pau' }).click();
  await page.getByRole('textbox', { name: 'Name of the new routine' }).fill('Brush teeth');
  await page.getByRole('button', { name: 'Make the routine' }).click();
  for (const word of ['toothbrush', 'droplet', 'towel']) {
    await app.search(word);
    await app.results().first().click();
  }
  await app.picker().getByRole('button', { name: 'Add 3 pictograms' }).click();
  await expect(page.locator('.pk-sched-step')).toHaveCount(3);
  await page.getByRole('button', { name: 'Print the routine Brush teeth' }).click();
  await expect(page.getByRole('heading', { name: 'Brush teeth: the steps of Pau', level: 1 })).toBeVisible();
  await expect(page.locator('.pk-print-card__detail')).toHaveText(['Step 1', 'Step 2', 'Step 3']);
  await expectAccessible(page, 'the printable routine');
  await printsWhole(page, 150, testInfo, 'routine');
  await page.getByRole('button', { name: 'Back', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Print the routine Brush teeth' })).toBeVisible();

  await page.getByRole('button', { name: 'Profiles' }).click();
  await app.openBoard('Pau');
  await page.getByRole('button', { name: 'Add pictograms' }).click();
  for (const word of ['banana', 'bread']) {
    await app.search(word);
    await app.results().first().click();
  }
  await app.picker().getByRole('button', { name: 'Add 2 pictograms' }).click();
  await expect(page.locator('.pk-board-row')).toHaveCount(2);
  const names = (await page.locator('.pk-board-row__name').allTextContents()).map((t) => t.trim());
  await page.getByRole('button', { name: 'Print the pictograms' }).click();
  await expect(page.getByRole('heading', { name: 'The pictograms of Pau', level: 1 })).toBeVisible();
  await expect(page.locator('.pk-print-card__name')).toHaveText(names);
  await expectAccessible(page, 'the printable pictograms');
  await printsWhole(page, 150, testInfo, 'board');
});

/** Lays the page out as on A4 paper (portrait), in print media: 21 cm less the page's
 * margins of 1.2 cm (print.css), at 96 px per inch. */
async function asPaper(page) {
  await page.setViewportSize({ width: 703, height: 1032 });
  await page.emulateMedia({ media: 'print' });
}

// Issue #21: the printed report cut its table at the right edge, and the reasons of a
// cell with no score ("No score yet: …") were only a tooltip, lost on paper.
test('the report prints its whole table and why a score is missing', async ({ app, page }, testInfo) => {
  await app.createProfile({ name: 'Laia' });
  await page.getByRole('button', { name: 'Quality of life of Laia' }).click();
  await page.getByRole('button', { name: 'Start a new assessment' }).click();
  for (const [name, role] of [['Marta Puigdomènech', 'Family'], ['Jordi Casademunt', 'Professional']]) {
    await page.getByRole('textbox', { name: 'Name of who answers' }).fill(name);
    await page.getByRole('radio', { name: role, exact: true }).check();
    await page.getByRole('button', { name: 'Add to the team' }).click();
    await expect(page.getByRole('heading', { name, level: 3 })).toBeVisible();
  }
  await page.getByRole('button', { name: 'Answer here as Jordi Casademunt' }).click();
  const radios = page.getByRole('region', { name: 'Emotional wellbeing', exact: true }).getByRole('radio', { name: 'Often', exact: true });
  for (let index = 0; index < 5; index += 1) await radios.nth(index).check();
  await page.getByRole('button', { name: 'Go on later' }).click();
  await page.getByRole('button', { name: 'Report', exact: true }).click();
  await expect(page.getByRole('heading', { name: /^Report: Laia/, level: 1 })).toBeVisible();

  await asPaper(page);
  const table = page.getByRole('table');
  await expect(table).toBeVisible();
  const fits = await table.evaluate((el) => {
    const wrap = el.parentElement;
    return { right: el.getBoundingClientRect().right, width: document.documentElement.clientWidth, scroll: wrap.scrollWidth, client: wrap.clientWidth };
  });
  expect(fits.right, 'the table ends inside the page').toBeLessThanOrEqual(fits.width);
  expect(fits.scroll, 'nothing of the table is scrolled out of sight').toBeLessThanOrEqual(fits.client);
  // Laia has no answers: why her cells have no score is written on the paper, in each
  // cell and, once, the rule under the table.
  const why = table.getByRole('row', { name: /^Rights/ }).getByText('0 of 5 answered, 3 needed').first();
  await expect(why).toBeVisible();
  const box = await why.boundingBox();
  expect(box.width, 'the reason is written out, not hidden').toBeGreaterThan(20);
  expect(box.x + box.width).toBeLessThanOrEqual(fits.width);
  await expect(page.getByText('—: no score yet. A part of life has a score when at least half of its questions have an answer on the scale')).toBeVisible();
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  await testInfo.attach('report.pdf', { body: pdf, contentType: 'application/pdf' });
  if (process.env.PICTOKIT_SHOTS) await page.screenshot({ path: `${process.env.PICTOKIT_SHOTS}/print-report-${testInfo.project.name}.png`, fullPage: true });
});

// Issue #21: the printed board had a cream page and a stray cut line.
test('a board prints on white paper with cut lines only around its cards', async ({ app, page }, testInfo) => {
  await app.createProfile({ name: 'Pau' });
  await app.openBoard('Pau');
  await page.getByRole('button', { name: 'Add pictograms' }).click();
  for (const word of ['banana', 'bread', 'apple']) {
    await app.search(word);
    await app.results().first().click();
  }
  await app.picker().getByRole('button', { name: 'Add 3 pictograms' }).click();
  await page.getByRole('button', { name: 'Print the pictograms' }).click();
  await expect(page.getByRole('heading', { name: 'The pictograms of Pau', level: 1 })).toBeVisible();
  await asPaper(page);
  const white = 'rgb(255, 255, 255)';
  const backgrounds = await page.evaluate(() => [document.documentElement, document.body, ...document.querySelectorAll('.pk-facilitator, .pk-fac-main, .pk-print, .pk-print__sheet')]
    .map((el) => getComputedStyle(el).backgroundColor)
    .filter((colour) => colour !== 'rgba(0, 0, 0, 0)'));
  expect(backgrounds.length).toBeGreaterThan(0);
  for (const colour of backgrounds) expect(colour, 'the paper is white').toBe(white);
  // Dashed lines belong to the cards: nothing else on the sheet draws one.
  const stray = await page.evaluate(() => [...document.querySelectorAll('body *')]
    .filter((el) => !el.classList.contains('pk-print-card') && el.getClientRects().length > 0)
    .filter((el) => ['Top', 'Right', 'Bottom', 'Left'].some((side) => {
      const style = getComputedStyle(el);
      return style[`border${side}Style`] !== 'none' && parseFloat(style[`border${side}Width`]) > 0;
    }))
    .map((el) => el.className || el.tagName));
  expect(stray, 'only the cards have lines to cut along').toEqual([]);
  // Two cards side by side share one cut line: the next begins on the last one's border.
  const cards = await page.locator('.pk-print-card').evaluateAll((els) => els.map((el) => {
    const box = el.getBoundingClientRect();
    return { left: box.left, right: box.right, top: box.top, border: parseFloat(getComputedStyle(el).borderLeftWidth) };
  }));
  expect(cards[0].left, 'the first card is whole on the page').toBeGreaterThanOrEqual(0);
  for (let index = 1; index < cards.length; index += 1) {
    if (cards[index].top !== cards[index - 1].top) continue;
    expect(cards[index].left, `card ${index + 1} starts on the line of card ${index}`).toBeCloseTo(cards[index - 1].right - cards[index].border, 1);
  }
  const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
  await testInfo.attach('board.pdf', { body: pdf, contentType: 'application/pdf' });
  if (process.env.PICTOKIT_SHOTS) await page.screenshot({ path: `${process.env.PICTOKIT_SHOTS}/print-board-${testInfo.project.name}.png`, fullPage: true });
});
