// A browser without the optional APIs Pictokit uses: no MediaRecorder, no camera or
// microphone, no Screen Wake Lock, no notifications, no speech, no persistent storage.
// Each is taken away in Chromium before the app starts, and every place that uses one
// says, in words, what happens instead; nothing breaks. The engines that really lack one
// (Firefox and WebKit here have no camera, no persistent storage and few voices) are
// checked by the shared journey "what this browser can do" in every engine.
import { test, expect } from '../support/fixtures.js';
import { expectAccessible } from '../support/axe.js';

/** Runs in the page before the app: the optional APIs are gone. */
function withoutOptionalApis() {
  delete window.MediaRecorder;
  delete Navigator.prototype.mediaDevices;
  delete Navigator.prototype.wakeLock;
  delete window.Notification;
  delete window.speechSynthesis;
  delete window.SpeechSynthesisUtterance;
  if (window.StorageManager) {
    StorageManager.prototype.persist = async () => false;
    StorageManager.prototype.persisted = async () => false;
  }
}

test('without recording, camera, wake lock, notifications, speech or lasting storage, each place says what happens instead', async ({ app, page }) => {
  await page.addInitScript(withoutOptionalApis);
  await app.createProfile({ name: 'Rut' });

  // The device screen lists each missing thing in words, with a mark that is not colour.
  await app.goto('#/facilitator/device');
  const abilities = page.getByRole('region', { name: 'What this browser can do' });
  await expect(abilities).toContainText('Recording sound: no. This browser cannot record sound, so the synthetic voice is used instead.');
  await expect(abilities).toContainText("Camera: none found. Photos can still be chosen from the device's files.");
  await expect(abilities).toContainText('Keeping the screen on: no.');
  await expect(abilities).toContainText('Notifications: no. This browser cannot show notifications; reminders still show inside Pictokit.');
  await expect(abilities).toContainText('Keeping the data: not promised.');
  await expect(abilities.locator('.pk-ability--no')).toHaveCount(5);
  // One line per interface language on "This device".
  await expect(page.getByText('This browser cannot speak. Speech stays silent; everything else works.')).toHaveCount(7);
  await expectAccessible(page, 'what this browser can do, with nothing');

  // The schedule: reminders inside Pictokit only, and the screen may turn off.
  await page.getByRole('button', { name: 'Profiles' }).click();
  await page.getByRole('button', { name: 'Schedule of Rut' }).click();
  await expect(page.getByText('This browser cannot show notifications. Reminders still show inside Pictokit.')).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Also a notification from the system' })).toBeDisabled();
  await expect(page.getByText('This browser cannot keep the screen on while a timer runs; the screen may turn off.')).toBeVisible();

  // Pictograms: a voice cannot be recorded (speech is used), a photo comes from a file.
  await page.getByRole('button', { name: 'Profiles' }).click();
  await app.openBoard('Rut');
  await page.getByRole('button', { name: 'Add pictograms' }).click();
  const picker = app.picker();
  await picker.getByRole('button', { name: 'Own photos' }).click();
  await picker.getByRole('button', { name: 'New photo' }).click();
  await picker.getByRole('button', { name: 'Use the camera' }).click();
  await expect(picker.getByRole('alert')).toContainText('no camera or microphone that Pictokit can use');
  await expect(picker.getByRole('button', { name: 'Choose a file' })).toBeVisible();
  await expectAccessible(page, 'the picker without a camera');
  await picker.getByRole('button', { name: 'Cancel' }).last().click();
  await app.search('apple');
  await app.results().first().click();
  await picker.getByRole('button', { name: 'Add 1 pictogram' }).click();
  await page.getByRole('button', { name: /^Record voice for/ }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'This browser cannot record sound. The synthetic voice is used instead.' })).toBeVisible();

  // Person mode works, silently.
  await page.getByRole('button', { name: 'Profiles' }).click();
  await app.tryAs('Rut');
  await page.getByRole('button', { name: 'My pictograms' }).click();
  await page.getByRole('button', { name: /apple/ }).click();
  await expect(page.getByRole('button', { name: /apple/ })).toBeVisible();
});
