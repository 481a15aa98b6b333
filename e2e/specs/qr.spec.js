// A person's settings as a QR code (issue #8): one browser shows the code of a profile's
// settings; an independent decoder (jsQR) reads the drawn picture; then a second browser,
// with its own user-data-dir and Chromium's fake camera playing that very picture
// (--use-file-for-fake-video-capture), scans it, previews the settings and adds them as a
// profile, or uses them for the profile of the same name after a confirmation. Codes that
// are not Pictokit settings are refused in words and change nothing.
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import QRCode from 'qrcode';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test, expect } from '../support/fixtures.js';
import { expectAccessible } from '../support/axe.js';
import { smallTargets } from '../support/targets.js';
import { deviceWithCamera, grey, pngLuma, y4m } from '../support/camera.js';

const here = path.dirname(fileURLToPath(import.meta.url));

/** The messages of a Fluent file of the transfer part, by id (single-line ones). */
async function messages(lang) {
  const text = await readFile(path.join(here, `../../components/files/locales/${lang}.ftl`), 'utf8');
  return Object.fromEntries(
    text.split('\n').map((line) => line.match(/^([a-z0-9-]+) = (.+)$/)).filter(Boolean).map((m) => [m[1], m[2]]),
  );
}

/** The modules of a QR code made by another library (the `qrcode` package), drawn. */
function otherQr(text, scale = 8) {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const side = (modules.size + 8) * scale;
  const out = grey(side, side);
  for (let y = 0; y < modules.size; y += 1) {
    for (let x = 0; x < modules.size; x += 1) {
      if (!modules.get(y, x)) continue;
      for (let dy = 0; dy < scale; dy += 1) {
        out.data.fill(0, ((y + 4) * scale + dy) * side + (x + 4) * scale, ((y + 4) * scale + dy) * side + (x + 5) * scale);
      }
    }
  }
  return out;
}


test("a person's settings travel as a QR code: drawn on one tablet, read by another's camera", async ({ app, page }, testInfo) => {
  test.setTimeout(120_000);
  const dir = await mkdtemp(path.join(tmpdir(), 'pictokit-qr-'));
  try {
    await app.createProfile({ name: 'Núria', language: 'Català', grid: 4, theme: 'Dark' });
    // "Saved." would cover the bottom of the code on a phone: it is closed, as a facilitator
    // would (it also goes by itself after a while).
    await page.getByRole('status').getByRole('button', { name: 'Close' }).click();
    await page.getByRole('button', { name: "Show the QR code of Núria's settings" }).click();
    const code = page.getByRole('img', { name: 'QR code with the settings of Núria' });
    await expect(code).toBeVisible();
    await expect(page.getByRole('button', { name: "Show the QR code of Núria's settings" })).toHaveAttribute('aria-pressed', 'true');
    await expectAccessible(page, 'a settings QR code');
    await page.waitForFunction(() => [...document.images].every((img) => img.complete && img.naturalWidth > 0));
    const box = await code.boundingBox();
    expect(box.width).toBeGreaterThanOrEqual(280);
    // The picture of the code on the screen, read by an independent decoder.
    const shot = await code.screenshot();
    await testInfo.attach('settings-qr.png', { body: shot, contentType: 'image/png' });
    const png = PNG.sync.read(shot);
    const read = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    expect(read?.data).toMatch(/^PKS1:[A-Za-z0-9_-]+$/);

    // The person's own tablet: nothing there yet; its camera sees the screen above.
    const video = path.join(dir, 'settings.y4m');
    await writeFile(video, y4m(pngLuma(shot)));
    const other = await deviceWithCamera(testInfo, path.join(dir, 'tablet'), video);
    try {
      await other.app.goto('#/facilitator');
      await expect(other.page.getByText('No profiles on this device yet.')).toBeVisible();
      await other.page.getByRole('button', { name: 'Scan a settings QR code' }).click();
      const found = other.page.getByRole('region', { name: 'Settings found in the QR code' });
      await expect(found).toBeVisible({ timeout: 15_000 });
      await expect(found).toContainText('Núria');
      await expect(found).toContainText('Català · 4 per screen · Dark');
      // The camera is off once a code is read.
      await expect(other.page.getByRole('button', { name: 'Scan a settings QR code' })).toBeVisible();
      await expect.poll(() => other.page.evaluate(() => document.querySelectorAll('video').length)).toBe(0);
      await expectAccessible(other.page, 'settings found in a QR code');
      await found.getByRole('button', { name: 'Add Núria as a new profile' }).click();
      await expect(other.page.getByRole('heading', { name: 'Núria', level: 2, exact: true })).toBeVisible();
      await other.page.reload();
      await other.app.loaded();
      await expect(other.page.getByRole('heading', { name: 'Núria', level: 2, exact: true })).toBeVisible();
      await expect(other.page.getByText('Català · 4 per screen · Dark')).toBeVisible();

      // The same code again, now that Núria is there: her settings can be used for her,
      // after a second question; nothing else of hers changes and no second Núria appears.
      await other.page.getByRole('button', { name: 'Scan a settings QR code' }).click();
      await expect(found).toBeVisible({ timeout: 15_000 });
      await found.getByRole('button', { name: 'Use these settings for Núria' }).click();
      const dialog = other.page.getByRole('dialog', { name: 'Use these settings for Núria?' });
      await expect(dialog).toBeVisible();
      await dialog.getByRole('button', { name: 'Yes, use these settings' }).click();
      await expect(other.page.getByRole('status').filter({ hasText: 'The settings of Núria are saved on this device.' })).toBeVisible();
      await expect(other.page.getByRole('heading', { name: 'Núria', level: 2, exact: true })).toHaveCount(1);
      expect(other.problems).toEqual([]);
    } finally {
      await other.context.close();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('codes that are not Pictokit settings are refused in words, and nothing changes', async ({}, testInfo) => {
  test.setTimeout(120_000);
  const en = await messages('en');
  const dir = await mkdtemp(path.join(tmpdir(), 'pictokit-qr-bad-'));
  try {
    for (const [text, id] of [
      ['https://example.com/not-settings', 'qr-error-not-pictokit'],
      ['PKS9:eJwrSS0uAQAEXQHB', 'qr-error-newer'],
      ['PKS1:%%%not-base64%%%', 'qr-error-damaged'],
    ]) {
      const video = path.join(dir, `${id}.y4m`);
      await writeFile(video, y4m(otherQr(text)));
      const other = await deviceWithCamera(testInfo, path.join(dir, id), video);
      try {
        await other.app.goto('#/facilitator');
        await other.page.getByRole('button', { name: 'Scan a settings QR code' }).click();
        await expect(other.page.getByRole('alert').filter({ hasText: en[id] })).toBeVisible({ timeout: 15_000 });
        await expect(other.page.getByText('No profiles on this device yet.')).toBeVisible();
        expect(other.problems).toEqual([]);
      } finally {
        await other.context.close();
      }
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
