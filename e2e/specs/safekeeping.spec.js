// Never lose a person's data (issue #22): a database that comes back empty (a crash while
// saving, a storage reset) is noticed and brought back in one tap from the copy Pictokit
// keeps outside IndexedDB; the person never sees it; an action on a full device is
// stored whole or not at all, and says only that nothing was saved — with the disk full
// before the app loads and when space runs out mid-session; a record naming a picture the
// device lacks is repaired on load.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test, expect } from '../support/fixtures.js';
import { expectAccessible } from '../support/axe.js';
import { safekeeping } from '../support/safekeeping.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const BOARD = path.join(here, '../fixtures/obf/cboard-style.obf');
const FULL = 'The device is full. Nothing of this change was saved: free some space, then try again.';

/** Waits until the newest copy holds everything stored now. */
export async function copyCaughtUp(page) {
  await expect
    .poll(async () => {
      const { generation, copies } = await safekeeping(page);
      return generation > 0 && copies.length > 0 && copies[0].generation === generation;
    }, { timeout: 15_000 })
    .toBe(true);
}

/** Empties the app's database behind its back, as a browser that found it damaged does. */
function wipe(page) {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const request = indexedDB.deleteDatabase('pictokit');
        request.onsuccess = () => resolve();
        request.onerror = () => reject(request.error);
      }),
  );
}

/** The names on the facilitator's list of profiles. */
function listed(page) {
  return page.getByRole('listitem').getByRole('heading', { level: 2 }).allTextContents();
}

test('an emptied database is noticed, the person never sees it, and one tap brings everything back', async ({ app, page }) => {
  await app.createProfile({ name: 'Mia' });
  await app.addActivity('Mia', 'apple', 'Fruit time');
  await app.createProfile({ name: 'Nil' });
  await copyCaughtUp(page);
  const before = await safekeeping(page);
  expect(before.marker.generation).toBe(before.generation);

  await wipe(page);
  await page.goto('/');
  await app.loaded();
  // Not a new tablet: the start screen says what happened and sends the facilitator on.
  await expect(page.getByRole('heading', { name: "Pictokit's data on this device is gone", level: 1 })).toBeVisible();
  await expect(page.getByText('Welcome to Pictokit')).toHaveCount(0);
  await expectAccessible(page, 'start screen after a reset');
  await page.getByRole('main').getByRole('button', { name: 'Facilitator' }).click();

  const notice = page.getByRole('region', { name: 'What was saved on this device went back' });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('A copy is kept on this device, with 2 people.');
  await expectAccessible(page, 'facilitator told of a reset');
  // Nothing newer overwrites the copy while the facilitator has not chosen.
  await page.reload();
  await app.loaded();
  await expect(notice).toBeVisible();
  expect((await safekeeping(page)).copies[0].generation).toBe(before.generation);

  await notice.getByRole('button', { name: /^Bring back what was here on / }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Brought back: Mia, Nil.' })).toBeVisible();
  await expect(notice).toHaveCount(0);
  await expect.poll(() => listed(page)).toEqual(['Mia', 'Nil']);

  // For good: after a reload, with the schedule too, and the marker follows again.
  await page.reload();
  await app.loaded();
  await expect(notice).toHaveCount(0);
  await expect.poll(() => listed(page)).toEqual(['Mia', 'Nil']);
  await page.getByRole('button', { name: 'Schedule of Mia' }).click();
  await expect(page.getByText('Fruit time')).toBeVisible();
  await expect.poll(async () => {
    const now = await safekeeping(page);
    return now.marker && now.marker.generation === now.generation && now.generation > before.generation;
  }).toBe(true);
});

test('going on without the copy is a choice, and the person never sees the notice', async ({ app, page }) => {
  await app.createProfile({ name: 'Ona' });
  await copyCaughtUp(page);
  await wipe(page);
  await page.reload();
  await app.loaded();
  const notice = page.getByRole('region', { name: 'What was saved on this device went back' });
  await expect(notice).toBeVisible();
  // A new profile made meanwhile; the person's screen never shows the notice.
  await app.createProfile({ name: 'Pep' });
  await expect(notice).toBeVisible();
  await app.tryAs('Pep');
  await expect(page.getByText('went back')).toHaveCount(0);
  await expect(page.getByText('Bring back')).toHaveCount(0);
  await app.unlock();
  await app.backToProfiles();
  await notice.getByRole('button', { name: 'Go on without it' }).click();
  await expect(notice).toHaveCount(0);
  await page.reload();
  await app.loaded();
  await expect(notice).toHaveCount(0);
  await expect.poll(() => listed(page)).toEqual(['Pep']);
});

/** Fills the device: from now on the browser refuses to store any new picture with the
 * error a full disk gives (QuotaExceededError). Chromium's quota override (CDP
 * `Storage.overrideQuotaForOrigin`) is not enforced on the test's in-memory profile, so
 * the refusal is made where IndexedDB makes it. */
function fullDisk() {
  const put = IDBObjectStore.prototype.put;
  window.__pictokitFull = true;
  IDBObjectStore.prototype.put = function putUnlessFull(value, key) {
    if (window.__pictokitFull && this.name === 'media') {
      throw new DOMException('the test filled the disk', 'QuotaExceededError');
    }
    return put.call(this, value, key);
  };
}

/** How many records a store holds. */
function count(page, store) {
  return page.evaluate((name) => new Promise((resolve) => {
    const request = indexedDB.open('pictokit');
    request.onsuccess = () => {
      const db = request.result;
      const counting = db.transaction(name).objectStore(name).count();
      counting.onsuccess = () => { db.close(); resolve(counting.result); };
    };
  }), store);
}

async function importBoard(page) {
  await page.getByLabel('Open a board file (.obf, .obz)').setInputFiles(BOARD);
  const preview = page.getByRole('region', { name: 'What the board file holds' });
  // Its "prou" only clears Cboard's message bar: asked for, so all six come.
  await preview.getByRole('checkbox', { name: 'Add those buttons as pictures too' }).check();
  await preview.getByRole('button', { name: /^Add 6 pictures to / }).click();
}

test('space running out mid-session: a board is added whole or not at all, and said once', async ({ app, page }) => {
  await app.createProfile({ name: 'Rut' });
  await app.openBoard('Rut');
  const media = await count(page, 'media');
  await page.evaluate(fullDisk);
  await importBoard(page);
  await expect(page.getByRole('alert')).toContainText(FULL);
  await expect(page.getByText(/were added to/)).toHaveCount(0);
  // The board's record shared the pictures' transaction: it was not stored either.
  await expect(page.locator('.pk-board-row')).toHaveCount(0);
  expect(await count(page, 'media')).toBe(media);
  await page.reload();
  await app.loaded();
  await expect(page.locator('.pk-board-row')).toHaveCount(0);

  // Space freed: the same board goes in whole.
  await importBoard(page);
  await expect(page.getByRole('status').filter({ hasText: "6 pictures from “Inici” were added to Rut's pictograms." })).toBeVisible();
  await page.reload();
  await app.loaded();
  await expect(page.locator('.pk-board-row')).toHaveCount(6);
  await expect(page.getByText('(no name)')).toHaveCount(0);
});

test('a device already full when Pictokit opens: nothing half-saved, one message', async ({ app, page }) => {
  await app.createProfile({ name: 'Sol' });
  await page.addInitScript(fullDisk);
  await page.reload();
  await app.loaded();
  await app.openBoard('Sol');
  await importBoard(page);
  await expect(page.getByRole('alert')).toContainText(FULL);
  await expect(page.getByText(/were added to/)).toHaveCount(0);
  await expect(page.locator('.pk-board-row')).toHaveCount(0);
  await page.reload();
  await app.loaded();
  await expect(page.locator('.pk-board-row')).toHaveCount(0);
  await expect(page.getByText('(no name)')).toHaveCount(0);
});

test('pictures a record names but the device lacks are taken off the board, and the facilitator is told', async ({ app, page }) => {
  await app.createProfile({ name: 'Tom' });
  await app.openBoard('Tom');
  await importBoard(page);
  await expect(page.locator('.pk-board-row')).toHaveCount(6);
  // A database left half-saved by an older Pictokit: two of the pictures are gone.
  await page.evaluate(() => new Promise((resolve) => {
    const open = indexedDB.open('pictokit');
    open.onsuccess = () => {
      const db = open.result;
      const transaction = db.transaction('media', 'readwrite');
      const store = transaction.objectStore('media');
      const keys = store.getAllKeys();
      keys.onsuccess = () => keys.result.slice(0, 2).forEach((key) => store.delete(key));
      transaction.oncomplete = () => { db.close(); resolve(); };
    };
  }));
  await page.reload();
  await app.loaded();
  await expect(page.locator('.pk-board-row')).toHaveCount(4);
  await expect(page.getByText('(no name)')).toHaveCount(0);
  await app.goto('#/facilitator');
  await expect(page.getByText('Some pictures of Tom were no longer on this device. They were taken off the board, so nothing shows broken.')).toBeVisible();
  // Repaired for good: said once.
  await page.reload();
  await app.loaded();
  await expect(page.getByText('Some pictures of Tom were no longer')).toHaveCount(0);
});
