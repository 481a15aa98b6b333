// Journeys written once and run in every engine: by Playwright in Chromium
// (`specs/journeys.spec.js`) and by WebDriver in Firefox ESR and WebKitGTK
// (`webdriver/run.mjs`). A journey only talks to `ui`, which finds everything by role and
// accessible name, the way a person using a screen reader would:
//
//   ui.open(hash)                  opens the app at a route and waits until it has loaded
//   ui.see(role, name, opts)       waits until such an element is visible
//   ui.gone(role, name, opts)      waits until no such element is visible
//   ui.tap(role, name, opts)       taps (clicks) it
//   ui.fill(role, name, text)      replaces the text of a field (role 'label': found by its label)
//   ui.choose(role, name, option)  chooses an option (by its text) of a select
//   ui.hold(role, name, ms)        presses it and holds for `ms`
//   ui.rest(role, name)            moves the pointer onto it and leaves it there (no press)
//   ui.read(text, { ms })          waits (10 s, or `ms` of the page's time) until this text is visible
//   ui.pause(ms)                   lets time pass (real time, or the page's clock where the
//                                  runner drives it)
//   ui.back()                      the browser's Back
//   ui.reload()                    reloads the page (through the service worker)
//   ui.network(on)                 turns the network (the app's server) off and on
//   ui.axe(screen)                 fails on any WCAG 2.0/2.1/2.2 A or AA violation
//   ui.evaluate(fn)                runs an async function in the page; resolves to its result
//   ui.download(role, name)        taps it and resolves to the file the page offers: { name, bytes }
//   ui.upload(label, file)         chooses a file ({ name, bytes }) in the file field of that label
//   ui.note(text)                  reports a fact about the engine with the result
//   ui.shot(name, [role, name])    a screenshot `<engine>-<name>.png` in $PICTOKIT_SHOTS, if set,
//                                  with that element (if given) at the top
//   ui.value(role, name, opts)     waits for such a field and resolves to its value
//
// A journey of two devices (`devices: 2`) is run as `run(ui, { second, team })`: `second`
// is the `ui` of another device — in Chromium another browser context, in Firefox and WebKit
// another browser session (each its own profile, so its own storage) — and `team` (with
// `team: true`) a new team on the runner's CouchDB-protocol test server, { code } being
// its setup code from scripts/couch-team. The runner removes the team afterwards.
//
// `name` is a string (matched exactly) or a RegExp; `opts.within` is `[role, name]` of an
// element to look inside, `opts.level` a heading's level, `opts.pressed` a toggle's state.
//
// Time is real in Firefox and WebKit (WebDriver cannot drive the page's clock): the day's
// journey plans an activity for the current minute and waits for its timer to end. In
// Chromium, Playwright drives the page's clock over the waits instead (`specs/journeys.spec.js`);
// the journey reads the time from the page, so it works either way.

import fs from 'node:fs';

/** The built-in questionnaire, as the app ships it. */
const INSTRUMENT = JSON.parse(fs.readFileSync(new URL('../../domain/instruments/pictokit-qol.json', import.meta.url), 'utf8'));
const QUESTIONS = INSTRUMENT.items.map((item) => item.text.self.en);

/** Taps closer together than this are one hard double tap in the questionnaire. */
const CALM_MS = 800;

/** The hold the unlock corner needs, with a margin. */
export const HOLD_MS = 3_400;

/** First run → a profile in Catalan → her locked screen → Back does not leave it →
 * the facilitator's hold and confirmation unlock it. */
async function firstRunToLockedPersonMode(ui) {
  await ui.open('');
  await ui.see('heading', 'Welcome to Pictokit');
  await ui.axe('the welcome');
  await ui.tap('button', 'Create the first profile');
  await ui.see('heading', 'New profile');
  await ui.fill('textbox', 'Name', 'Núria');
  await ui.tap('radio', 'Català');
  await ui.tap('radio', '4', { within: ['group', 'Pictograms per screen'] });
  await ui.axe('the profile editor');
  await ui.tap('button', 'Save');
  await ui.see('heading', 'Núria', { level: 2 });
  await ui.see('heading', 'Profiles', { level: 1 });
  await ui.axe('the profiles');
  await ui.tap('button', 'Back to start');
  // The chooser asks in the language of the people on it (here only Núria's).
  await ui.see('heading', 'Qui fa servir Pictokit?');
  await ui.tap('button', 'Obre la pantalla de Núria');
  await ui.see('heading', 'Hola, Núria');
  await ui.see('button', 'La compra');
  await ui.see('button', 'El meu dia');
  await ui.axe('person mode');
  // Locked: Back leaves nothing, and there is no way out but the corner.
  await ui.back();
  await ui.see('heading', 'Hola, Núria');
  await ui.gone('button', 'Back to start');
  // Kept locked after a reload.
  await ui.reload();
  await ui.see('heading', 'Hola, Núria');
  await ui.hold('button', 'Professional: mantén premut 3 segons per desbloquejar', HOLD_MS);
  // The dialog speaks the person's language; "Stay here" comes first.
  await ui.see('dialog', 'Vols sortir de la pantalla de Núria?');
  await ui.axe('the unlock question');
  await ui.tap('button', 'Desbloqueja', { within: ['dialog', 'Vols sortir de la pantalla de Núria?'] });
  await ui.see('heading', 'Profiles', { level: 1 });
}

/** Types an amount on the price keypad of the open dialog and confirms it. */
async function typePrice(ui, amount) {
  const dialog = { within: ['dialog', /./] };
  await ui.tap('button', 'Clear', dialog);
  for (const key of amount) {
    await ui.tap('button', key === '.' ? /point/ : key, dialog);
  }
  await ui.tap('button', 'Done', dialog);
  await ui.gone('dialog', /./);
}

/** The facilitator counts a wallet and makes a list with a product from the picker and
 * its price; the person shops in person mode and pays at the till. */
async function shoppingToTheTill(ui) {
  await ui.open('#/facilitator/new');
  await ui.fill('textbox', 'Name', 'Marta');
  await ui.tap('button', 'Save');
  await ui.see('heading', 'Marta', { level: 2 });
  await ui.tap('button', 'Shopping of Marta');
  await ui.see('heading', 'Shopping with Marta', { level: 1 });
  await ui.tap('button', 'Count the wallet');
  await ui.tap('button', 'One more 10 euro note');
  await ui.tap('button', 'One more 2 euro coin');
  await ui.read('In the wallet: €12.00');
  await ui.axe('the wallet');
  await ui.tap('button', 'All lists');
  await ui.fill('textbox', 'Name of the new list', 'Market');
  await ui.tap('button', 'Make the list');
  await ui.see('heading', 'Market', { level: 1 });
  // The picker: a word finds the pictogram.
  await ui.tap('button', 'Add products');
  await ui.fill('searchbox', 'Search', 'banana');
  await ui.tap('button', /^banana/, { within: ['list', 'Pictograms'] });
  await ui.axe('the picker with results');
  await ui.tap('button', 'Add 1 pictogram');
  await ui.gone('dialog', /./);
  await ui.tap('button', /^Price of banana:/);
  await typePrice(ui, '2.50');
  await ui.see('button', 'Price of banana: €2.50 each');
  await ui.axe('the list editor');
  await ui.tap('button', 'Lock this device for Marta');
  await ui.tap('button', 'Shopping');
  await ui.tap('button', 'Market');
  await ui.tap('button', 'In the basket');
  await ui.see('button', 'Take it out');
  await ui.axe('the shop');
  await ui.tap('button', 'Pay');
  await ui.see('button', 'To pay: €2.50');
  // The wallet cannot make €2.50 exactly: the note, and €7.50 back.
  await ui.see('button', 'Give 1 × 10 euro note.');
  await ui.see('button', 'You get back €7.50.');
  await ui.axe('the till');
  await ui.shot('till');
  await ui.tap('button', 'I paid');
  await ui.read('Now in your wallet: €9.50');
}

/** Makes a profile with the facilitator; ends on the list of profiles. */
async function makeProfile(ui, name, language) {
  await ui.open('#/facilitator/new');
  await ui.fill('textbox', 'Name', name);
  if (language) await ui.tap('radio', language);
  await ui.tap('button', 'Save');
  await ui.see('heading', name, { level: 2 });
  // The list brings the saved profile into view and focuses it; the next tap waits for
  // that, or the scroll could move the button from under it.
  await ui.focused(name);
}

/** The person answers the questionnaire in person mode, goes back one question, stops,
 * comes back after a reload and finds their answers kept. */
async function questionnaireInPersonMode(ui) {
  await makeProfile(ui, 'Ona');
  await ui.tap('button', 'Quality of life of Ona');
  await ui.see('heading', 'Quality of life: Ona', { level: 1 });
  await ui.tap('button', 'Start a new assessment');
  await ui.see('heading', /^Assessment of Ona/, { level: 1 });
  await ui.tap('button', 'Ona answers in person mode');
  await ui.see('button', QUESTIONS[0]);
  await ui.axe('a question');
  const answers = ['Often', 'Sometimes', "I don't know"];
  for (const [index, answer] of answers.entries()) {
    await ui.see('button', QUESTIONS[index]);
    await ui.pause(CALM_MS);
    await ui.tap('button', answer);
  }
  await ui.see('button', QUESTIONS[3]);
  await ui.pause(CALM_MS);
  await ui.tap('button', 'Back');
  await ui.see('button', QUESTIONS[2]);
  await ui.see('button', "I don't know", { pressed: true });
  await ui.axe('a question answered');
  // A reload keeps the place and the answers.
  await ui.reload();
  await ui.see('button', QUESTIONS[2]);
  await ui.see('button', "I don't know", { pressed: true });
  await ui.pause(CALM_MS);
  await ui.tap('button', 'Home');
  await ui.hold('button', /^Facilitator:/, HOLD_MS);
  await ui.tap('button', 'Unlock', { within: ['dialog', /./] });
  // Unlocking comes back to the assessment the lock was turned on from.
  await ui.see('heading', /^Assessment of Ona/, { level: 1 });
  await ui.read(new RegExp(`· 3 of ${QUESTIONS.length} answered$`));
}

/** The page's hour, minute and second now in UTC (the zone the journey gives the schedule). */
async function utcNow(ui) {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'UTC', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23',
  }).formatToParts(new Date(await ui.evaluate(async () => Date.now())));
  const part = (type) => Number(parts.find((p) => p.type === type).value);
  return { hour: part('hour'), minute: part('minute'), second: part('second') };
}

/** The facilitator plans an activity of one minute that starts now; the person sees it
 * now, with its timer, until time is up. */
async function dayWithItsTimer(ui) {
  await makeProfile(ui, 'Pau');
  await ui.tap('button', 'Schedule of Pau');
  await ui.see('heading', 'The day of Pau', { level: 1 });
  // The schedule's zone is the device's when it knows it: made the same on every machine.
  await ui.choose('combobox', 'Time zone', 'UTC');
  await ui.tap('button', 'Add an activity');
  await ui.fill('searchbox', 'Search', 'bread');
  await ui.tap('button', /^bread/, { within: ['list', 'Pictograms'] });
  await ui.tap('button', 'Add 1 pictogram');
  await ui.gone('dialog', /./);
  const form = { within: ['region', 'Activity'] };
  await ui.fill('textbox', 'Name', 'Breakfast', form);
  // Early enough in a minute for the journey to see the timer before it ends.
  let now = await utcNow(ui);
  if (now.second > 20 || (now.hour === 23 && now.minute === 59)) {
    await ui.pause((61 - now.second) * 1000 + (now.hour === 23 && now.minute === 59 ? 60_000 : 0));
    now = await utcNow(ui);
  }
  const time = `${String(now.hour).padStart(2, '0')}:${String(now.minute).padStart(2, '0')}`;
  await ui.fill('label', 'Starts at (optional)', time, form);
  await ui.fill('spinbutton', 'How long, in minutes (optional)', '1', form);
  await ui.tap('button', 'Save the activity', form);
  await ui.gone('region', 'Activity');
  await ui.axe('the schedule editor');
  await ui.tap('button', 'Lock this device for Pau');
  await ui.tap('button', 'My day');
  const inNow = { within: ['region', 'Now'] };
  await ui.see('button', /^Breakfast/, inNow);
  await ui.see('button', '1 minute left', inNow);
  await ui.axe('the day, with a timer');
  await ui.shot('day');
  await ui.read('Time is up for Breakfast.', { ms: 75_000 });
  await ui.read('Nothing more today');
  await ui.gone('button', /^Breakfast/, inNow);
}

/** Runs in the page: resolves once a service worker controls it (what Playwright's
 * `app.waitForOffline()` waits for), so a reload can come from its cache. */
async function serviceWorkerControls() {
  await navigator.serviceWorker.ready;
  if (!navigator.serviceWorker.controller) {
    await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
  }
  return true;
}

/** After the first visit the app starts, and works, with the network off. */
async function offlineReload(ui) {
  await makeProfile(ui, 'Quim', 'Català');
  await ui.evaluate(serviceWorkerControls);
  await ui.network(false);
  try {
    await ui.reload();
    await ui.see('heading', 'Quim', { level: 2 });
    await ui.tap('button', 'Lock this device for Quim');
    await ui.see('button', 'La compra');
    await ui.axe('person mode, offline');
    await ui.tap('button', 'El meu dia');
    await ui.see('heading', 'Avui', { level: 2 });
  } finally {
    await ui.network(true);
  }
}

/** What the engine offers, asked of the browser itself, not of the app. Runs in the page. */
async function probeEngine() {
  const kinds = ['audio/webm;codecs=opus', 'audio/webm', 'audio/ogg;codecs=opus', 'audio/ogg', 'audio/mp4', 'audio/mp4;codecs=mp4a.40.2', 'audio/aac', 'audio/wav'];
  const probe = document.createElement('audio');
  const recording = typeof MediaRecorder === 'undefined'
    ? []
    : kinds.filter((type) => MediaRecorder.isTypeSupported(type) && probe.canPlayType(type) !== '');
  let camera = false;
  if (navigator.mediaDevices && navigator.mediaDevices.enumerateDevices) {
    camera = (await navigator.mediaDevices.enumerateDevices()).some((device) => device.kind === 'videoinput');
  }
  let voices = null;
  if ('speechSynthesis' in window) {
    voices = speechSynthesis.getVoices();
    for (let wait = 0; wait < 20 && voices.length === 0; wait += 1) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      voices = speechSynthesis.getVoices();
    }
    voices = voices.map((voice) => voice.lang);
  }
  return {
    recording,
    camera,
    wakeLock: 'wakeLock' in navigator,
    notifications: 'Notification' in window && 'serviceWorker' in navigator ? Notification.permission : 'unsupported',
    persisted: Boolean(navigator.storage && navigator.storage.persisted && (await navigator.storage.persisted())),
    voices,
  };
}

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The facilitator sees what this browser can do, and for each thing it cannot, what
 * Pictokit does instead: checked against what the engine itself says it has. */
async function whatThisBrowserCanDo(ui) {
  await ui.open('#/facilitator/device');
  await ui.see('heading', 'What this browser can do', { level: 2 });
  const has = await ui.evaluate(probeEngine);
  const lacks = [];
  if (has.recording.length) {
    // A format it records in, and plays back.
    const names = { webm: 'WebM', mp4: 'MP4', ogg: 'Ogg' };
    const formats = [...new Set(has.recording.map((type) => names[type.split(/[/;]/)[1]] || type))];
    await ui.read(new RegExp(`^Recording sound: yes \\((${formats.map(escape).join('|')})\\), and this browser plays it back\\.$`));
  } else {
    lacks.push('recording sound');
    await ui.read('Recording sound: no. This browser cannot record sound, so the synthetic voice is used instead.');
  }
  if (has.camera) {
    await ui.read('Camera: yes. Photos can be taken here or chosen from files.');
  } else {
    lacks.push('a camera');
    await ui.read("Camera: none found. Photos can still be chosen from the device's files.");
  }
  if (has.wakeLock) {
    await ui.read('Keeping the screen on: yes, while a timer runs.');
  } else {
    lacks.push('Screen Wake Lock');
    await ui.read(/^Keeping the screen on: no\. The screen may turn off during a timer/);
  }
  const notifications = {
    unsupported: /^Notifications: no\. This browser cannot show notifications/,
    denied: /^Notifications: blocked for Pictokit in this browser\./,
    granted: /^Notifications: allowed\./,
    default: 'Notifications: possible. Turn them on in a person\'s schedule.',
  };
  if (has.notifications === 'unsupported' || has.notifications === 'denied') lacks.push(`notifications (${has.notifications})`);
  await ui.read(notifications[has.notifications]);
  if (has.persisted) {
    await ui.read(/^Keeping the data: yes\./);
  } else {
    lacks.push('persistent storage');
    await ui.read(/^Keeping the data: not promised\./);
  }
  // Speech: a voice for each language, or words saying it stays silent.
  if (has.voices === null) {
    lacks.push('speech');
    await ui.read('This browser cannot speak. Speech stays silent; everything else works.');
  } else {
    for (const [tag, endonym] of [['ca', 'Català'], ['es', 'Español'], ['en', 'English']]) {
      if (!has.voices.some((lang) => lang.toLowerCase().startsWith(tag))) {
        lacks.push(`a ${endonym} voice`);
        await ui.read(new RegExp(`This browser has no voice for ${endonym}\\. Speech stays silent`));
      }
    }
  }
  await ui.axe('what this browser can do');
  await ui.shot('abilities', ['heading', 'What this browser can do']);
  ui.note(`records ${has.recording.join(', ') || 'nothing'}; lacks ${lacks.join(', ') || 'nothing'}`);
}

/** A profile with a pictogram on her board is saved to a file, deleted, and opened from
 * the file again after a preview; opened once more, it is kept twice. */
async function profileToFileAndBack(ui) {
  await ui.open('#/facilitator/new');
  await ui.see('heading', 'New profile');
  await ui.fill('textbox', 'Name', 'Bru');
  await ui.tap('radio', 'Español');
  await ui.tap('button', 'Save');
  await ui.see('heading', 'Bru', { level: 2 });
  await ui.tap('button', 'Pictograms of Bru');
  await ui.tap('button', 'Add pictograms');
  await ui.fill('searchbox', 'Search', 'manzana');
  await ui.tap('button', /^manzana/, { within: ['list', 'Pictograms'] });
  await ui.tap('button', 'Add 1 pictogram');
  await ui.gone('dialog', /./);
  await ui.tap('button', 'Profiles');
  const file = await ui.download('button', "Save Bru's profile to a file");
  if (!/^pictokit-bru-\d{4}-\d{2}-\d{2}\.zip$/.test(file.name)) throw new Error(`the file is called ${file.name}`);
  if (file.bytes.subarray(0, 2).toString() !== 'PK') throw new Error('the file is not a zip');
  await ui.read(/^Bru's profile is saved in the file/);
  await ui.tap('button', 'Delete Bru');
  await ui.tap('button', 'Delete', { within: ['dialog', "Delete Bru's profile?"] });
  await ui.gone('heading', 'Bru', { level: 2 });

  await ui.upload('Open a profile file', file);
  await ui.see('region', 'What the file holds');
  await ui.read('Bru is not on this device yet: the profile will be added.');
  await ui.read('1 pictogram on the board');
  await ui.axe('the preview of a profile file');
  await ui.shot('profile-file', ['region', 'What the file holds']);
  await ui.tap('button', 'Add Bru');
  await ui.see('heading', 'Bru', { level: 2 });
  await ui.pause(500);
  await ui.reload();
  await ui.tap('button', 'Pictograms of Bru');
  await ui.see('heading', /Bru/, { level: 1 });
  await ui.read(/^manzana/);
  await ui.tap('button', 'Profiles');

  // The same file again: the profile is here now, so it can only be replaced (after a
  // question) or kept twice.
  await ui.upload('Open a profile file', file);
  await ui.read('This device already has this profile, as Bru. Replace it with the file, or keep both.');
  await ui.tap('button', 'Keep both');
  await ui.see('button', 'Lock this device for Bru');
  await ui.read("Bru's profile is on this device now.");
}

/** A press of a switch: switch interfaces are keyboards (Space moves, Enter chooses).
 * (`ui.evaluate` sends the function's text to WebDriver: no arguments, no closure.) */
const SWITCH_PRESS = {
  ' ': async () => {
    for (const type of ['keydown', 'keyup']) window.dispatchEvent(new KeyboardEvent(type, { key: ' ', bubbles: true }));
  },
  Enter: async () => {
    for (const type of ['keydown', 'keyup']) window.dispatchEvent(new KeyboardEvent(type, { key: 'Enter', bubbles: true }));
  },
};

async function pressSwitch(ui, key) {
  await ui.evaluate(SWITCH_PRESS[key]);
  // A second press sooner is taken for a tremor's repeat (Access::ignore_repeat_ms).
  await ui.pause(400);
}

/** What the light is on: the lit items' words, and whether the lock corner is lit. */
async function lit(ui) {
  return ui.evaluate(async () => ({
    words: [...document.querySelectorAll('.pk-scan-lit')].map((el) => (el.getAttribute('aria-label') || el.textContent).replace(/\s+/g, ' ').trim()),
    corner: document.querySelectorAll('.pk-person__corner .pk-scan-lit').length,
  }));
}

/** Two switches (issue #25): a person set to step scanning reaches the shop with Space
 * and Enter only, and nothing lights the facilitator's corner. */
async function twoSwitchesToTheShop(ui) {
  await ui.open('#/facilitator/new');
  await ui.fill('textbox', 'Name', 'Lluc');
  await ui.tap('radio', 'Two switches: one moves the light, one chooses');
  await ui.tap('radio', 'One picture after the other');
  await ui.axe('the editor with switch access');
  await ui.tap('button', 'Save');
  await ui.tap('button', 'Lock this device for Lluc');
  await ui.see('heading', 'Hello, Lluc');
  // The scanner loads for this person only: wait until it reads the screen.
  for (let wait = 0; wait < 50; wait += 1) {
    if (await ui.evaluate(async () => document.querySelector('.pk-person[data-scan]') !== null)) break;
    await ui.pause(200);
  }
  await pressSwitch(ui, ' ');
  for (let step = 0; step < 12; step += 1) {
    const now = await lit(ui);
    if (now.corner) throw new Error('the lock corner was lit');
    if (now.words.includes('Shopping')) break;
    await pressSwitch(ui, ' ');
  }
  const at = await lit(ui);
  if (!at.words.includes('Shopping')) throw new Error(`the light never reached Shopping: ${JSON.stringify(at)}`);
  await ui.axe('person mode with the light on a tile');
  await pressSwitch(ui, 'Enter');
  await ui.see('button', 'Home');
}

/** Dwell (issue #25): a person with a head pointer rests on a tile; a ring fills on it
 * and, after the set time, it is chosen — never before. */
async function dwellOnATile(ui) {
  await ui.open('#/facilitator/new');
  await ui.fill('textbox', 'Name', 'Aran');
  await ui.tap('radio', 'Pointing and holding still (head pointer, eye gaze)');
  await ui.fill('spinbutton', 'Seconds to hold still on a picture to choose it', '4');
  await ui.tap('button', 'Save');
  await ui.tap('button', 'Lock this device for Aran');
  await ui.see('heading', 'Hello, Aran');
  for (let wait = 0; wait < 50; wait += 1) {
    if (await ui.evaluate(async () => document.querySelector('.pk-person[data-scan]') !== null)) break;
    await ui.pause(200);
  }
  await ui.rest('button', 'Shopping');
  await ui.pause(1_000);
  // Lit, the ring filling (drawn on the tile, in this engine), and not chosen yet.
  const ring = await ui.evaluate(async () => {
    const tile = document.querySelector('.pk-scan-lit');
    return tile && {
      words: (tile.getAttribute('aria-label') || tile.textContent).replace(/\s+/g, ' ').trim(),
      progress: Number(tile.style.getPropertyValue('--pk-dwell')),
      drawn: getComputedStyle(tile, '::after').backgroundImage,
    };
  });
  if (!ring || ring.words !== 'Shopping') throw new Error(`resting on Shopping did not light it: ${JSON.stringify(ring)}`);
  if (!(ring.progress > 0 && ring.progress < 1)) throw new Error(`the ring is not filling: ${JSON.stringify(ring)}`);
  if (!/conic-gradient/.test(ring.drawn)) throw new Error(`no ring is drawn: ${JSON.stringify(ring)}`);
  await ui.see('heading', 'Hello, Aran');
  await ui.axe('person mode with the dwell ring filling');
  await ui.pause(3_500);
  await ui.see('button', 'Home');
}

/** Runs in the page: the four digits the team section shows, or '' (no closure: see
 * SWITCH_PRESS). */
async function teamDigits() {
  const shown = document.querySelector('.pk-team__digits');
  return shown ? shown.textContent.trim() : '';
}

/** Runs in the page: every activity of the device's schedule store, as stored (the app's
 * own database, read straight). */
async function storedSchedule() {
  const db = await new Promise((resolve, reject) => {
    const request = indexedDB.open('pictokit');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  try {
    if (!db.objectStoreNames.contains('schedule')) return '';
    const all = await new Promise((resolve, reject) => {
      const request = db.transaction('schedule').objectStore('schedule').getAll();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    return all.map((value) => (typeof value === 'string' ? value : JSON.stringify(value))).join('\n');
  } finally {
    db.close();
  }
}

/** Asks the page `fn` every quarter second until `ok(result)`, for up to `ms`. */
async function poll(ui, fn, ok, what, ms = 30_000) {
  let last;
  for (const end = Date.now() + ms; Date.now() < end; await ui.pause(250)) {
    last = await ui.evaluate(fn);
    if (ok(last)) return last;
  }
  throw new Error(`waited ${ms} ms for ${what}; last seen: ${JSON.stringify(last).slice(0, 200)}`);
}

/** Team sync (issue #24): the facilitator's device shares Mar with her team's server, adds
 * a second device with a code and the same four digits on both screens, and an activity
 * added on the first arrives in the second's own database. */
async function joinATeamAndSeeAnEditArrive(ui, { second, team }) {
  const inTeam = { within: ['region', 'Team'] };
  await makeProfile(ui, 'Mar');
  await ui.tap('button', 'This device');
  await ui.see('region', 'Team');
  await ui.tap('button', 'Share a person with their team', inTeam);
  await ui.tap('radio', 'Mar', inTeam);
  await ui.fill('textbox', 'Team setup code', team.code, inTeam);
  await ui.fill('textbox', "This device's name", "The centre's laptop", inTeam);
  await ui.tap('button', 'Share', inTeam);
  await ui.read('Mar is shared with their team');
  await ui.read('Up to date', { ms: 30_000 });
  await ui.tap('button', 'Add a device', inTeam);
  await ui.fill('textbox', "This device's name", "Mar's tablet", inTeam);
  await ui.tap('button', 'Show the code', inTeam);
  await ui.see('img', 'Code to join the team', inTeam);
  const code = await ui.value('textbox', 'The code as text', inTeam);
  if (!/^pictokit-join:1:/.test(code)) throw new Error(`the code to join is ${code}`);
  await ui.axe('the team section showing a code to join');

  // The tablet joins: both screens show the same four digits.
  await second.open('#/facilitator');
  await second.tap('button', 'This device');
  await second.tap('button', 'Join a team', inTeam);
  await second.fill('textbox', 'Code from the other device', code, inTeam);
  await second.fill('textbox', "This device's name", "Mar's tablet", inTeam);
  await second.tap('button', 'Join', inTeam);
  const digits = await poll(second, teamDigits, (shown) => /^\d{4}$/.test(shown), 'four digits on the new device');
  await poll(ui, teamDigits, (shown) => shown === digits, `the digits ${digits} on the first device`);
  await ui.axe('the team section comparing four digits');
  await second.axe('the new device showing four digits');
  await ui.tap('button', 'Yes, the same: add it', inTeam);
  await ui.read('The device was added. It is receiving everything now.', { ms: 30_000 });
  await second.read("Joined. Mar's things arrived on this device.", { ms: 30_000 });
  await second.tap('button', 'Profiles');
  await second.see('button', "Preview Mar's screen");

  // An activity added on the laptop arrives in the tablet's own database.
  await ui.tap('button', 'Profiles');
  await ui.tap('button', 'Schedule of Mar');
  await ui.tap('button', 'Add an activity');
  await ui.fill('searchbox', 'Search', 'bus');
  await ui.tap('button', /^bus/, { within: ['list', 'Pictograms'] });
  await ui.tap('button', 'Add 1 pictogram');
  await ui.gone('dialog', /./);
  const form = { within: ['region', 'Activity'] };
  await ui.fill('textbox', 'Name', 'Bus to the centre', form);
  await ui.tap('button', 'Save the activity', form);
  await ui.gone('region', 'Activity');
  await poll(second, storedSchedule, (stored) => stored.includes('Bus to the centre'), 'the activity on the new device', 45_000);
  // And the tablet shows it in Mar's schedule.
  await second.tap('button', 'Schedule of Mar');
  await second.read(/Bus to the centre/);
}

/** Every journey, by name. */
export const journeys = [
  { name: 'first run, a profile, locked person mode and the unlock', run: firstRunToLockedPersonMode },
  { name: 'a shopping list from the picker, the shop and the till', run: shoppingToTheTill },
  { name: 'the questionnaire in person mode, kept after a reload', run: questionnaireInPersonMode },
  { name: 'the day schedule with its timer', run: dayWithItsTimer },
  { name: 'offline reload after the first visit', run: offlineReload },
  { name: 'what this browser can do, and what happens instead', run: whatThisBrowserCanDo },
  { name: 'a profile saved to a file and opened from it', run: profileToFileAndBack },
  { name: 'two switches from the home to the shop', run: twoSwitchesToTheShop },
  { name: 'dwell: resting on a tile chooses it after the set time', run: dwellOnATile },
  { name: 'join a team and see an edit arrive', devices: 2, team: true, run: joinATeamAndSeeAnEditArrive },
];
