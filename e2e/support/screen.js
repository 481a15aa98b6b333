// What a person sees: rules every screen keeps, checked wherever axe runs
// (`expectAccessible` calls `expectScreenRules`). axe checks the markup; these check the
// screen as it is drawn:
//
//   overflow   nothing sticks out sideways at 360, 390 and 1024 px wide;
//   top        every screen, and every new step of a flow (an element's `data-step`
//              changes: the next product, question or routine step), opens at its top;
//   picture,   in person mode the screen's picture (`data-main-picture`) and its main
//   action     action (`data-main-action`) are in the viewport without scrolling and
//              covered by nothing (no sticky bar, no fixed corner); `main` names both;
//   home       every person screen but the home (`data-screen="home"`) has a way home
//              (`data-way-home`): visible, labelled, at least 64×64 px, in view;
//   targets    every interactive target of person mode is at least 64×64 px;
//   spoken     every message shown to the person (role status or alert, or
//              `data-spoken`) was also said aloud, when their profile speaks.
//
// A screen that cannot keep a rule says why in its markup, and the helper reads it:
// `data-screen-exception="action: free time, so there is nothing to do now"`
// (several separated by " | "). The reason is added to the test's annotations, so an
// exception is never a silent skip; an exception without a reason fails.
import { expect, test } from '@playwright/test';

/** The widths every screen must fit without sideways scrolling. */
export const WIDTHS = [360, 390, 1024];
/** The smallest target of person mode, in CSS px. */
export const PERSON_TARGET = 64;

/** Runs in the page before the app (see `fixtures.js`): notes the scroll position of every
 * screen as it opens, one frame after its address or its `data-step` changes. */
export function recordOpenings() {
  window.__openings = [];
  let last = null;
  const key = () => {
    const steps = [...document.querySelectorAll('[data-step]')].map((element) => element.getAttribute('data-step'));
    return `${location.pathname}${location.hash}|${steps.join(',')}`;
  };
  const scrolled = () => {
    const found = [];
    if (window.scrollY > 0) found.push(`the page by ${Math.round(window.scrollY)} px`);
    for (const element of document.querySelectorAll('main, main *, [role=dialog], dialog')) {
      if (element.scrollTop > 0 && !element.closest('[data-keeps-scroll]')) {
        const name = element.className && typeof element.className === 'string' ? `.${element.className.split(' ')[0]}` : element.tagName;
        found.push(`${name} by ${Math.round(element.scrollTop)} px`);
      }
    }
    return found;
  };
  // Looked at twice: as the new screen's markup arrives (a route change scrolls to the
  // top before it draws) and one frame later (a new step scrolls to the top as it draws).
  // A screen is at its top if either look says so: a later scroll by the test itself
  // (Playwright brings what it taps into view) cannot make it look scrolled.
  const check = () => {
    const now = key();
    if (now === last) return;
    last = now;
    const first = scrolled();
    requestAnimationFrame(() => {
      if (key() !== now) return;
      const second = scrolled();
      window.__openings.push({ screen: now, scrolled: first.length === 0 || second.length === 0 ? [] : second });
    });
  };
  const observer = new MutationObserver(check);
  const start = () => {
    observer.observe(document.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-step'] });
    check();
  };
  if (document.documentElement) start();
  else document.addEventListener('DOMContentLoaded', start, { once: true });
  window.addEventListener('hashchange', check);
}

/** The exceptions the screen declares: { rule: reason }. */
async function exceptions(page) {
  const declared = await page.evaluate(() =>
    [...document.querySelectorAll('[data-screen-exception]')]
      .filter((element) => element.getClientRects().length > 0)
      .flatMap((element) => element.getAttribute('data-screen-exception').split(' | ')),
  );
  const found = {};
  for (const entry of declared) {
    const [rule, ...why] = entry.split(':');
    const reason = why.join(':').trim();
    expect(reason, `the exception "${entry}" says why`).not.toEqual('');
    found[rule.trim()] = reason;
  }
  return found;
}

/** Elements that stick out of the viewport sideways (or a page wider than it), and parts
 * of the screen that scroll sideways (what sticks out of them is hidden), at the current
 * width. What lies in a container that scrolls sideways on purpose (data-scrolls-sideways),
 * or is clipped by one that hides its overflow, does not stick out. */
async function overflowing(page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const found = [];
    if (document.documentElement.scrollWidth > width + 1) {
      found.push(`the page is ${document.documentElement.scrollWidth} px wide`);
    }
    // A dialog scrolls what does not fit: its content is clipped, not outside the page,
    // but it must not need scrolling sideways either.
    for (const dialog of document.querySelectorAll('dialog[open]')) {
      if (dialog.scrollWidth > dialog.clientWidth + 1) {
        const title = (dialog.querySelector('h1, h2, h3')?.textContent || '').trim().slice(0, 30);
        found.push(`the dialog "${title}" is ${dialog.scrollWidth} px wide inside ${dialog.clientWidth} px`);
      }
    }
    // A part of the screen that scrolls sideways hides what sticks out of it: a person
    // never finds it. Only a part marked data-scrolls-sideways does so on purpose.
    for (const element of document.body.querySelectorAll('*')) {
      const style = getComputedStyle(element);
      if (style.overflowX !== 'auto' && style.overflowX !== 'scroll') continue;
      if (element.matches('dialog') || element.closest('[data-scrolls-sideways]')) continue;
      if (element.scrollWidth > element.clientWidth + 1 && element.clientWidth > 0) {
        const name = (element.getAttribute('aria-label') || element.textContent || '').trim().slice(0, 30);
        found.push(`${element.tagName.toLowerCase()}.${String(element.className).split(' ')[0]} "${name}" scrolls sideways: ${element.scrollWidth} px inside ${element.clientWidth} px`);
      }
    }
    const contained = (element) => {
      for (let parent = element.parentElement; parent && parent !== document.body; parent = parent.parentElement) {
        const style = getComputedStyle(parent);
        if (style.overflowX !== 'visible' && parent.clientWidth <= width) return true;
      }
      return false;
    };
    for (const element of document.body.querySelectorAll('*')) {
      const style = getComputedStyle(element);
      if (style.visibility === 'hidden' || style.display === 'contents') continue;
      if (element.closest('.pk-visually-hidden, [aria-hidden=true] svg')) continue;
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      if (box.right <= width + 1 && box.left >= -1) continue;
      if (contained(element)) continue;
      const name = (element.getAttribute('aria-label') || element.textContent || '').trim().slice(0, 30);
      found.push(`${element.tagName.toLowerCase()}.${String(element.className).split(' ')[0]} "${name}" at ${Math.round(box.left)}–${Math.round(box.right)}`);
      if (found.length > 6) break;
    }
    return found;
  });
}

/** Person-mode checks, with the screen scrolled back to its top. */
async function personRules(page) {
  return page.evaluate((minimum) => {
    const person = [...document.querySelectorAll('.pk-person')].find(
      (element) => !element.closest('.pk-preview-frame, [data-preview]') && element.getClientRects().length > 0,
    );
    if (!person) return null;
    window.scrollTo(0, 0);
    for (const element of person.querySelectorAll('*')) if (element.scrollTop > 0) element.scrollTop = 0;
    const dialog = [...document.querySelectorAll('dialog[open], [role=dialog]')].find((element) => element.getClientRects().length > 0);
    const scope = dialog || person;
    const viewport = { width: document.documentElement.clientWidth, height: window.innerHeight };
    const named = (element) => (element.getAttribute('aria-label') || element.textContent || element.getAttribute('alt') || '').trim().replace(/\s+/g, ' ').slice(0, 40);
    const seen = (element, what) => {
      if (!element) return `no ${what} is marked`;
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) return `the ${what} "${named(element)}" has no size`;
      if (box.top < -1 || box.left < -1 || box.bottom > viewport.height + 1 || box.right > viewport.width + 1) {
        return `the ${what} "${named(element)}" is not in view (${Math.round(box.left)},${Math.round(box.top)}–${Math.round(box.right)},${Math.round(box.bottom)} in ${viewport.width}×${viewport.height})`;
      }
      const inset = Math.min(6, box.width / 4, box.height / 4);
      const points = [
        [box.left + box.width / 2, box.top + box.height / 2],
        [box.left + inset, box.top + inset],
        [box.right - inset, box.top + inset],
        [box.left + inset, box.bottom - inset],
        [box.right - inset, box.bottom - inset],
      ];
      for (const [x, y] of points) {
        const hit = document.elementFromPoint(x, y);
        if (hit && hit !== element && !element.contains(hit) && !hit.contains(element)) {
          return `the ${what} "${named(element)}" is covered at (${Math.round(x)},${Math.round(y)}) by ${hit.tagName.toLowerCase()}.${String(hit.className).split(' ')[0]}`;
        }
      }
      return null;
    };
    const visible = (element) => element.getClientRects().length > 0 && getComputedStyle(element).visibility !== 'hidden';
    const first = (selector) => [...scope.querySelectorAll(selector)].find(visible) || null;
    // A dialog open over the screen is left only by its own buttons (its OK, its Cancel).
    const home = person.querySelector('[data-screen="home"]') || dialog;
    const wayHome = [...person.querySelectorAll('[data-way-home]')].find(visible) || null;
    const selector = 'button, a[href], input, select, textarea, [role=button], [tabindex]:not([tabindex="-1"])';
    const small = [...person.querySelectorAll(selector)]
      .filter(visible)
      .filter((element) => !element.closest('[data-preview]'))
      .map((element) => ({ name: named(element), box: element.getBoundingClientRect() }))
      .filter(({ box }) => box.width < minimum || box.height < minimum)
      .map(({ name, box }) => `"${name}" ${Math.round(box.width)}×${Math.round(box.height)}`);
    const messages = [...person.querySelectorAll('[role=status], [role=alert], [data-spoken]')]
      .filter((element) => visible(element) && !element.closest('.pk-visually-hidden, [data-preview]'))
      .map((element) => element.textContent.replace(/[\u2068\u2069]/g, '').replace(/\s+/g, ' ').trim())
      .filter((text) => text !== '');
    return {
      picture: seen(first('[data-main-picture]'), 'picture'),
      action: seen(first('[data-main-action]'), 'main action'),
      home: home
        ? null
        : !wayHome
          ? 'no way home is marked'
          : !named(wayHome)
            ? 'the way home has no name'
            : seen(wayHome, 'way home'),
      small,
      speaks: person.getAttribute('data-speech') !== 'off',
      messages,
    };
  }, PERSON_TARGET);
}

/** The openings recorded since the last check, and forgets them. */
async function takeOpenings(page) {
  return page.evaluate(() => (window.__openings || []).splice(0));
}

/** Checks every rule on the screen now. `screen` names it in failures. */
export async function expectScreenRules(page, screen) {
  const problems = [];
  const skip = await exceptions(page);
  for (const [rule, reason] of Object.entries(skip)) {
    test.info().annotations.push({ type: `screen rule "${rule}" not kept on ${screen}`, description: reason });
  }

  if (!skip.top) {
    for (const opening of await takeOpenings(page)) {
      if (opening.scrolled.length > 0) problems.push(`top: ${opening.screen} opened scrolled (${opening.scrolled.join(', ')})`);
    }
  }

  const person = await personRules(page);
  if (person) {
    if (!skip.main && !skip.picture && person.picture) problems.push(`picture: ${person.picture}`);
    if (!skip.main && !skip.action && person.action) problems.push(`action: ${person.action}`);
    if (!skip.home && person.home) problems.push(`home: ${person.home}`);
    if (!skip.targets && person.small.length > 0) problems.push(`targets: smaller than ${PERSON_TARGET} px: ${person.small.join('; ')}`);
    if (!skip.spoken && person.speaks && person.messages.length > 0) {
      const said = (await page.evaluate(() => (window.__utterances || []).map((u) => u.text)))
        .map((text) => text.replace(/[\u2068\u2069]/g, '').replace(/\s+/g, ' ').trim());
      for (const message of person.messages) {
        if (!said.some((text) => text.includes(message) || message.includes(text) && text.length > message.length / 2)) {
          problems.push(`spoken: "${message}" is shown but was not said`);
        }
      }
    }
  }

  if (!skip.overflow) {
    const viewport = page.viewportSize();
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: viewport.height });
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      for (const found of await overflowing(page)) problems.push(`overflow at ${width} px: ${found}`);
    }
    await page.setViewportSize(viewport);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    // Resizing may scroll; what the test does next starts from the same screen.
    await takeOpenings(page);
  }

  // Soft: the test goes on, so one run lists every screen that breaks a rule.
  expect.soft(problems, `what a person sees on ${screen}`).toEqual([]);
}
