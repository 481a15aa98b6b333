// The journeys of `journeys/index.mjs` in Firefox ESR and WebKitGTK (MiniBrowser),
// driven through WebDriver: Playwright cannot download its own builds of those engines
// here, so Debian's browsers are used (geckodriver from crates.io, WebKitWebDriver from
// Debian, under Xvfb because WebKitGTK has no headless mode).
//
//   node webdriver/run.mjs [firefox|webkit|all] [journey name filter]
//
// Serves ../dist itself. Each journey gets a fresh browser session (fresh storage); a
// journey of two devices (`devices: 2`) gets two sessions, two profiles of the same engine
// (in WebKit each from a WebKitWebDriver of its own, which drives one session at a time).
// When a selected journey needs a team (`team: true`), it starts a CouchDB-protocol server
// of its own (tools/couch-server.mjs, on a free port) and serves /couch/ from it, so that
// these runs never share Playwright's server; each such journey gets a new team, made by
// scripts/couch-team and removed afterwards. Exits non-zero when any journey fails in any
// engine.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Builder } from 'selenium-webdriver';
import firefox from 'selenium-webdriver/firefox.js';
import { startServer } from '../serve.mjs';
import { startCouch } from '../tools/couch-server.mjs';
import { createTeam, removeTeam } from '../support/team-server.js';
import { journeys } from '../journeys/index.mjs';
import { webdriverUi } from './ui.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const dist = path.resolve(here, '../../dist');
const [which = 'all', filter = ''] = process.argv.slice(2);
const engines = which === 'all' ? ['firefox', 'webkit'] : [which];

/** A program's path on PATH or in cargo's bin folder, or null. */
function program(name) {
  for (const dir of [...(process.env.PATH || '').split(':'), path.join(os.homedir(), '.cargo/bin')]) {
    const candidate = path.join(dir, name);
    if (dir && fs.existsSync(candidate)) return candidate;
  }
  return null;
}

/** Rejects after `ms` with `what`: WebKit's new-session request hangs without a display. */
function timeout(promise, ms, what) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what} took more than ${ms} ms`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

const children = [];
/** Starts a helper in a process group of its own, so that stopping it stops what it started
 * (WebKitWebDriver's MiniBrowser). */
function start(command, args, env = {}) {
  const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: 'ignore', detached: true });
  children.push(child);
  return child;
}
function stop(child) {
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}

async function waitForPort(url, ms) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error(`nothing answers on ${url}`);
}

const WEBKIT_PORT = 4445;
const FIREFOX_DOWNLOADS = fs.mkdtempSync(path.join(os.tmpdir(), 'pictokit-firefox-downloads-'));
const FALLBACK_DISPLAY = ':98';
const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/** Starts what an engine needs once; returns a function that opens a new session and one
 * that starts the engine's driver again (after a session request that never answered). */
async function prepare(engine) {
  if (engine === 'firefox') {
    const geckodriver = program('geckodriver');
    if (!geckodriver || !fs.existsSync('/usr/bin/firefox-esr')) {
      throw new Error('Firefox ESR or geckodriver is missing: run scripts/setup --tests');
    }
    const open = () =>
      new Builder()
        .forBrowser('firefox')
        .setFirefoxOptions(
          new firefox.Options()
            .setBinary('/usr/bin/firefox-esr')
            .addArguments('-headless')
            .windowSize({ width: 1024, height: 768 })
            // Files the page offers are saved here without asking (ui.download reads them).
            .setPreference('browser.download.folderList', 2)
            .setPreference('browser.download.dir', FIREFOX_DOWNLOADS)
            .setPreference('browser.download.useDownloadDir', true)
            .setPreference('browser.download.always_ask_before_handling_new_types', false)
            .setPreference('browser.helperApps.neverAsk.saveToDisk', 'application/zip,application/json,text/calendar'),
        )
        .setFirefoxService(new firefox.ServiceBuilder(geckodriver))
        .build();
    return { open, restart: async () => {} };
  }
  if (engine === 'webkit') {
    if (!program('WebKitWebDriver') || (!process.env.DISPLAY && !program('Xvfb')) || !fs.existsSync(MINIBROWSER)) {
      throw new Error('WebKitWebDriver, MiniBrowser or Xvfb is missing: run scripts/setup --tests');
    }
    // A display of its own unless one is given (scripts/test starts one for every step).
    let display = process.env.DISPLAY;
    if (!display) {
      display = FALLBACK_DISPLAY;
      start('Xvfb', [display, '-screen', '0', '1280x800x24', '-nolisten', 'tcp']);
    }
    // WebKitWebDriver drives one session at a time: a second device (slot 1) has a driver
    // of its own, on the next port, started when first asked for.
    const drivers = [];
    const launch = async (slot) => {
      drivers[slot] = start('WebKitWebDriver', [`--port=${WEBKIT_PORT + slot}`], { DISPLAY: display });
      await waitForPort(`http://127.0.0.1:${WEBKIT_PORT + slot}/status`, 15_000);
    };
    await launch(0);
    const open = async (slot = 0) => {
      if (!drivers[slot]) await launch(slot);
      return new Builder()
        .usingServer(`http://127.0.0.1:${WEBKIT_PORT + slot}`)
        .withCapabilities({
          browserName: 'MiniBrowser',
          'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
        })
        .build();
    };
    const restart = async (slot = 0) => {
      if (drivers[slot]) stop(drivers[slot]);
      await new Promise((resolve) => setTimeout(resolve, 500));
      await launch(slot);
    };
    return { open, restart };
  }
  throw new Error(`unknown engine ${engine}`);
}

/** The engine's name and version, for the README. */
async function version(driver) {
  const caps = await driver.getCapabilities();
  return `${caps.get('browserName')} ${caps.get('browserVersion')}`;
}

/** Ends a session. Firefox ESR here waits for its speech service at shutdown until
 * geckodriver gives up (70 s) once a page has touched speechSynthesis; its profile is
 * thrown away anyway, so after a short grace the process is stopped. */
async function quit(driver, engine) {
  const pid = engine === 'firefox' ? (await driver.getCapabilities().catch(() => null))?.get('moz:processID') : null;
  const timer = pid ? setTimeout(() => {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }, 3_000) : null;
  await driver.quit().catch(() => {});
  if (timer) clearTimeout(timer);
}

/** The same `ui`, remembering each step it is asked for (to say where a journey failed);
 * `who` names the device in a journey of two. */
function traced(ui, steps, who = '') {
  return Object.fromEntries(
    Object.entries(ui).map(([method, run]) => [
      method,
      (...args) => {
        steps.push(`${who}${method}(${args.map((a) => (a instanceof RegExp ? String(a) : JSON.stringify(a))).join(', ')})`);
        return run(...args);
      },
    ]),
  );
}

const selected = journeys.filter((j) => j.name.includes(filter));
// The team journeys' server: this run's own, never Playwright's (PICTOKIT_COUCH_PORT).
const couch = selected.some((j) => j.team) ? await startCouch({ port: 0 }) : null;
let couchDied = null;
couch?.died.then((why) => {
  couchDied = why;
  console.log(`FAIL  ${why}`);
});
const serving = couch ? { couch: couch.url } : {};
let server = await startServer(dist, 0, serving);
const port = server.port;
/** The network of the journeys: off is the app's server stopped (its port refuses). */
async function network(on) {
  if (on && !server) server = await startServer(dist, port, serving);
  if (!on && server) {
    await server.close();
    server = null;
    const answered = await fetch(`http://127.0.0.1:${port}/index.html`).then(() => true, () => false);
    if (answered) throw new Error('the server still answers with the network off');
  }
}
let failed = 0;
try {
  for (const engine of engines) {
    const engineDriver = await prepare(engine);
    /** A new session. Once in a while (about one run in ten on CI) WebKitWebDriver never
     * answers a new-session request; the journey has not begun then, so the driver is
     * started again and asked once more, and the report says so. */
    const session = async (notes, slot = 0) => {
      try {
        return await timeout(engineDriver.open(slot), 60_000, `a new ${engine} session`);
      } catch (error) {
        if (!/took more than/.test(error.message)) throw error;
        notes.push(`${error.message}; the driver was started again`);
        await engineDriver.restart(slot);
        return timeout(engineDriver.open(slot), 60_000, `a new ${engine} session, asked again`);
      }
    };
    for (const journey of selected) {
      const started = Date.now();
      const drivers = [];
      const steps = [];
      let team = null;
      try {
        await network(true);
        const notes = [];
        // One session per device: each its own profile, so its own storage.
        const uis = [];
        for (let slot = 0; slot < (journey.devices || 1); slot += 1) {
          const driver = await session(notes, slot);
          drivers.push(driver);
          await driver.manage().window().setRect({ width: 1024, height: 768 });
          uis.push(traced(webdriverUi(driver, `http://127.0.0.1:${port}`, {
            network,
            engine,
            note: (text) => notes.push(text),
            downloads: engine === 'firefox' ? FIREFOX_DOWNLOADS : undefined,
          }), steps, slot ? `device ${slot + 1}: ` : ''));
        }
        if (journey.team) team = await createTeam({ server: couch.url, admin: couch.admin });
        await journey.run(uis[0], { second: uis[1], team: team && { code: team.code } });
        if (couchDied) throw new Error(couchDied);
        console.log(`ok    [${engine}] ${journey.name} (${((Date.now() - started) / 1000).toFixed(1)} s, ${await version(drivers[0])})`);
        for (const text of notes) console.log(`      ${text}`);
      } catch (error) {
        failed += 1;
        console.log(`FAIL  [${engine}] ${journey.name}\n      at step: ${steps.at(-1) || '(before the first step)'}\n      ${String(error.message || error).split('\n').slice(0, 4).join('\n      ')}`);
        if (process.env.PK_DEBUG) for (const d of drivers) console.log('--- device text:\n' + (await d.executeScript('const t = document.querySelector(".pk-team") || document.querySelector("main"); return (t ? t.innerText : "no team section") + " | url " + location.href + " trace " + document.documentElement.dataset.pktrace').catch((e) => String(e))).slice(0, 3000));
      } finally {
        for (const driver of drivers) await quit(driver, engine);
        if (team) await removeTeam(team.db, { server: couch.url, admin: couch.admin }).catch(() => {});
      }
    }
  }
} catch (error) {
  failed += 1;
  console.log(`FAIL  ${error.message}`);
} finally {
  for (const child of children) stop(child);
  fs.rmSync(FIREFOX_DOWNLOADS, { recursive: true, force: true });
  await network(false);
  if (couch) await couch.stop();
}
console.log(failed ? `${failed} failed` : 'all passed');
process.exit(failed ? 1 : 0);
