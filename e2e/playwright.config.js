// Pictokit's browser tests: Debian's Chromium (never a downloaded browser), one shared
// release build in ../dist, every spec on a tablet and those where layout matters on a phone, at most 2 workers.
import { defineConfig } from '@playwright/test';

export const CHROMIUM_ARGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  // A fake camera (a moving test picture) and microphone (a beep), allowed without asking.
  '--use-fake-ui-for-media-stream',
  '--use-fake-device-for-media-stream',
];

// The port of the static server of the build; PICTOKIT_E2E_PORT to move it.
const PORT = Number(process.env.PICTOKIT_E2E_PORT || 4173);
// The fake ARASAAC server the specs forward https://api.arasaac.org to.
export const FAKE_ARASAAC_PORT = Number(process.env.PICTOKIT_FAKE_ARASAAC_PORT || 4180);

export default defineConfig({
  testDir: './specs',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  outputDir: './test-results',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    locale: 'en-GB',
    launchOptions: { executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS },
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'tablet',
      use: { viewport: { width: 1024, height: 768 }, hasTouch: true, isMobile: true, deviceScaleFactor: 1 },
    },
    {
      name: 'phone',
      use: { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 },
      // The phone runs where layout matters: every journey, every screen a person or a
      // facilitator sees (and the screen rules at 360 and 390 px run on every screen
      // either project visits). What does not depend on the screen's size — the lock's
      // gestures, storage and its failures, offline, speech, languages, files and the memory they take, QR codes,
      // boards from other apps, ARASAAC, printing — runs once, on the tablet.
      testIgnore: [
        'lock.spec.js', 'persistence.spec.js', 'offline.spec.js', 'storage-errors.spec.js',
        'fallbacks.spec.js', 'speech.spec.js', 'speech-voices.spec.js', 'language.spec.js',
        'transfer.spec.js', 'qr.spec.js', 'obf.spec.js', 'arasaac.spec.js', 'print.spec.js',
        'safekeeping.spec.js', 'kill.spec.js', 'memory.spec.js',
      ].map((name) => `**/${name}`),
    },
  ],
  webServer: [
    {
      command: `node serve.mjs ../dist ${PORT}`,
      url: `http://127.0.0.1:${PORT}/index.html`,
      reuseExistingServer: !process.env.CI,
    },
    {
      command: `node tools/fake-arasaac.mjs ${FAKE_ARASAAC_PORT}`,
      url: `http://127.0.0.1:${FAKE_ARASAAC_PORT}/api/pictograms/en/search/apple`,
      reuseExistingServer: !process.env.CI,
    },
  ],
});
