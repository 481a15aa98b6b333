// The journeys of `journeys/index.mjs` in Firefox ESR and WebKitGTK (MiniBrowser),
// driven through WebDriver: Playwright cannot download its own builds of those engines
// here, so Debian's browsers are used (geckodriver from crates.io, WebKitWebDriver from
// Debian, under Xvfb because WebKitGTK has no headless mode).
//
//   node webdriver/run.mjs [firefox|webkit|all] [journey name filter]
//
// Serves ../dist itself. Each journey gets a fresh browser session (fresh storage). Exits
// non-zero when any journey fails in any engine.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Builder } from 'selenium-webdriver';
import firefox from 'selenium-webdriver/firefox.js';
import { startServer } from '../serve.mjs';
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
    let driver;
    const launch = async () => {
      driver = start('WebKitWebDriver', [`--port=${WEBKIT_PORT}`], { DISPLAY: display });
      await waitForPort(`http://127.0.0.1:${WEBKIT_PORT}/status`, 15_000);
    };
    await launch();
    const open = () =>
      new Builder()
        .usingServer(`http://127.0.0.1:${WEBKIT_PORT}`)
        .withCapabilities({
          browserName: 'MiniBrowser',
          'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
        })
        .build();
    const restart = async () => {
      stop(driver);
      await new Promise((resolve) => setTimeout(resolve, 500));
      await launch();
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

/** The same `ui`, remembering each step it is asked for (to say where a journey failed). */
function traced(ui, steps) {
  return Object.fromEntries(
    Object.entries(ui).map(([method, run]) => [
      method,
      (...args) => {
        steps.push(`${method}(${args.map((a) => (a instanceof RegExp ? String(a) : JSON.stringify(a))).join(', ')})`);
        return run(...args);
      },
    ]),
  );
}

let server = await startServer(dist);
const port = server.port;
/** The network of the journeys: off is the app's server stopped (its port refuses). */
async function network(on) {
  if (on && !server) server = await startServer(dist, port);
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
    const session = async (notes) => {
      try {
        return await timeout(engineDriver.open(), 60_000, `a new ${engine} session`);
      } catch (error) {
        if (!/took more than/.test(error.message)) throw error;
        notes.push(`${error.message}; the driver was started again`);
        await engineDriver.restart();
        return timeout(engineDriver.open(), 60_000, `a new ${engine} session, asked again`);
      }
    };
    for (const journey of journeys.filter((j) => j.name.includes(filter))) {
      const started = Date.now();
      let driver;
      const steps = [];
      try {
        await network(true);
        const notes = [];
        driver = await session(notes);
        await driver.manage().window().setRect({ width: 1024, height: 768 });
        const ui = traced(webdriverUi(driver, `http://127.0.0.1:${port}`, {
          network,
          engine,
          note: (text) => notes.push(text),
          downloads: engine === 'firefox' ? FIREFOX_DOWNLOADS : undefined,
        }), steps);
        await journey.run(ui);
        console.log(`ok    [${engine}] ${journey.name} (${((Date.now() - started) / 1000).toFixed(1)} s, ${await version(driver)})`);
        for (const text of notes) console.log(`      ${text}`);
      } catch (error) {
        failed += 1;
        console.log(`FAIL  [${engine}] ${journey.name}\n      at step: ${steps.at(-1) || '(before the first step)'}\n      ${String(error.message || error).split('\n').slice(0, 4).join('\n      ')}`);
      } finally {
        if (driver) await quit(driver, engine);
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
}
console.log(failed ? `${failed} failed` : 'all passed');
process.exit(failed ? 1 : 0);
