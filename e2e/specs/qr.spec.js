// A person's settings as a QR code (issue #8): one browser shows the code of a profile's
// settings; an independent decoder (jsQR) reads the drawn picture; then a second browser,
// with its own user-data-dir and Chromium's fake camera playing that very picture
// (--use-file-for-fake-video-capture), scans it, previews the settings and adds them as a
// profile, or uses them for the profile of the same name after a confirmation. Codes that
// are not Pictokit settings are refused in words and change nothing.
import { chromium } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import QRCode from 'qrcode';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test, expect } from '../support/fixtures.js';
import { expectAccessible } from '../support/axe.js';
import { Pictokit } from '../support/pictokit.js';
import { smallTargets } from '../support/targets.js';
import { CHROMIUM_ARGS } from '../playwright.config.js';

const here = path.dirname(fileURLToPath(import.meta.url));
/** The fake camera's picture size (4:3, like a tablet's camera). */
const FRAME = { width: 960, height: 720 };

/** The messages of a Fluent file of the transfer part, by id (single-line ones). */
async function messages(lang) {
  const text = await readFile(path.join(here, `../../components/files/locales/${lang}.ftl`), 'utf8');
  return Object.fromEntries(
    text.split('\n').map((line) => line.match(/^([a-z0-9-]+) = (.+)$/)).filter(Boolean).map((m) => [m[1], m[2]]),
  );
}

/** A grey picture: width, height and one byte per pixel. */
function grey(width, height) {
  return { width, height, data: new Uint8Array(width * height).fill(255) };
}

/** Luma of a PNG file. */
function pngLuma(buffer) {
  const png = PNG.sync.read(buffer);
  const out = grey(png.width, png.height);
  for (let i = 0; i < out.data.length; i += 1) {
    const [r, g, b, a] = png.data.subarray(i * 4, i * 4 + 4);
    const y = (r * 77 + g * 150 + b * 29) >> 8;
    out.data[i] = Math.round((y * a + 255 * (255 - a)) / 255);
  }
  return out;
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

/** A Y4M video (two still frames, 4:2:0) with `picture` in the middle of a white frame,
 * scaled down to at most 600 px: what Chromium's fake camera plays in a loop. */
function y4m(picture) {
  const { width, height } = FRAME;
  const scale = Math.min(1, 600 / Math.max(picture.width, picture.height));
  const w = Math.floor(picture.width * scale);
  const h = Math.floor(picture.height * scale);
  const left = Math.floor((width - w) / 2);
  const top = Math.floor((height - h) / 2);
  const luma = new Uint8Array(width * height).fill(255);
  for (let y = 0; y < h; y += 1) {
    for (let x = 0; x < w; x += 1) {
      luma[(top + y) * width + left + x] = picture.data[Math.floor(y / scale) * picture.width + Math.floor(x / scale)];
    }
  }
  const chroma = new Uint8Array((width / 2) * (height / 2)).fill(128);
  const frame = Buffer.concat([Buffer.from('FRAME\n'), luma, chroma, chroma]);
  return Buffer.concat([Buffer.from(`YUV4MPEG2 W${width} H${height} F5:1 Ip A1:1 C420jpeg\n`), frame, frame]);
}

/** Another browser with its own user-data-dir, whose camera plays `video`, checked for page
 * errors and CSP violations like the main one. */
async function deviceWithCamera(testInfo, dir, video) {
  const { viewport, hasTouch, isMobile, deviceScaleFactor, baseURL, locale } = testInfo.project.use;
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: '/usr/bin/chromium',
    args: [...CHROMIUM_ARGS, `--use-file-for-fake-video-capture=${video}`],
    viewport, hasTouch, isMobile, deviceScaleFactor, baseURL, locale,
  });
  const page = context.pages()[0] ?? await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => { if (message.type() === 'error') problems.push(message.text()); });
  return { context, page, problems, app: new Pictokit(page) };
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
