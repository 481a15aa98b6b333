// Shared fixtures: every page records speech and fails its test on any page error,
// console error or Content-Security-Policy violation.
import { test as base, expect } from '@playwright/test';
import { Pictokit } from './pictokit.js';
import { recordOpenings } from './screen.js';

/** A page error as a test reports it: its message and where it was thrown (the first
 * frames of its stack, when it has any — how the team specs' offline "Failed to fetch"
 * was traced to its source). */
export function pageError(error) {
  const frames = String(error.stack || '').split('\n').slice(1, 4).map((line) => line.trim()).filter(Boolean);
  return `page error: ${error.message}${frames.length ? ` (${frames.join(' < ')})` : ''}`;
}

/** Runs in the page before the app: records what is spoken and reports CSP violations. */
function instrument() {
  window.__utterances = [];
  window.__speechCancels = 0;
  window.__sounds = [];
  const play = HTMLMediaElement.prototype.play;
  HTMLMediaElement.prototype.play = function playAndRecord() {
    if (this.src) window.__sounds.push(this.src.slice(0, 40));
    return play.call(this);
  };
  document.addEventListener('securitypolicyviolation', (event) => {
    console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
  });
  if (window.speechSynthesis) {
    const synth = window.speechSynthesis;
    const speak = synth.speak.bind(synth);
    const cancel = synth.cancel.bind(synth);
    synth.speak = (utterance) => {
      window.__utterances.push({
        text: utterance.text,
        lang: utterance.lang,
        rate: utterance.rate,
        voice: utterance.voice ? utterance.voice.name : null,
      });
      return speak(utterance);
    };
    synth.cancel = () => {
      window.__speechCancels += 1;
      return cancel();
    };
  }
}

export const test = base.extend({
  /** Console messages that a test expects (regular expressions); anything else fails it. */
  allowedConsoleErrors: [[], { option: true }],
  page: async ({ page, allowedConsoleErrors }, use) => {
    const problems = [];
    page.on('pageerror', (error) => problems.push(pageError(error)));
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      const text = message.text();
      if (!allowedConsoleErrors.some((pattern) => pattern.test(text))) problems.push(`console error: ${text}`);
    });
    await page.addInitScript(instrument);
    await page.addInitScript(recordOpenings);
    await use(page);
    expect(problems, 'the page logged no errors').toEqual([]);
  },
  app: async ({ page }, use) => {
    await use(new Pictokit(page));
  },
});

export { expect };

/** The tag of a test that also runs on the phone (playwright.config.js runs only these
 * there): one where the layout is what is tested, or that walks screens a person sees. */
export const PHONE = { tag: '@phone' };

/** The themes repeat the same layout in other colours; only Dark also moves things (its
 * pictures sit on padded light cards). Colours do not depend on the screen's size, so the
 * phone runs accessibility.spec.js's per-theme tests in Warm and Dark, the tablet in every
 * theme. (The components' theme tests check every theme on both: support/axe.js's
 * `expectAccessibleInEveryTheme`.) */
export function onPhoneInTheme(theme) {
  return theme === 'Warm' || theme === 'Dark' ? PHONE : {};
}

