// Pictokit's browser tests: Debian's Chromium (never a downloaded browser), one shared
// release build in ../dist, every spec on a tablet and the tests where layout matters on a phone
// (tagged @phone, see the phone project), at most 2 workers; beside the build, the fake ARASAAC
// server and the team sync tests' CouchDB-protocol server (pouchdb-server, in memory).
import { defineConfig } from '@playwright/test';
import { couchPort, randomAdmin } from './tools/couch-server.mjs';

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
// The CouchDB-protocol server of the team sync specs (tools/couch-server.mjs, in memory),
// which serve.mjs passes /couch/ on to; PICTOKIT_COUCH_PORT to move it. Its server admin
// is made here, once: every worker reads this file again, but inherits the runner's
// environment, so the runner's PICTOKIT_COUCH_ADMIN ("name:password") is the one the
// server, the workers and support/team-server.js share.
const COUCH_PORT = couchPort();
const COUCH_ADMIN_GIVEN = Boolean(process.env.PICTOKIT_COUCH_ADMIN);
process.env.PICTOKIT_COUCH_ADMIN ||= randomAdmin();
process.env.PICTOKIT_COUCH_PORT = String(COUCH_PORT);

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
      // The phone runs only the tests tagged @phone (`PHONE` and `onPhoneInTheme` of
      // support/fixtures.js): those where the layout is what is tested, and those that walk
      // the screens a person sees, whose picture, main action and way home must be in view
      // at 390×844. Every other test runs once, on the tablet, where `expectAccessible`
      // still checks each screen it visits for overflow at 360, 390 and 1024 px wide.
      //   targets.spec.js             every test (64 px targets at each grid size, the unlock dialogs)
      //   person-screens.spec.js      every person screen, its picture and main action in view
      //   accessibility.spec.js       start, welcome and facilitator screens; the PIN step;
      //                               person mode in the Warm and Dark themes
      //   facilitator-screens.spec.js the four layout tests (the activity form's language: tablet)
      //   journeys.spec.js            first run to the lock, shopping to the till, the questionnaire
      //   first-run.spec.js           first run → a profile → person mode
      //   pictograms.spec.js          several pictograms added and used; the picker's screens;
      //                               the person's board in every theme
      //   shopping.spec.js            the whole trip; practice; photos of own money; screens in every theme
      //   schedule.spec.js            the person's day; the day as a list; the first page's reminder;
      //                               screens in every theme
      //   questionnaire.spec.js       the person's screens in every theme
      //   sorting.spec.js             the screens in every theme
      //   choice.spec.js              the board in every theme; a board of pictures
      // A component's theme test checks each person screen in every theme on one walk
      // (`expectAccessibleInEveryTheme`); accessibility.spec.js's own theme tests make a
      // profile in each theme through the editor, on the phone in Warm and Dark, since High
      // contrast and Calm change only colours (checked on the tablet). What does not
      // depend on the screen's size — searching, languages, files, history, the lock's
      // gestures, storage and its failures, offline, speech, QR codes, boards from other apps,
      // ARASAAC, printing, the kill loop, memory — runs once, on the tablet.
      grep: /@phone/,
    },
  ],
  webServer: [
    {
      command: `node tools/couch-server.mjs ${COUCH_PORT}`,
      url: `http://127.0.0.1:${COUCH_PORT}/`,
      // Only a server whose admin was given (PICTOKIT_COUCH_ADMIN) can be one already
      // running; otherwise each run starts its own, with a new password.
      reuseExistingServer: COUCH_ADMIN_GIVEN && !process.env.CI,
      // Stopped by its process group, with SIGTERM so that it removes its temporary folder.
      gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
    },
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
