// The `ui` of the journeys (see journeys/index.mjs) over a WebDriver session. Elements are
// found by role and accessible name with Testing Library's queries, injected into the page,
// so every engine is asked the same question as Playwright's getByRole; axe-core is
// injected the same way.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const TESTING_LIBRARY = fs.readFileSync(require.resolve('@testing-library/dom/dist/@testing-library/dom.umd.min.js'), 'utf8');
const AXE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
/** How long to wait for what a step looks for: a busy machine (both engines run side by side
 * in the test command) makes a page slower, not wrong. */
const WAIT_MS = 30_000;
/** Starting the app may take longer on a busy machine (a first visit installs the service worker). */
const LOAD_MS = 30_000;

/** A name for the page: a string, or a RegExp as [source, flags]. */
const nameArg = (name) => (name instanceof RegExp ? [name.source, name.flags, true] : [name, '', false]);

// Runs in the page: the first visible element with the role and name, or null.
const FIND = `
  const [role, name, flags, isRegExp, within, level, pressed] = arguments;
  const dom = globalThis.TestingLibraryDom || window.TestingLibraryDom;
  if (!dom) return 'no-library';
  const wanted = (n, f, re) => (re ? new RegExp(n, f) : n);
  const visible = (el) => {
    const box = el.getBoundingClientRect();
    return box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== 'hidden';
  };
  // Elements of a role and name inside root, visible ones only.
  const byRole = (root, role, matcher, level, pressed) => {
    // A field found by its label (a time field has no role of its own).
    if (role === 'label') return dom.queryAllByLabelText(root, matcher).filter(visible);
    const options = { name: matcher };
    if (level) options.level = level;
    if (pressed !== null) options.pressed = pressed;
    return dom.queryAllByRole(root, role, options).filter(visible);
  };
  let roots = [document.body];
  if (within) roots = byRole(document.body, within[0], wanted(within[1], within[2], within[3]), 0, null);
  for (const root of roots) {
    const found = byRole(root, role, wanted(name, flags, isRegExp), level, pressed);
    if (found.length) return found[0];
  }
  return null;
`;

// Runs in the page: the first visible element whose own text is this, or null.
const FIND_TEXT = `
  const [text, flags, isRegExp] = arguments;
  const dom = globalThis.TestingLibraryDom || window.TestingLibraryDom;
  if (!dom) return null;
  const found = dom.queryAllByText(document.body, isRegExp ? new RegExp(text, flags) : text)
    .filter((el) => { const box = el.getBoundingClientRect(); return box.width > 0 && box.height > 0; });
  return found[0] || null;
`;

// Runs in the page: whether the app has loaded its data and shows a screen, as
// Playwright's `app.loaded()` asks. Pictures still on their way do not count: once in CI a
// reload early in WebKit's first visit (the service worker still precaching) did not reach
// `readyState` "complete" within 10 s.
const LOADED = `
  const starting = [...document.querySelectorAll('[role=status]')].some((s) => /starting/.test(s.textContent));
  return !starting && document.querySelector('.pk-start, .pk-facilitator, .pk-person') !== null
    && document.querySelector('.pk-loading') === null;
`;

// Runs in the page: keeps each file the page offers (an <a download> with a blob:
// address) as base64 in window.__pkDownloads instead of letting the engine save it, which
// WebDriver cannot read back. The blob is kept when its address is made: the page's CSP
// (connect-src 'self') forbids fetching a blob: address back.
const CATCH_DOWNLOADS = `
  if (window.__pkCatching) return true;
  window.__pkCatching = true;
  window.__pkDownloads = [];
  const blobs = new Map();
  const make = URL.createObjectURL;
  URL.createObjectURL = function keep(blob) {
    const address = make.call(URL, blob);
    blobs.set(address, blob);
    return address;
  };
  const click = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function catchDownload() {
    const blob = blobs.get(this.href);
    if (!this.download || !blob) return click.call(this);
    const name = this.download;
    const reader = new FileReader();
    reader.onload = () => window.__pkDownloads.push({ name, base64: String(reader.result).split(',')[1] || '' });
    reader.readAsDataURL(blob);
  };
  return true;
`;

/** `network(on)` turns the app's server off and on (run.mjs owns it). */
/** `downloads`, if given, is the folder where the engine saves files itself (Firefox: its
 * WebDriver scripts run in a sandbox whose changes to the page's objects the page does not
 * see, so the page's offered files cannot be caught in the page). */
export function webdriverUi(driver, base, { network, note, engine = 'engine', downloads } = {}) {
  const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

  async function until(what, check, ms = WAIT_MS) {
    const end = Date.now() + ms;
    let last;
    while (Date.now() < end) {
      try {
        last = await check();
        if (last) return last;
      } catch (error) {
        last = error;
      }
      await sleep(100);
    }
    throw new Error(`waited ${ms} ms for ${what}${last instanceof Error ? `: ${last.message}` : ''}`);
  }

  // Chromium and WebKit keep what a script puts on `window` for the next script. Firefox
  // runs each script in a fresh sandbox: what one script left on `window` is seen by the
  // next from another realm, where a RegExp made in the new script is no `instanceof
  // RegExp` and Testing Library silently matches no name. So the library is kept only
  // where a regular expression made by a later script still works, and elsewhere it
  // comes with every query.
  let inline = false;
  const WORKS = `const dom = window.TestingLibraryDom;
    if (!dom) return false;
    const probe = document.createElement('div');
    probe.innerHTML = '<button>probe</button>';
    return dom.queryAllByRole(probe, 'button', { name: /^pro/ }).length === 1;`;
  async function inject() {
    if (inline) return;
    if (await driver.executeScript(WORKS)) return;
    await driver.executeScript(`${TESTING_LIBRARY}; window.TestingLibraryDom = globalThis.TestingLibraryDom; return true;`);
    inline = !(await driver.executeScript(WORKS));
  }
  /** Runs a query script in the page, with the library where it does not stay. */
  async function query(script, ...args) {
    await inject();
    return driver.executeScript(inline ? `${TESTING_LIBRARY};\n${script}` : script, ...args);
  }

  async function findNow(role, name, { within, level, pressed } = {}) {
    const [n, flags, isRegExp] = nameArg(name);
    const inside = within ? [within[0], ...nameArg(within[1])] : null;
    const found = await query(FIND, role, n, flags, isRegExp, inside, level || 0, pressed === undefined ? null : pressed);
    return found === 'no-library' ? null : found;
  }

  const describe = (role, name) => `${role} "${name}"`;
  async function find(role, name, opts) {
    try {
      return await until(describe(role, name), () => findNow(role, name, opts));
    } catch (error) {
      // Say what there is instead, to see at once what went wrong.
      const seen = await query(
        `const dom = globalThis.TestingLibraryDom || window.TestingLibraryDom;
         const [role, n, f, re] = arguments;
         const matching = dom.queryAllByRole(document.body, role, { name: re ? new RegExp(n, f) : n });
         if (matching.length) {
           return matching.map((el) => { const b = el.getBoundingClientRect(); return 'matches but ' + JSON.stringify([b.x, b.y, b.width, b.height, getComputedStyle(el).visibility]); });
         }
         try { dom.getByRole(document.body, arguments[0], { name: /^$ never $^/ }); } catch (e) {
           return e.message.split('\\n').filter((l) => /Name "/.test(l)).map((l) => l.trim()).slice(0, 12);
         }
         return [];`,
        role,
        ...nameArg(name),
      ).catch(() => []);
      throw new Error(`${error.message}; the ${role}s there: ${JSON.stringify(seen)}`);
    }
  }

  async function loaded() {
    await until('the app to load', () => driver.executeScript(LOADED), LOAD_MS);
  }

  const ui = {
    async open(hash) {
      const page = hash.startsWith('#/facilitator') ? 'facilitator.html' : '';
      await driver.get(`${base}/${page}${hash}`);
      await loaded();
    },
    see: find,
    async gone(role, name, opts) {
      await until(`no ${describe(role, name)}`, async () => (await findNow(role, name, opts)) === null);
    },
    async tap(role, name, opts) {
      const element = await find(role, name, opts);
      // In the middle of the screen, clear of the sticky banner.
      await driver.executeScript("arguments[0].scrollIntoView({ block: 'center', inline: 'center' })", element);
      try {
        await element.click();
      } catch (error) {
        if (!/Intercepted|NotInteractable/.test(error.name)) throw new Error(`tap ${describe(role, name)}: ${error.name} ${error.message}`);
        // A visually hidden input (a styled radio, a file input) is tapped through its label,
        // as a person would.
        const label = await driver.executeScript('return (arguments[0].labels && arguments[0].labels[0]) || arguments[0].closest("label")', element);
        if (!label) throw new Error(`tap ${describe(role, name)}: ${error.name} and no label to tap`);
        await driver.executeScript("arguments[0].scrollIntoView({ block: 'center', inline: 'center' })", label);
        await label.click();
      }
    },
    async fill(role, name, text, opts) {
      const element = await find(role, name, opts);
      const type = await element.getAttribute('type');
      if (type === 'time' || type === 'date') {
        // Typing into these differs between engines (and keyboard layouts); like
        // Playwright's fill, set the value and say so.
        await driver.executeScript(
          `const [el, value] = arguments; el.focus(); el.value = value;
           el.dispatchEvent(new Event('input', { bubbles: true }));
           el.dispatchEvent(new Event('change', { bubbles: true }));`,
          element,
          text,
        );
        return;
      }
      await element.clear();
      await element.sendKeys(text);
    },
    async value(role, name, opts) {
      const element = await find(role, name, opts);
      return driver.executeScript('return arguments[0].value', element);
    },
    async choose(role, name, option) {
      const element = await find(role, name);
      await driver.executeScript("arguments[0].scrollIntoView({ block: 'center' })", element);
      for (const candidate of await element.findElements({ css: 'option' })) {
        if ((await candidate.getText()).trim() === option) {
          await candidate.click();
          return;
        }
      }
      throw new Error(`choose: no option "${option}" in ${describe(role, name)}`);
    },
    async hold(role, name, ms) {
      const element = await find(role, name);
      await driver.actions({ async: true }).move({ origin: element }).press().pause(ms).release().perform();
    },
    async rest(role, name) {
      const element = await find(role, name);
      // Onto it, then a hair further (a head pointer is never quite still): no press.
      await driver.actions({ async: true }).move({ origin: element }).move({ origin: 'pointer', x: 2, y: 1 }).perform();
    },
    /** Waits until the focused element holds `text` (a screen that moves the focus to
     * what was just saved, say, before the next tap). */
    async focused(text) {
      await until(`the focus on "${text}"`, () =>
        driver.executeScript('return (document.activeElement && document.activeElement.textContent || "").includes(arguments[0])', text));
    },
    async read(text, { ms } = {}) {
      await until(`the text "${text}"`, () => query(FIND_TEXT, ...nameArg(text)), ms);
    },
    pause: sleep,
    async download(role, name, opts) {
      if (downloads) {
        const before = new Set(fs.readdirSync(downloads));
        await ui.tap(role, name, opts);
        const saved = await until('the file saved', () => {
          const fresh = fs.readdirSync(downloads).filter((f) => !before.has(f) && !f.endsWith('.part'));
          return fresh.length && fs.statSync(path.join(downloads, fresh[0])).size > 0 ? fresh[0] : null;
        });
        await sleep(300);
        return { name: saved, bytes: fs.readFileSync(path.join(downloads, saved)) };
      }
      await driver.executeScript(CATCH_DOWNLOADS);
      await ui.tap(role, name, opts);
      const file = await until('the file offered', () =>
        driver.executeScript('return (window.__pkDownloads && window.__pkDownloads.shift()) || null'));
      return { name: file.name, bytes: Buffer.from(file.base64, 'base64') };
    },
    async upload(label, file) {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pictokit-upload-'));
      const where = path.join(dir, file.name);
      fs.writeFileSync(where, file.bytes);
      // The file field itself (visually hidden inside its label), found by that label.
      const input = await until(`the file field "${label}"`, () =>
        query(`const dom = globalThis.TestingLibraryDom || window.TestingLibraryDom;
               return dom.queryAllByLabelText(document.body, arguments[0]).find((el) => el.type === 'file') || null;`, label));
      await input.sendKeys(where);
    },
    async evaluate(fn) {
      const result = await driver.executeAsyncScript(
        `const done = arguments[arguments.length - 1];
         (${fn.toString()})().then((value) => done({ value }), (error) => done({ error: String(error) }));`,
      );
      if (result.error) throw new Error(`in the page: ${result.error}`);
      return result.value;
    },
    note: (text) => (note ? note(text) : undefined),
    async shot(name, at) {
      const dir = process.env.PICTOKIT_SHOTS;
      if (!dir) return;
      if (at) await driver.executeScript("arguments[0].scrollIntoView({ block: 'start' }); window.scrollBy(0, -96);", await find(...at));
      await driver.executeAsyncScript('const done = arguments[arguments.length - 1]; document.fonts.ready.then(() => done(true));');
      fs.mkdirSync(dir, { recursive: true });
      fs.writeFileSync(path.resolve(dir, `${engine}-${name}.png`), Buffer.from(await driver.takeScreenshot(), 'base64'));
    },
    async network(on) {
      if (!network) throw new Error('this runner cannot turn the network off');
      await network(on);
    },
    async back() {
      await driver.navigate().back();
      await sleep(300);
    },
    async reload() {
      // WebDriver's own Refresh bypasses the service worker; the page's reload does not.
      const body = await driver.findElement({ css: 'body' });
      await driver.executeScript('location.reload()');
      await until('the old page to go', async () => {
        try {
          await body.getTagName();
          return false;
        } catch {
          return true;
        }
      });
      await loaded();
    },
    async axe(screen) {
      await loaded();
      // axe comes with the script that runs it (Firefox keeps nothing between scripts).
      const violations = await driver.executeAsyncScript(
        `${AXE};
         const done = arguments[arguments.length - 1];
         globalThis.axe.run(document, { runOnly: { type: 'tag', values: arguments[0] } })
           .then((r) => done(r.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5) }))))
           .catch((e) => done([{ id: 'axe-error', nodes: [String(e)] }]));`,
        WCAG_TAGS,
      );
      if (violations.length) {
        throw new Error(`axe on ${screen}: ${JSON.stringify(violations)}`);
      }
    },
  };
  return ui;
}
