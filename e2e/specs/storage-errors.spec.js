// Storage problems get a clear message in the user's language; the app never goes blank
// and never loses what is on screen or in storage.
import { test, expect } from '../support/fixtures.js';

test.describe('blocked storage, in Spanish', () => {
  test.use({ locale: 'es-ES' });

  test('the app explains and still works in memory', async ({ app, page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'indexedDB', {
        get() {
          throw new DOMException('blocked by the test', 'SecurityError');
        },
      });
    });
    await app.goto();
    await expect(page.getByRole('alert')).toContainText('El navegador no deja guardar datos a Pictokit');
    await page.getByRole('button', { name: 'Cerrar' }).click();
    await page.getByRole('button', { name: 'Crear el primer perfil' }).click();
    // The facilitator's page says it again (it is another page, with its own memory).
    await expect(page.getByRole('alert').filter({ hasText: 'Pictokit no puede guardar' })).toContainText('El navegador no deja guardar datos a Pictokit');
    await page.getByRole('button', { name: 'Cerrar' }).click();
    await page.getByRole('textbox', { name: 'Nombre' }).fill('Lola');
    await page.getByRole('button', { name: 'Guardar' }).click();
    await expect(page.getByRole('heading', { name: 'Lola', level: 2 })).toBeVisible();
  });
});

test('a full device says once that nothing of the change was saved, and shows what is stored', async ({ app, page }) => {
  // Every page from now on finds the disk full when it writes.
  await page.addInitScript(() => {
    IDBObjectStore.prototype.put = function put() {
      throw new DOMException('the test filled the disk', 'QuotaExceededError');
    };
  });
  await app.goto('#/facilitator/new');
  await app.fillEditor({ name: 'Pol' });
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('alert')).toContainText('The device is full. Nothing of this change was saved: free some space, then try again.');
  // The screens go back to what is stored: no profile that is not kept.
  await expect(page.getByRole('heading', { name: 'Pol', level: 2 })).toHaveCount(0);
  await expect(page.getByText('No profiles on this device yet.')).toBeVisible();
});

test('broken, wrong-typed and newer records are reported, kept, and lose nothing else', async ({ app, page }) => {
  await app.createProfile({ name: 'Mia', theme: 'Dark' });
  await page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('pictokit');
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('profiles', 'readwrite');
          const store = tx.objectStore('profiles');
          const all = store.getAll();
          all.onsuccess = () => {
            const mia = JSON.parse(all.result[0]);
            store.put(JSON.stringify({ ...mia, grid: 5, theme: ['purple'] }), mia.id);
            store.put(JSON.stringify({ schema: 99, id: 'p-future', name: 'Future' }), 'p-future');
            store.put('{ this is not json', 'p-broken');
            store.put(JSON.stringify({ schema: 1, id: 'p-huge', name: 'Huge', grid: 1e308, rate_percent: 'x' }), 'p-huge');
          };
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
  await page.reload();
  await app.loaded();
  const notices = page.getByRole('status').filter({ hasText: 'could not be read' });
  await expect(notices).toContainText('Some settings of Mia could not be read and went back to their defaults.');
  await expect(notices).toContainText('A profile was made by a newer version of Pictokit.');
  await expect(notices).toContainText('Some saved data could not be read. It was left as it was.');
  await expect(page.getByRole('heading', { name: 'Mia', level: 2 })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Huge', level: 2 })).toBeVisible();
  await expect(page.getByText('English · 4 per screen · Warm').first()).toBeVisible();
  const future = await page.evaluate(
    () =>
      new Promise((resolve) => {
        const open = indexedDB.open('pictokit');
        open.onsuccess = () => {
          const request = open.result.transaction('profiles').objectStore('profiles').get('p-future');
          request.onsuccess = () => resolve(request.result);
        };
      }),
  );
  expect(JSON.parse(future)).toEqual({ schema: 99, id: 'p-future', name: 'Future' });
});
