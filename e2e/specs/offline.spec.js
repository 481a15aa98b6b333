// Offline: after the first visit the app starts and works with the network off; a new
// build replaces the old one on the next start, never mixing the two.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test, expect } from '../support/fixtures.js';
import { Pictokit } from '../support/pictokit.js';
import { startServer } from '../serve.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const dist = path.resolve(here, '../../dist');
const finishBuild = path.resolve(here, '../../scripts/finish_build.py');

test.use({ allowedConsoleErrors: [/ServiceWorker|service worker|Failed to fetch|ERR_INTERNET_DISCONNECTED/i] });

test('second load with the network off still works, pictures included', async ({ app, page, context }) => {
  await app.createProfile({ name: 'Quim', language: 'Català' });
  await app.waitForOffline();
  await context.setOffline(true);
  await page.reload();
  await app.loaded();
  await expect(page.getByRole('heading', { name: 'Quim', level: 2 })).toBeVisible();
  await app.tryAs('Quim');
  await expect(page.getByRole('button', { name: 'La compra' })).toBeVisible();
  const sizes = await page.locator('.pk-person img').evaluateAll((images) => images.map((img) => img.naturalWidth));
  expect(sizes.every((width) => width > 0), `every picture loaded offline: ${sizes}`).toBe(true);
  const font = await page.evaluate(async () => {
    await document.fonts.ready;
    return document.fonts.check('16px "Atkinson Hyperlegible"');
  });
  expect(font, 'the shipped font works offline').toBe(true);

  // A new tab, still offline, starts too.
  const other = await context.newPage();
  await other.goto('/');
  await new Pictokit(other).loaded();
  await expect(other.getByRole('heading', { name: 'Hola, Quim' })).toBeVisible();
  await other.close();
});

test('a board file opens with the network off: the file reader is there offline', async ({ app, page, context }) => {
  await app.createProfile({ name: 'Quim' });
  await app.waitForOffline();
  await context.setOffline(true);
  await page.reload();
  await app.loaded();
  await app.openBoard('Quim');
  // Read in a worker of its own (issue #22), whose files the service worker precaches.
  await page.getByLabel('Open a board file (.obf, .obz)').setInputFiles(path.join(here, '../fixtures/obf/cboard-style.obf'));
  await expect(page.getByRole('region', { name: 'What the board file holds' })).toContainText('“Inici”: 6 buttons');
  await page.getByLabel('Open a board file (.obf, .obz)').setInputFiles(path.join(here, '../fixtures/obf/hostile/not-json.obf'));
  await expect(page.getByRole('alert')).toContainText('Nothing was changed.');
});

/** Makes "build B" of a copied build: a changed stylesheet (with its SRI hash) and page. */
function makeNextBuild(site) {
  const css = readdirSync(site).find((name) => /^first-page-.*\.css$/.test(name));
  const cssPath = path.join(site, css);
  const changed = `${readFileSync(cssPath, 'utf8')}\n:root { --pk-build: "B"; }\n`;
  writeFileSync(cssPath, changed);
  const integrity = `sha384-${createHash('sha384').update(changed).digest('base64')}`;
  const indexPath = path.join(site, 'index.html');
  const html = readFileSync(indexPath, 'utf8')
    // The link may be minified (unquoted attributes) or not.
    .replace(new RegExp(`(href="?/${css.replace('.', '\\.')}"?[^>]*integrity=)"?[^" >]+"?`), `$1"${integrity}"`)
    .replace('<title>', '<meta name="pictokit-build" content="B" />\n    <title>');
  writeFileSync(indexPath, html);
  execFileSync('python3', [finishBuild, site]);
}

async function buildMarks(page) {
  return page.evaluate(() => ({
    page: document.querySelector('meta[name=pictokit-build]')?.content ?? 'A',
    style: getComputedStyle(document.documentElement).getPropertyValue('--pk-build').trim().replaceAll('"', '') || 'A',
  }));
}

test('a new build replaces the old one on the next start, without mixing', async ({ browser }) => {
  test.setTimeout(120_000);
  const dir = mkdtempSync(path.join(tmpdir(), 'pictokit-update-'));
  const site = path.join(dir, 'site');
  cpSync(dist, site, { recursive: true });
  const server = await startServer(site);
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const app = new Pictokit(page);
    await page.goto(`${server.url}/`);
    await app.loaded();
    await app.waitForOffline();
    expect(await buildMarks(page)).toEqual({ page: 'A', style: 'A' });
    // The build's cache: not the pictures fetched later, not the copies of the data kept
    // outside IndexedDB (issue #22), which an update must never clear.
    const builds = (names) => names.filter((k) => k !== 'pictokit-runtime' && k !== 'pictokit-safekeeping');
    const oldVersion = builds(await page.evaluate(() => caches.keys()));

    makeNextBuild(site);

    // The running app stays on build A, whole, while B installs in the background.
    await page.reload();
    await app.loaded();
    expect(await buildMarks(page)).toEqual({ page: 'A', style: 'A' });
    await page.waitForFunction(async () => Boolean((await navigator.serviceWorker.getRegistration()).waiting), null, {
      timeout: 20_000,
    });

    // The next start (the app closed and opened again) is build B. The browser lets the
    // new worker take over once no page of the old one is open, which it notices a moment
    // after the tab closes: reopen until it has, and check every start is one whole build.
    // Chromium hands over only once the old worker is idle; give it a moment first.
    await page.waitForTimeout(3_000);
    await page.close();
    let next;
    const deadline = Date.now() + 45_000;
    for (;;) {
      next = await context.newPage();
      await next.goto(`${server.url}/`);
      await new Pictokit(next).loaded();
      const marks = await buildMarks(next);
      expect(marks.page, 'never a mix of two builds').toBe(marks.style);
      if (marks.page === 'B' || Date.now() > deadline) break;
      await next.close();
      await new Promise((resolve) => setTimeout(resolve, 2_000));
    }
    expect(await buildMarks(next)).toEqual({ page: 'B', style: 'B' });
    const allNames = await next.evaluate(() => caches.keys());
    const cacheNames = builds(allNames);
    expect(cacheNames).toHaveLength(1);
    expect(cacheNames).not.toEqual(oldVersion);
    expect(allNames, 'the copies of the data outlive an update').toContain('pictokit-safekeeping');
  } finally {
    await context.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
