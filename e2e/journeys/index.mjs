// Journeys written once and run in every engine: by Playwright in Chromium
// (`specs/journeys.spec.js`) and by WebDriver in Firefox ESR and WebKitGTK
// (`webdriver/run.mjs`). A journey only talks to `ui`, which finds everything by role and
// accessible name, the way a person using a screen reader would:
//
//   ui.open(hash)                  opens the app at a route and waits until it has loaded
//   ui.see(role, name, opts)       waits until such an element is visible
//   ui.gone(role, name, opts)      waits until no such element is visible
//   ui.tap(role, name, opts)       taps (clicks) it
//   ui.fill(role, name, text)      replaces the text of a text field
//   ui.hold(role, name, ms)        presses it and holds for `ms`
//   ui.read(text)                  waits until this text is visible
//   ui.back()                      the browser's Back
//   ui.reload()                    reloads the page (through the service worker)
//   ui.axe(screen)                 fails on any WCAG 2.0/2.1/2.2 A or AA violation
//
// `name` is a string (matched exactly) or a RegExp; `opts.within` is `[role, name]` of an
// element to look inside, `opts.level` a heading's level.

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
  await ui.see('heading', 'Who is using Pictokit?');
  await ui.tap('button', "Open Núria's screen");
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
  await ui.tap('button', 'Try as Marta');
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
  await ui.tap('button', 'I paid');
  await ui.read('Now in your wallet: €9.50');
}

/** Every journey, by name. */
export const journeys = [
  { name: 'first run, a profile, locked person mode and the unlock', run: firstRunToLockedPersonMode },
  { name: 'a shopping list from the picker, the shop and the till', run: shoppingToTheTill },
];
