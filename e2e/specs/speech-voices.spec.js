// Speech with real voices: Chromium with speech-dispatcher and espeak-ng (TOOLCHAIN.md).
// Chromium starts its own speech daemon in a private cache folder; daemons outlive the
// browser, so the ones with that folder on their command line are stopped by PID after.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { test as base, expect } from '../support/fixtures.js';
import { CHROMIUM_ARGS } from '../playwright.config.js';

function stopDaemons(home) {
  let pids = [];
  try {
    pids = execFileSync('pgrep', ['-f', home], { encoding: 'utf8' }).split('\n').filter(Boolean).map(Number);
  } catch {
    return; // none left
  }
  for (const pid of pids) {
    try {
      process.kill(pid, "SIGKILL");
    } catch {
      /* gone already */
    }
  }
}

// A browser of its own, started with speech-dispatcher; the project's viewport and touch.
const test = base.extend({
  context: async ({ viewport, hasTouch, isMobile, baseURL, locale }, use) => {
    const home = mkdtempSync(path.join(tmpdir(), 'pictokit-speech-'));
    const browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: [...CHROMIUM_ARGS, '--enable-speech-dispatcher'],
      env: { ...process.env, XDG_CACHE_HOME: home, XDG_RUNTIME_DIR: home, XDG_CONFIG_HOME: home },
    });
    const context = await browser.newContext({ viewport, hasTouch, isMobile, baseURL, locale });
    try {
      await use(context);
    } finally {
      await browser.close();
      stopDaemons(home);
      rmSync(home, { recursive: true, force: true });
    }
  },
});

test('a Catalan espeak-ng voice is offered, chosen and really speaks', async ({ app, page }) => {
  await app.goto();
  const n_voices = await page.evaluate(
    () =>
      new Promise((resolve) => {
        if (speechSynthesis.getVoices().length > 0) resolve(speechSynthesis.getVoices().length);
        speechSynthesis.addEventListener('voiceschanged', () => resolve(speechSynthesis.getVoices().length));
        setTimeout(() => resolve(speechSynthesis.getVoices().length), 10_000);
      }),
  );
  expect(n_voices, 'espeak-ng voices through speech-dispatcher').toBeGreaterThan(0);
  await app.createProfile({ name: 'Marc', language: 'Català' });
  await page.getByRole('button', { name: 'Edit Marc' }).click();
  const voice = page.getByRole('combobox', { name: 'Voice' });
  await expect(voice.getByRole('option', { name: 'Catalan espeak-ng', exact: true })).toBeAttached({ timeout: 15_000 });
  await voice.selectOption('Catalan espeak-ng');
  await page.getByRole('button', { name: 'Save' }).click();
  await app.tryAs('Marc');

  // Listen for the real start of speech, then tap.
  const started = page.evaluate(() => new Promise((resolve) => {
    const speak = window.speechSynthesis.speak;
    window.speechSynthesis.speak = (utterance) => {
      utterance.addEventListener('start', () => resolve('start'));
      utterance.addEventListener('error', (event) => resolve(`error ${event.error}`));
      return speak(utterance);
    };
    setTimeout(() => resolve('no start within 10 s'), 10_000);
  }));
  await page.getByRole('button', { name: 'La compra' }).click();
  expect(await started).toBe('start');
  const said = await app.utterances();
  expect(said[0]).toMatchObject({ text: 'La compra', lang: 'ca', voice: 'Catalan espeak-ng' });
});
