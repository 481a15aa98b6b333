// Data survives reload and closing the browser; deleting asks first and can be undone.
import { test, expect } from '../support/fixtures.js';

test('profiles and settings survive a reload and a new page', async ({ app, page, context }) => {
  await app.createProfile({ name: 'Ot', language: 'Català', grid: 9, theme: 'High contrast', textSize: 'Large' });
  await app.createProfile({ name: 'Rita', language: 'Español', showLabels: false });
  await page.reload();
  await app.loaded();
  await expect(page.getByRole('listitem').getByRole('heading', { level: 2 })).toHaveText(['Ot', 'Rita']);

  const second = await context.newPage();
  await second.goto('/');
  // Each card is in its person's language.
  await expect(second.getByRole('button', { name: 'Obre la pantalla de Ot' })).toBeVisible();
  await expect(second.getByRole('button', { name: 'Abrir la pantalla de Rita' })).toBeVisible();
  await second.getByRole('button', { name: 'Obre la pantalla de Ot' }).click();
  const person = second.locator('.pk-person');
  await expect(person).toHaveAttribute('data-theme', 'high-contrast');
  await expect(person).toHaveAttribute('data-text-size', 'large');
  await expect(second.locator('.pk-grid')).toHaveClass(/pk-grid--9/);
  await second.close();
});

/** How many records an object store of the app's database holds now. */
function storedCount(page, store) {
  return page.evaluate((name) => new Promise((resolve) => {
    const request = indexedDB.open('pictokit');
    request.onerror = () => resolve(-1);
    request.onsuccess = () => {
      const db = request.result;
      const count = db.transaction(name).objectStore(name).count();
      count.onsuccess = () => { resolve(count.result); db.close(); };
      count.onerror = () => { resolve(-1); db.close(); };
    };
  }), store);
}

test('delete asks first, can be undone at once, and restored later', async ({ app, page }) => {
  await app.createProfile({ name: 'Gil' });
  await page.getByRole('button', { name: 'Delete Gil' }).click();
  const dialog = page.getByRole('dialog', { name: "Delete Gil's profile?" });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Keep it' }).click();
  await expect(page.getByRole('heading', { name: 'Gil', level: 2 })).toBeVisible();

  await page.getByRole('button', { name: 'Delete Gil' }).click();
  await dialog.getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByRole('heading', { name: 'Gil', level: 2 })).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: "Gil's profile was deleted." })).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('heading', { name: 'Gil', level: 2 })).toBeVisible();

  // Deleted again, then restored after a reload from the recently deleted list.
  await page.getByRole('button', { name: 'Delete Gil' }).click();
  await dialog.getByRole('button', { name: 'Delete' }).click();
  // Regression (CI, phone): a reload in the same millisecond as the tap could come before
  // the write started. A person reloads later than that; wait until it is stored.
  await expect.poll(() => storedCount(page, 'trash')).toBe(1);
  await expect.poll(() => storedCount(page, 'profiles')).toBe(0);
  await page.reload();
  await app.loaded();
  await expect(page.getByRole('heading', { name: 'Recently deleted' })).toBeVisible();
  await page.getByRole('button', { name: 'Restore Gil' }).click();
  await expect(page.getByRole('heading', { name: 'Gil', level: 2 })).toBeVisible();
  await page.reload();
  await app.loaded();
  await expect(page.getByRole('heading', { name: 'Gil', level: 2 })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Recently deleted' })).toHaveCount(0);
});

test('a photo becomes a small square avatar; a non-image is refused with a message', async ({ app, page }) => {
  await app.goto('#/facilitator/new');
  await app.fillEditor({ name: 'Iu' });
  const chooser = page.locator('input[type=file]');
  await chooser.setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hello') });
  await expect(page.getByText('That file is not a picture.')).toBeVisible();
  // A 1×1 PNG made here.
  const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==', 'base64');
  await chooser.setInputFiles({ name: 'me.png', mimeType: 'image/png', buffer: png });
  const photo = page.getByRole('img', { name: 'Photo of Iu' });
  await expect(photo).toBeVisible();
  await expect(photo).toHaveAttribute('src', /^data:image\/jpeg;base64,/);
  await expect(page.getByText('That file is not a picture.')).toHaveCount(0);
  await page.getByRole('button', { name: 'Save' }).click();
  await page.reload();
  await app.loaded();
  const avatar = page.locator('.pk-profile-row__avatar');
  await expect(avatar).toHaveAttribute('src', /^data:image\/jpeg/);
  expect(await avatar.evaluate((img) => [img.naturalWidth, img.naturalHeight])).toEqual([256, 256]);
});
