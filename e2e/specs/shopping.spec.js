// The shopping helper: the facilitator and the person build a list (pictograms, a photo,
// prices on the keypad, a budget); in person mode the person shops one item at a time
// while the budget runs low; at the till the app shows which coins and notes of the
// wallet to give, in each paying strategy, and the change; the wallet is updated; the
// list is there for next week, after a reload and offline.
import { test, expect, PHONE } from '../support/fixtures.js';
import { expectAccessible, expectAccessibleInEveryTheme } from '../support/axe.js';
import { smallTargets } from '../support/targets.js';

/** Opens a person's shopping from the list of profiles. */
async function openShopping(page, name) {
  await page.getByRole('button', { name: `Shopping of ${name}` }).click();
  await expect(page.getByRole('heading', { name: `Shopping with ${name}`, level: 1 })).toBeVisible();
}

/** Counts a wallet: `{ '20 euro note': 1, '50 cent coin': 2 }`. */
async function countWallet(page, pieces) {
  await page.getByRole('button', { name: 'Count the wallet' }).click();
  for (const [name, count] of Object.entries(pieces)) {
    for (let n = 0; n < count; n += 1) {
      await page.getByRole('button', { name: `One more ${name}`, exact: true }).click();
    }
  }
}

/** Types an amount on the price keypad of the open dialog and confirms it. */
async function typePrice(page, amount) {
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('button', { name: 'Clear' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Clear' }).click();
  for (const key of amount) {
    const name = key === '.' || key === ',' ? /point|coma/ : key;
    await dialog.getByRole('button', { name, exact: typeof name === 'string' }).click();
  }
  await dialog.getByRole('button', { name: /^(Done|Fet|Hecho)$/ }).click();
  await expect(dialog).toBeHidden();
}

/** Makes a list and adds products found in the picker by word. */
async function makeList(app, page, listName, words) {
  await page.getByRole('textbox', { name: 'Name of the new list' }).fill(listName);
  await page.getByRole('button', { name: 'Make the list' }).click();
  await expect(page.getByRole('heading', { name: listName, level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Add products' }).click();
  for (const word of words) {
    await app.search(word);
    await app.results().first().click();
  }
  await app.picker().getByRole('button', { name: words.length === 1 ? 'Add 1 pictogram' : `Add ${words.length} pictograms` }).click();
  await expect(app.picker()).toBeHidden();
}

/** Sets the price of a product on the list screen. */
async function setPrice(page, product, amount) {
  await page.getByRole('button', { name: new RegExp(`^Price of ${product}:`) }).click();
  await typePrice(page, amount);
}

/** The budget section of the shop screen. */
function budget(page) {
  return page.getByRole('region', { name: 'Budget' });
}

test('build a list, shop with the budget running low, pay, and find it all again next week', PHONE, async ({ app, page }) => {
  await app.createProfile({ name: 'Marta' });
  await openShopping(page, 'Marta');
  await countWallet(page, { '20 euro note': 1, '5 euro note': 1, '2 euro coin': 2, '50 cent coin': 1 });
  await expect(page.getByText('In the wallet: €29.50')).toBeVisible();
  await page.getByRole('button', { name: 'All lists' }).click();

  await makeList(app, page, 'Weekly shop', ['green apple', 'bread', 'glass of milk']);
  await expect(page.getByRole('button', { name: /^Remove / })).toHaveCount(3);
  await setPrice(page, 'green apple', '1,25');
  await expect(page.getByRole('button', { name: /^Price of green apple: €1.25 each$/ })).toBeVisible();
  await page.getByRole('button', { name: 'One green apple more' }).click();
  await setPrice(page, 'bread', '3.10');
  await setPrice(page, 'glass of milk', '0.95');
  // A wrong price gets a clear message and changes nothing.
  await page.getByRole('button', { name: /^Price of bread:/ }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Clear' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Done' }).click();
  await expect(page.getByRole('dialog').getByRole('alert')).toHaveText('Type a price.');
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('button', { name: /^Price of bread: €3.10 each$/ })).toBeVisible();
  await page.getByRole('button', { name: 'Type the budget' }).click();
  // The budget's keypad speaks of a budget, not of a price.
  const budgetDialog = page.getByRole('dialog');
  await expect(budgetDialog.getByRole('group', { name: 'Budget' })).toBeVisible();
  await expect(budgetDialog.getByRole('button', { name: 'No budget' })).toBeVisible();
  await expect(budgetDialog.getByText(/price/i)).toHaveCount(0);
  await budgetDialog.getByRole('button', { name: 'Clear' }).click();
  await budgetDialog.getByRole('button', { name: 'Done' }).click();
  await expect(budgetDialog.getByRole('alert')).toHaveText('Type a budget.');
  await typePrice(page, '6');
  await expect(page.getByText('Total: €6.55 of a budget of €6.00')).toBeVisible();
  await expectAccessible(page, 'the list editor');

  // The usual products remember the last price for the next list.
  await expect(page.getByRole('button', { name: 'Add bread, €3.10' })).toBeVisible();

  // Shop in person mode, one item at a time.
  await page.getByRole('button', { name: 'Lock this device for Marta' }).click();
  await expect(app.lockCorner()).toBeVisible();
  await page.getByRole('button', { name: 'Shopping' }).click();
  await page.getByRole('button', { name: 'Weekly shop' }).click();
  await expect(page.getByRole('button', { name: /^2 × green apple/ })).toBeVisible();
  await expect(budget(page)).toHaveAttribute('data-status', 'plenty');
  await page.getByRole('button', { name: 'In the basket' }).click();
  await expect(budget(page)).toContainText('In the basket: €2.50 of €6.00');
  await expect(budget(page).getByRole('status')).toHaveText('You have €3.50 left.');
  await expect(page.getByRole('button', { name: /^bread/ })).toBeVisible();
  await page.getByRole('button', { name: 'In the basket' }).click();
  // The milk does not fit any more: said in words with a pictogram, and nothing blocked.
  await expect(budget(page)).toHaveAttribute('data-status', 'next-does-not-fit');
  await expect(budget(page).getByRole('status')).toHaveText(
    'glass of milk does not fit in your money. You have €0.40 left. You decide.',
  );
  await expect(budget(page).getByRole('status').locator('img')).toHaveCount(1);
  await expectAccessible(page, 'the shop, next does not fit');
  // Not there: skipped, and the budget is only low.
  await page.getByRole('button', { name: 'Not there' }).click();
  await expect(budget(page)).toHaveAttribute('data-status', 'low');
  await expect(budget(page).getByRole('status')).toHaveText('Money is running low. You have €0.40 left.');
  // It was there after all, cheaper on the shelf.
  await expect(page.getByRole('button', { name: /^glass of milk/ })).toBeVisible();
  await page.getByRole('button', { name: 'It is there' }).click();
  await page.getByRole('button', { name: 'New price' }).click();
  await typePrice(page, '0,35');
  await page.getByRole('button', { name: 'In the basket' }).click();
  await expect(budget(page)).toContainText('In the basket: €5.95 of €6.00');
  await expect(page.getByRole('button', { name: 'Take it out' })).toBeVisible();
  // Tap again to undo, and again to put it back.
  await page.getByRole('button', { name: 'Take it out' }).click();
  await expect(budget(page)).toContainText('In the basket: €5.60 of €6.00');
  await page.getByRole('button', { name: 'In the basket' }).click();
  const said = (await app.utterances()).map((u) => u.text);
  expect(said).toContain('The price is now €0.35.');
  expect(await smallTargets(page, '.pk-person')).toEqual([]);

  // At the till, exact amount where possible: €5 + €2, €1.05 back.
  await page.getByRole('button', { name: 'Pay' }).click();
  await expect(page.getByRole('button', { name: 'To pay: €5.95' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Give 1 × 5 euro note, 1 × 2 euro coin.' })).toBeVisible();
  await expect(page.getByRole('img', { name: '1 × 5 euro note' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'You get back €1.05.' })).toBeVisible();
  await expect(page.getByRole('img', { name: '1 × 1 euro coin' })).toBeVisible();
  await expect(page.getByRole('img', { name: '1 × 5 cent coin' })).toBeVisible();
  expect(await smallTargets(page, '.pk-person')).toEqual([]);
  await expectAccessible(page, 'the till');
  await page.getByRole('button', { name: 'I paid' }).click();
  await expect(page.getByText('Now in your wallet: €23.55')).toBeVisible();

  // Kept after a reload: still locked, the wallet changed, the list ready for next week.
  await page.reload();
  await app.loaded();
  await expect(app.lockCorner()).toBeVisible();
  await app.unlock();
  await app.backToProfiles();
  await openShopping(page, 'Marta');
  await expect(page.getByText('In the wallet: €23.55')).toBeVisible();
  await page.getByRole('button', { name: 'Copy Weekly shop' }).click();
  await expect(page.getByRole('heading', { name: 'Weekly shop (copy)', level: 3 })).toBeVisible();
  await page.getByRole('button', { name: 'Open Weekly shop (copy)' }).click();
  await expect(page.getByRole('button', { name: /^Price of glass of milk: €0.35 each$/ })).toBeVisible();
});

test('at the till each paying strategy hands over the right coins and notes', async ({ app, page }) => {
  await app.createProfile({ name: 'Pau' });
  await openShopping(page, 'Pau');
  await countWallet(page, {
    '20 euro note': 1, '10 euro note': 1, '5 euro note': 1, '2 euro coin': 2, '1 euro coin': 1,
    '50 cent coin': 1, '20 cent coin': 2, '10 cent coin': 1,
  });
  await expect(page.getByText('In the wallet: €41.00')).toBeVisible();
  await page.getByRole('button', { name: 'All lists' }).click();
  await makeList(app, page, 'Bakery', ['croissant']);
  await setPrice(page, 'croissant', '12.30');

  const cases = [
    {
      strategy: 'The exact amount',
      give: 'Give 1 × 10 euro note, 1 × 2 euro coin, 1 × 20 cent coin, 1 × 10 cent coin.',
      back: 'You get nothing back.',
    },
    { strategy: 'The next euro up', give: 'Give 1 × 10 euro note, 1 × 2 euro coin, 1 × 1 euro coin.', back: 'You get back €0.70.' },
    { strategy: 'One note that covers it', give: 'Give 1 × 20 euro note.', back: 'You get back €7.70.' },
  ];
  for (const [index, { strategy, give, back }] of cases.entries()) {
    if (index > 0) {
      await app.unlock();
      // Unlocking comes back to where the lock was turned on.
      await expect(page.getByRole('heading', { name: 'Shopping with Pau', level: 1 })).toBeVisible();
      await app.backToProfiles();
      await openShopping(page, 'Pau');
    } else {
      await page.getByRole('button', { name: 'All lists' }).click();
    }
    await page.getByRole('radio', { name: new RegExp(`^${strategy}`) }).check();
    await page.getByRole('button', { name: 'Lock this device for Pau' }).click();
    await page.getByRole('button', { name: 'Shopping' }).click();
    await page.getByRole('button', { name: 'Bakery' }).click();
    if (index === 0) await page.getByRole('button', { name: 'In the basket' }).click();
    await page.getByRole('button', { name: 'Pay' }).click();
    await expect(page.getByRole('button', { name: 'To pay: €12.30' })).toBeVisible();
    await expect(page.getByRole('button', { name: give })).toBeVisible();
    await expect(page.getByRole('button', { name: back })).toBeVisible();
  }
  // The change of a note, in pictures too: €5 + €2 + 50c + 20c.
  for (const piece of ['1 × 5 euro note', '1 × 2 euro coin', '1 × 50 cent coin', '1 × 20 cent coin']) {
    await expect(page.getByRole('region', { name: 'You get back' }).getByRole('img', { name: piece })).toBeVisible();
  }
  await page.getByRole('button', { name: 'I paid' }).click();
  await expect(page.getByText('Now in your wallet: €28.70')).toBeVisible();
  // Changed their mind: undo puts the wallet back.
  await page.getByRole('button', { name: 'I did not pay' }).click();
  await expect(page.getByRole('button', { name: 'Give 1 × 20 euro note.' })).toBeVisible();
});

test('when the wallet cannot cover it, the till says so kindly and shows what is missing', async ({ app, page }) => {
  await app.createProfile({ name: 'Laia' });
  await openShopping(page, 'Laia');
  await countWallet(page, { '5 euro note': 1 });
  await page.getByRole('button', { name: 'All lists' }).click();
  await makeList(app, page, 'Pharmacy', ['pill']);
  await setPrice(page, 'pill', '7,25');
  // A photo of the exact product the person buys.
  await page.getByRole('button', { name: 'Add products' }).click();
  const picker = app.picker();
  await picker.getByRole('button', { name: 'Own photos' }).click();
  await picker.getByRole('button', { name: 'New photo' }).click();
  await picker.getByRole('button', { name: 'Use the camera' }).click();
  await picker.getByRole('button', { name: 'Take the photo' }).click();
  await picker.getByRole('textbox', { name: 'English' }).fill('My hand cream');
  await picker.getByRole('button', { name: 'Keep the photo' }).click();
  await expect(picker.getByText('One chosen.')).toBeVisible();
  await picker.getByRole('button', { name: 'Add 1 pictogram' }).click();
  await expect(page.getByRole('button', { name: 'Price of My hand cream: Add the price' })).toBeVisible();
  const photo = page.getByRole('listitem').filter({ hasText: 'My hand cream' }).locator('img').first();
  expect(await photo.getAttribute('src')).toMatch(/^data:image\/jpeg;base64,/);
  await page.getByRole('button', { name: 'Lock this device for Laia' }).click();
  await page.getByRole('button', { name: 'Shopping' }).click();
  await page.getByRole('button', { name: 'Pharmacy' }).click();
  await page.getByRole('button', { name: 'In the basket' }).click();
  // The photo comes next, as its own picture; without a price it counts nothing.
  await expect(page.getByRole('button', { name: 'My hand cream' })).toBeVisible();
  expect(await page.getByRole('button', { name: 'My hand cream' }).locator('img').getAttribute('src')).toMatch(/^data:image\/jpeg/);
  await page.getByRole('button', { name: 'Pay' }).click();
  await expect(page.getByRole('heading', { name: 'Not enough money' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'You have €5.00. You need €2.25 more.' })).toBeVisible();
  await expect(page.getByRole('img', { name: '1 × 2 euro coin' })).toBeVisible();
  await expect(page.getByRole('img', { name: '1 × 20 cent coin' })).toBeVisible();
  await expect(page.getByRole('img', { name: '1 × 5 cent coin' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'I paid' })).toHaveCount(0);
});

test('practice: a wrong coin is gently set aside and the question asked again', PHONE, async ({ app, page }) => {
  await app.createProfile({ name: 'Joan' });
  await app.tryAs('Joan');
  await page.getByRole('button', { name: 'Shopping' }).click();
  await page.getByRole('button', { name: 'Practise with money' }).click();
  await page.getByRole('button', { name: 'Find the coin' }).click();
  const question = await page.locator('.pk-practice__question').textContent();
  const target = question.replace(/^Show me the /, '').replace(/\.$/, '');
  const choices = page.getByRole('list').filter({ has: page.getByRole('button', { name: target, exact: true }) }).getByRole('button');
  await expect(choices).toHaveCount(3);
  const names = await choices.evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-label')));
  const wrong = names.find((name) => name !== target);
  await page.getByRole('button', { name: wrong, exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: `That is the ${wrong}. Look for the ${target}.` })).toBeVisible();
  await expect(page.getByRole('button', { name: wrong, exact: true })).toBeDisabled();
  await page.getByRole('button', { name: target, exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: `Yes! That is the ${target}.` })).toBeVisible();
  expect(await smallTargets(page, '.pk-person')).toEqual([]);
  await expectAccessible(page, 'practice, recognise');

  await page.getByRole('button', { name: 'Something else' }).click();
  await page.getByRole('button', { name: 'Make an amount' }).click();
  await expect(page.getByRole('button', { name: /^Make €/ })).toBeVisible();
  // Too much is taken back at once: the table stays as it was.
  await page.getByRole('button', { name: 'Put down a 20 euro note' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The 20 euro note is too much.' })).toBeVisible();
  await expect(page.getByText('On the table: €0.00')).toBeVisible();
  // With the keyboard the focus stays on the coin put down, and on the one taken back.
  const cent = page.getByRole('button', { name: 'Put down a 1 cent coin' });
  await cent.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText('On the table: €0.01')).toBeVisible();
  await expect(cent).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByText('On the table: €0.02')).toBeVisible();
  await expect(cent).toBeFocused();
  const back = page.getByRole('button', { name: 'Take back 2 × 1 cent coin' });
  await back.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Take back 1 × 1 cent coin' })).toBeFocused();
  await expectAccessible(page, 'practice, make an amount');
});

test('offline after the first visit: the shop and the till work with no network', async ({ app, page, context }) => {
  await app.createProfile({ name: 'Rut' });
  await openShopping(page, 'Rut');
  await countWallet(page, { '10 euro note': 1 });
  await page.getByRole('button', { name: 'All lists' }).click();
  await makeList(app, page, 'Market', ['banana']);
  await setPrice(page, 'banana', '2');
  await page.getByRole('button', { name: 'Lock this device for Rut' }).click();
  await app.waitForOffline();
  await context.setOffline(true);
  await page.reload();
  await app.loaded();
  await page.getByRole('button', { name: 'Shopping' }).click();
  await page.getByRole('button', { name: 'Market' }).click();
  const basket = page.getByRole('button', { name: 'In the basket' });
  await expect(basket).toBeVisible();
  // The interface pictures were precached with the build.
  await expect.poll(() => basket.locator('img').evaluate((img) => img.naturalWidth)).toBeGreaterThan(0);
  await basket.click();
  await page.getByRole('button', { name: 'Pay' }).click();
  await expect(page.getByRole('button', { name: 'Give 1 × 10 euro note.' })).toBeVisible();
  await expect.poll(() => page.getByRole('img', { name: '1 × 10 euro note' }).locator('img').first().evaluate((img) => img.naturalWidth)).toBeGreaterThan(0);
  await context.setOffline(false);
});

test('every shopping screen passes axe in every theme', PHONE, async ({ app, page }) => {
  // axe on every screen in each of the four themes, at three widths: 45–60 s on two idle
  // cores, more beside the other engines' journeys.
  test.setTimeout(150_000);
  await app.createProfile({ name: 'Eli', theme: 'Dark', grid: 4 });
  await openShopping(page, 'Eli');
  await expectAccessibleInEveryTheme(page, 'the lists');
  await countWallet(page, { '20 euro note': 1 });
  await expectAccessibleInEveryTheme(page, 'the wallet');
  await page.getByRole('button', { name: 'All lists' }).click();
  await page.getByRole('radio', { name: 'The whole list in the grid' }).check();
  await makeList(app, page, 'Shop', ['carrot', 'cheese wedge']);
  await setPrice(page, 'carrot', '1');
  await page.getByRole('button', { name: /^Price of cheese wedge:/ }).click();
  await expectAccessibleInEveryTheme(page, 'the price keypad');
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
  await page.getByRole('button', { name: 'Lock this device for Eli' }).click();
  await page.getByRole('button', { name: 'Shopping' }).click();
  await expectAccessibleInEveryTheme(page, 'the person lists');
  await page.getByRole('button', { name: 'Shop' }).click();
  // The grid view: a tap puts the product in the basket; it gets "Not there" and
  // "New price" under the grid.
  await page.getByRole('button', { name: 'carrot' }).click();
  await expect(page.getByRole('button', { name: /carrot/ })).toContainText('In the basket');
  await expect(page.getByRole('region', { name: 'carrot' }).getByRole('button', { name: 'Not there' })).toBeVisible();
  await expectAccessibleInEveryTheme(page, 'the list in the grid');
  expect(await smallTargets(page, '.pk-person')).toEqual([]);
  await page.getByRole('button', { name: 'Pay' }).click();
  await page.getByRole('button', { name: 'The till says another amount' }).click();
  await typePrice(page, '0,90');
  await expect(page.getByText('The till says €0.90. The list said €1.00.')).toBeVisible();
  await expectAccessibleInEveryTheme(page, 'the till');
  expect(await smallTargets(page, '.pk-person')).toEqual([]);
  await app.unlock();
  await app.backToProfiles();
  await openShopping(page, 'Eli');
  await page.getByRole('button', { name: 'Count the wallet' }).click();
  await page.getByLabel('Photo: 20 euro note').setInputFiles(await picture(page, 'note.png', 400, 200));
  await expect(page.getByRole('status').filter({ hasText: 'Photo kept: 20 euro note.' })).toBeVisible();
  await expectAccessibleInEveryTheme(page, 'the wallet with a photo of own money');
});

/** A picture file made in the page: a coloured rectangle with a dark band. */
async function picture(page, name, width, height) {
  const base64 = await page.evaluate(([w, h]) => {
    const canvas = document.createElement('canvas');
    canvas.width = w;
    canvas.height = h;
    const context = canvas.getContext('2d');
    context.fillStyle = '#4f8f5a';
    context.fillRect(0, 0, w, h);
    context.fillStyle = '#1d3b24';
    context.fillRect(0, h / 3, w, h / 3);
    return canvas.toDataURL('image/png').split(',')[1];
  }, [width, height]);
  return { name, mimeType: 'image/png', buffer: Buffer.from(base64, 'base64') };
}

/** The picture inside a named group of coins or notes at the till. */
function pieceImage(page, name) {
  return page.getByRole('img', { name }).locator('img').first();
}

test("photos of the person's own coins and notes replace the drawings, at their real shape", PHONE, async ({ app, page }) => {
  await app.createProfile({ name: 'Nora' });
  await openShopping(page, 'Nora');
  await countWallet(page, { '5 euro note': 1, '1 euro coin': 2 });
  const photos = page.getByRole('region', { name: 'Photos of their own money' });
  // Something that is not a picture is refused in words, and nothing changes.
  await photos.getByLabel('Photo: 5 euro note').setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('five euros') });
  await expect(photos.getByRole('alert')).toHaveText('That file is not a picture. Choose a photo (JPEG, PNG or WebP).');
  await expect(photos.getByRole('button', { name: 'Use the drawing: 5 euro note' })).toHaveCount(0);
  // A square photo of the note is cut to the note's shape; a coin's stays round.
  await photos.getByLabel('Photo: 5 euro note').setInputFiles(await picture(page, 'note.png', 500, 500));
  await expect(photos.getByRole('status')).toHaveText('Photo kept: 5 euro note.');
  await photos.getByLabel('Photo: 1 euro coin').setInputFiles(await picture(page, 'coin.png', 300, 240));
  await expect(photos.getByRole('status')).toHaveText('Photo kept: 1 euro coin.');
  const editorNote = page.getByRole('group', { name: '5 euro note' }).locator('img');
  await expect(editorNote).toHaveAttribute('src', /^data:image\/jpeg;base64,/);
  const stored = await editorNote.evaluate((img) => new Promise((resolve) => {
    const probe = new Image();
    probe.onload = () => resolve([probe.naturalWidth, probe.naturalHeight]);
    probe.src = img.src;
  }));
  expect(stored).toEqual([600, 310]);

  // Kept after a reload.
  await page.waitForTimeout(500);
  await page.reload();
  await app.loaded();
  await expect(page.getByRole('group', { name: '5 euro note' }).locator('img')).toHaveAttribute('src', /^data:image\/jpeg/);

  await page.getByRole('button', { name: 'All lists' }).click();
  await makeList(app, page, 'Kiosk', ['newspaper']);
  await setPrice(page, 'newspaper', '6');
  await page.getByRole('button', { name: 'Lock this device for Nora' }).click();
  await page.getByRole('button', { name: 'Shopping' }).click();
  await page.getByRole('button', { name: 'Kiosk' }).click();
  await page.getByRole('button', { name: 'In the basket' }).click();
  await page.getByRole('button', { name: 'Pay' }).click();
  await expect(page.getByRole('button', { name: 'Give 1 × 5 euro note, 1 × 1 euro coin.' })).toBeVisible();
  const note = pieceImage(page, '1 × 5 euro note');
  await expect(note).toHaveAttribute('src', /^data:image\/jpeg/);
  await expect(note).toHaveClass(/pk-money--photo/);
  const box = await note.boundingBox();
  expect(box.width / box.height).toBeCloseTo(120 / 62, 1);
  await expect(pieceImage(page, '1 × 1 euro coin')).toHaveAttribute('src', /^data:image\/jpeg/);
  expect(await smallTargets(page, '.pk-person')).toEqual([]);
  await expectAccessible(page, 'the till with photos of own money');
  // Practice shows the same money.
  await page.getByRole('button', { name: 'The list' }).click();
  await page.getByRole('button', { name: 'My lists' }).click();
  await page.getByRole('button', { name: 'Practise with money' }).click();
  await expect(page.getByRole('button', { name: 'Check the change' }).locator('img')).toHaveAttribute('src', /^data:image\/jpeg/);

  // Back to the drawing.
  await app.unlock();
  await app.backToProfiles();
  await openShopping(page, 'Nora');
  await page.getByRole('button', { name: 'Count the wallet' }).click();
  await page.getByRole('button', { name: 'Use the drawing: 5 euro note' }).click();
  await expect(page.getByRole('group', { name: '5 euro note' }).locator('img')).toHaveAttribute('src', 'money/n5.svg');
  await expect(page.getByRole('group', { name: '1 euro coin' }).locator('img')).toHaveAttribute('src', /^data:image\/jpeg/);
});

test('the till says another amount: the person pays that, and the next trip starts from the list again', async ({ app, page }) => {
  await app.createProfile({ name: 'Iker' });
  await openShopping(page, 'Iker');
  await countWallet(page, { '10 euro note': 1 });
  await page.getByRole('button', { name: 'All lists' }).click();
  await makeList(app, page, 'Bakery', ['baguette bread', 'croissant']);
  await setPrice(page, 'baguette bread', '1,20');
  await setPrice(page, 'croissant', '1,50');
  await page.getByRole('button', { name: 'Lock this device for Iker' }).click();
  await page.getByRole('button', { name: 'Shopping' }).click();
  await page.getByRole('button', { name: 'Bakery' }).click();
  await page.getByRole('button', { name: 'In the basket' }).click();
  await page.getByRole('button', { name: 'In the basket' }).click();
  await page.getByRole('button', { name: 'Pay' }).click();
  await expect(page.getByRole('button', { name: 'To pay: €2.70' })).toBeVisible();
  await page.getByRole('button', { name: 'The till says another amount' }).click();
  await expect(page.getByRole('dialog', { name: 'What does the till say?' })).toBeVisible();
  await typePrice(page, '2,95');
  await expect(page.getByRole('button', { name: 'To pay: €2.95' })).toBeVisible();
  await expect(page.getByText('The till says €2.95. The list said €2.70.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'You get back €7.05.' })).toBeVisible();
  expect((await app.utterances()).map((u) => u.text)).toContain('To pay: €2.95');
  // Kept while the person is at the till, even after a reload.
  await page.waitForTimeout(500);
  await page.reload();
  await app.loaded();
  await expect(page.getByRole('button', { name: 'To pay: €2.95' })).toBeVisible();
  // A wrong amount changes nothing.
  await page.getByRole('button', { name: 'The till says another amount' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Clear' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Done' }).click();
  await expect(page.getByRole('dialog').getByRole('alert')).toHaveText('Type a price.');
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('button', { name: 'To pay: €2.95' })).toBeVisible();
  // The list's total again, then the till's again, and pay.
  await page.getByRole('button', { name: "Use the list's total" }).click();
  await expect(page.getByRole('button', { name: 'To pay: €2.70' })).toBeVisible();
  await expect(page.getByText(/^The till says €/)).toHaveCount(0);
  await page.getByRole('button', { name: 'The till says another amount' }).click();
  await typePrice(page, '2.95');
  await page.getByRole('button', { name: 'I paid' }).click();
  await expect(page.getByText('Now in your wallet: €7.05')).toBeVisible();
  // The next trip starts from the list's prices.
  await app.wayHome().click();
  await page.getByRole('button', { name: 'Shopping' }).click();
  await page.getByRole('button', { name: 'Bakery' }).click();
  await page.getByRole('button', { name: 'Pay' }).click();
  await expect(page.getByRole('button', { name: 'To pay: €0.00' })).toBeVisible();
  await expect(page.getByText(/^The till says €/)).toHaveCount(0);
});

test('in the grid one tap marks a product and the next tap undoes it, with the keyboard too', async ({ app, page }) => {
  await app.createProfile({ name: 'Ona', grid: 4 });
  await openShopping(page, 'Ona');
  await page.getByRole('radio', { name: 'The whole list in the grid' }).check();
  await makeList(app, page, 'Fruit', ['banana', 'pear', 'cherries']);
  await setPrice(page, 'banana', '0,30');
  await setPrice(page, 'pear', '0,80');
  await page.getByRole('button', { name: 'Lock this device for Ona' }).click();
  await page.getByRole('button', { name: 'Shopping' }).click();
  await page.getByRole('button', { name: 'Fruit' }).click();
  await expect(page.getByText('Tap a product to put it in the basket. Tap it again to take it out.')).toBeVisible();
  const banana = page.getByRole('button', { name: /^banana/ });
  await banana.click();
  await expect(banana).toHaveAccessibleName('banana ✓ In the basket');
  await expect(budget(page)).toContainText('€0.30');
  expect((await app.utterances()).map((u) => u.text)).toContain('banana. In the basket');
  await banana.click();
  await expect(banana).toHaveAccessibleName('banana');
  expect((await app.utterances()).map((u) => u.text)).toContain('banana. Taken out');
  // The pear with the keyboard: Enter marks it, the focus stays on it, Enter again undoes.
  const pear = page.getByRole('button', { name: /^pear/ });
  await pear.focus();
  await page.keyboard.press('Enter');
  await expect(pear).toHaveAccessibleName('pear ✓ In the basket');
  await expect(pear).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(pear).toHaveAccessibleName('pear');
  await expect(pear).toBeFocused();
  // The product tapped last: not there, and a new price.
  await pear.click();
  const chosen = page.getByRole('region', { name: 'pear' });
  await chosen.getByRole('button', { name: 'New price' }).click();
  await typePrice(page, '0,70');
  await expect(budget(page)).toContainText('€0.70');
  await chosen.getByRole('button', { name: 'Not there' }).click();
  await expect(pear).toHaveAccessibleName('pear Not there');
  await chosen.getByRole('button', { name: 'It is there' }).click();
  await expect(pear).toHaveAccessibleName('pear');
  expect(await smallTargets(page, '.pk-person')).toEqual([]);
});

test('arriving locked from the first page, the next tap brings fullscreen back', async ({ app, page }) => {
  await app.createProfile({ name: 'Teo' });
  await app.goto();
  await page.getByRole('button', { name: "Open Teo's screen" }).click();
  await expect(app.lockCorner()).toBeVisible();
  await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
  await page.getByRole('button', { name: 'Shopping' }).click();
  await expect(page).toHaveURL(/facilitator\.html#\/person\//);
  await expect(page.getByRole('button', { name: 'Practise with money' })).toBeVisible();
  expect(await page.evaluate(() => document.fullscreenElement)).toBeNull();
  await page.getByRole('button', { name: 'Practise with money' }).click();
  await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
  await expect(app.lockCorner()).toBeVisible();
});


test('a damaged shopping record is reported on the facilitator page, and what can be read is kept', async ({ app, page }) => {
  await app.createProfile({ name: 'Gil' });
  await openShopping(page, 'Gil');
  await countWallet(page, { '5 euro note': 1 });
  await page.getByRole('button', { name: 'All lists' }).click();
  await makeList(app, page, 'Corner shop', ['banana']);
  await setPrice(page, 'banana', '0,40');
  await page.waitForTimeout(500);
  await page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('pictokit');
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('shopping', 'readwrite');
          const store = tx.objectStore('shopping');
          const keys = store.getAllKeys();
          keys.onsuccess = () => {
            const key = keys.result[0];
            const get = store.get(key);
            get.onsuccess = () => {
              const record = JSON.parse(get.result);
              record.lists[0].items.push({ id: 'broken', picto: 7, name: 'x', quantity: 'lots' });
              record.lists[0].till_total = 1e300;
              record.wallet.zz = 3;
              record.money_photos = { n5: 'NOT AN ID' };
              store.put(JSON.stringify(record), key);
            };
          };
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
  await app.goto('#/facilitator');
  await page.reload();
  await app.loaded();
  await expect(page.getByRole('status').filter({ hasText: 'could not be read' })).toContainText(
    'Some shopping lists or products of Gil could not be read and were left out.',
  );
  await openShopping(page, 'Gil');
  await expect(page.getByText('In the wallet: €5.00')).toBeVisible();
  await page.getByRole('button', { name: 'Open Corner shop' }).click();
  await expect(page.getByRole('button', { name: /^Price of banana: €0.40 each$/ })).toBeVisible();
});
