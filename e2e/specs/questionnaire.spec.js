// The quality-of-life assessment: a team of three answers on its own (the person in person
// mode, read aloud; a family member in the facilitator's form; a professional on another
// device, through an answers file merged back with its conflicts shown); the report
// compares the domains, flags the disagreement planted in emotional wellbeing, prints
// and gives a CSV; a support plan with two goals is agreed and printed. Everything stays
// after a reload and offline.
import fs from 'node:fs';
import { test, expect, PHONE } from '../support/fixtures.js';
import { expectAccessible, expectAccessibleInEveryTheme } from '../support/axe.js';
import { smallTargets } from '../support/targets.js';

/** The built-in questionnaire: its items in the order they are asked. */
const PASSPHRASE = 'blue kettle on Sunday';
const INSTRUMENT = JSON.parse(fs.readFileSync(new URL('../../domain/instruments/pictokit-qol.json', import.meta.url), 'utf8'));
const ITEMS = INSTRUMENT.items;
const EW = 'Emotional wellbeing';

/** Opens a person's assessments from the list of profiles. */
async function openQuality(page, name) {
  await page.getByRole('button', { name: `Quality of life of ${name}` }).click();
  await expect(page.getByRole('heading', { name: `Quality of life: ${name}`, level: 1 })).toBeVisible();
}

/** Starts a new assessment with the built-in questionnaire; ends on its team. */
async function startAssessment(page, name) {
  await page.getByRole('button', { name: 'Start a new assessment' }).click();
  await expect(page.getByRole('heading', { name: new RegExp(`^Assessment of ${name}`), level: 1 })).toBeVisible();
}

async function addInformant(page, name, role) {
  await page.getByRole('textbox', { name: 'Name of who answers' }).fill(name);
  await page.getByRole('radio', { name: role, exact: true }).check();
  await page.getByRole('button', { name: 'Add to the team' }).click();
  await expect(page.getByRole('heading', { name, level: 3 })).toBeVisible();
}

/** Answers a form: `never` in emotional wellbeing (the planted disagreement), `rest` elsewhere. */
async function fillForm(page, rest) {
  for (const domain of INSTRUMENT.domains) {
    const region = page.getByRole('region', { name: domain.name.en, exact: true });
    const answer = domain.name.en === EW ? 'Never' : rest;
    const radios = region.getByRole('radio', { name: answer, exact: true });
    await expect(radios).toHaveCount(5);
    for (let index = 0; index < 5; index += 1) await radios.nth(index).check();
  }
}

/** Saves a download of the button named `name`; its path and suggested name. */
async function download(page, name, to) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
  await file.saveAs(to);
  return file.suggestedFilename();
}

/** The person answers questions `from`..`to` (exclusive) in person mode. */
async function answerInPersonMode(page, app, from, to) {
  for (let index = from; index < to; index += 1) {
    const words = ITEMS[index].text.self.en;
    await expect(page.getByRole('button', { name: words })).toBeVisible();
    await expect.poll(async () => (await app.utterances()).map((u) => u.text)).toContain(words);
    let answer = 'Sometimes';
    if (ITEMS[index].domain === 'emotional-wellbeing') answer = 'Always';
    if (index === 12) answer = "I don't know";
    if (index === 13) answer = 'Skip';
    // Each answer comes after a moment: taps right after the last are taken as a hard double tap.
    await page.clock.runFor(1000);
    await page.getByRole('button', { name: answer, exact: true }).click();
  }
}

test('a team of three answers, the report flags the planted disagreement, and the plan is agreed and printed', async ({ app, page, browser, context }, testInfo) => {
  test.slow();
  await page.clock.install({ time: new Date('2026-11-24T10:00:00+01:00') });
  await app.createProfile({ name: 'Laia' });
  await openQuality(page, 'Laia');
  await expect(page.getByText('No assessment yet.')).toBeVisible();
  await startAssessment(page, 'Laia');
  await expect(page.getByRole('heading', { name: 'Laia', level: 3 })).toBeVisible();
  await addInformant(page, 'Marta', 'Family');
  await addInformant(page, 'Jordi', 'Professional');
  await page.getByRole('button', { name: 'Add to the team' }).click();
  await expect(page.getByText('Write the name of who answers.')).toBeVisible();
  await expectAccessible(page, 'the team');

  // Jordi answers on his own device: his answers file goes there and comes back, locked
  // with a passphrase (health data never travels in the clear).
  await page.getByRole('button', { name: 'Export answers file of Jordi' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'First type a passphrase of at least 8 characters' })).toBeVisible();
  await page.getByLabel('Passphrase of the answers files (at least 8 characters)').fill(PASSPHRASE);
  const blank = testInfo.outputPath('jordi-blank.json');
  expect(await download(page, 'Export answers file of Jordi', blank)).toMatch(/^pictokit-answers-q-[0-9a-f]+-i-3\.json$/);
  const sealedBlank = JSON.parse(fs.readFileSync(blank, 'utf8'));
  expect(sealedBlank).toMatchObject({ format: 'pictokit-sealed', content: 'answers', kdf: { name: 'PBKDF2', hash: 'SHA-256' }, cipher: { name: 'AES-GCM' } });
  expect(sealedBlank.kdf.iterations).toBeGreaterThanOrEqual(600000);
  expect(fs.readFileSync(blank, 'utf8')).not.toMatch(/Jordi|Laia|pictokit-answers/);

  // The person answers in person mode, read aloud; stops after ten questions.
  await page.getByRole('button', { name: 'Laia answers in person mode' }).click();
  await expect(app.lockCorner()).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'How far I am' })).toContainText('Part 1: Emotional wellbeing, now');
  await expectAccessible(page, 'a question in person mode');
  expect(await smallTargets(page, '.pk-person')).toEqual([]);
  // A tap on the question reads it again.
  const before = (await app.utterances()).length;
  await page.getByRole('button', { name: ITEMS[0].text.self.en }).click();
  await expect.poll(async () => (await app.utterances()).length).toBeGreaterThan(before);
  await answerInPersonMode(page, app, 0, 10);
  // Back shows the answer given, and changing nothing moves on again.
  await page.clock.runFor(1000);
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(page.getByRole('button', { name: ITEMS[9].text.self.en })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Sometimes', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await page.clock.runFor(1000);
  await page.getByRole('button', { name: 'Sometimes', exact: true }).click();
  // Home, where every person screen goes home: her answers stay.
  await app.wayHome().click();
  await expect(page.getByRole('heading', { name: 'Hello, Laia' })).toBeVisible();

  // Later, after a reload, "My life" goes on exactly where she stopped.
  await page.reload();
  await app.loaded();
  await page.getByRole('button', { name: 'My life' }).click();
  await expect(page.getByRole('button', { name: ITEMS[10].text.self.en })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'How far I am' })).toContainText('Part 1: Emotional wellbeing, done');
  await answerInPersonMode(page, app, 10, ITEMS.length);
  await expect(page.getByRole('heading', { name: 'What is important to you? Touch the pictures.' })).toBeVisible();
  await expectAccessible(page, 'what is important');
  expect(await smallTargets(page, '.pk-person')).toEqual([]);
  await page.getByRole('button', { name: EW }).click();
  await expect(page.getByRole('button', { name: EW })).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: 'I have finished' }).click();
  await expect(page.getByRole('heading', { name: 'Thank you! Your answers are saved.' })).toBeVisible();
  await expectAccessible(page, 'thanks');
  await app.unlock();
  await app.backToProfiles();

  // Marta answers in the facilitator's form.
  await openQuality(page, 'Laia');
  await page.getByRole('button', { name: /^Open the assessment of / }).click();
  await expect(page.getByText('Finished: 40 of 40 answered')).toBeVisible();
  await page.getByRole('button', { name: 'Answer here as Marta' }).click();
  await expect(page.getByRole('heading', { name: 'Answers of Marta', level: 1 })).toBeVisible();
  await fillForm(page, 'Sometimes');
  await expect(page.getByRole('status').filter({ hasText: '40 of 40 answered' })).toBeVisible();
  await expectAccessible(page, 'the form');
  await page.getByRole('button', { name: 'I have finished' }).click();
  await expect(page.getByText('Finished: 40 of 40 answered')).toHaveCount(2);

  // On Jordi's device (a browser with nothing of Laia's), he answers the file and saves it.
  const use = testInfo.project.use;
  const other = await browser.newContext({
    baseURL: use.baseURL, viewport: use.viewport, hasTouch: use.hasTouch, isMobile: use.isMobile, locale: 'en-GB',
  });
  const away = await other.newPage();
  await away.goto('/facilitator.html#/facilitator');
  await away.getByRole('button', { name: 'Answer an answers file' }).click();
  await away.getByLabel('Open an answers file').setInputFiles(blank);
  await expect(away.getByRole('status').filter({ hasText: 'This answers file is locked.' })).toBeVisible();
  await expectAccessible(away, 'a locked answers file');
  const awayPassphrase = away.getByLabel('Passphrase of the file (the one you were told)');
  await awayPassphrase.fill('not the passphrase');
  await away.getByRole('button', { name: 'Open it with this passphrase' }).click();
  await expect(away.getByRole('alert').filter({ hasText: 'This passphrase does not open the file' })).toBeVisible();
  await awayPassphrase.fill(PASSPHRASE);
  await away.getByRole('button', { name: 'Open it with this passphrase' }).click();
  await expect(away.getByRole('heading', { name: 'Answers of Jordi', level: 1 })).toBeVisible();
  await expect(away.getByText('The person feels good.')).toBeVisible();
  await fillForm(away, 'Often');
  await expectAccessible(away, 'answering a file on another device');
  const answered = testInfo.outputPath('jordi-answered.json');
  await download(away, 'I have finished: save the answers file', answered);
  expect(JSON.parse(fs.readFileSync(answered, 'utf8'))).toMatchObject({ format: 'pictokit-sealed', content: 'answers' });
  expect(fs.readFileSync(answered, 'utf8')).not.toMatch(/Jordi|Often/);
  await other.close();

  // Meanwhile one of Jordi's answers was given here too, differently: a conflict.
  await page.getByRole('button', { name: 'Answer here as Jordi' }).click();
  await page.getByRole('region', { name: EW, exact: true }).getByRole('radio', { name: 'Always', exact: true }).first().check();
  await page.getByRole('button', { name: 'Go on later' }).click();

  // After the reload the passphrase is no longer known here: the file asks for it.
  await page.getByLabel('Add an answers file').setInputFiles(answered);
  await expect(page.getByRole('status').filter({ hasText: 'This answers file is locked.' })).toBeVisible();
  await page.getByLabel('Passphrase of the answers files (at least 8 characters)').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Open it with this passphrase' }).click();
  const preview = page.getByRole('group', { name: 'What the answers file brings' });
  await expect(preview).toContainText('These are the answers of Jordi (Professional).');
  await expect(preview).toContainText('New answers: 39. The same as here: 0. Different: 1.');
  await expect(preview.getByRole('group', { name: ITEMS[0].text.others.en })).toBeVisible();
  await expectAccessible(page, 'the merge preview');
  await preview.getByRole('radio', { name: "Take the file's: Never" }).check();
  await preview.getByRole('button', { name: 'Add the answers' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The answers of Jordi were added: 39 new, 1 changed from the file.' })).toBeVisible();
  // The same file again changes nothing: every answer is a duplicate.
  await page.getByLabel('Add an answers file').setInputFiles(answered);
  await expect(preview).toContainText('New answers: 0. The same as here: 40. Different: 0.');
  await preview.getByRole('button', { name: 'Cancel' }).click();
  // A broken file is refused in words, and nothing changes.
  await page.getByLabel('Add an answers file').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "pictokit-answers", ') });
  await expect(page.getByRole('alert').filter({ hasText: 'This file is damaged or is not an answers file' })).toBeVisible();

  // The report: the planted disagreement in emotional wellbeing is flagged.
  await page.getByRole('button', { name: 'Report', exact: true }).click();
  await expect(page.getByRole('heading', { name: /^Report: Laia/, level: 1 })).toBeVisible();
  const table = page.getByRole('table');
  const ew = table.getByRole('row', { name: new RegExp(`^${EW}`) });
  // Laia 80, Marta 20, Jordi 20, others 20, together 50.
  await expect(ew.getByRole('cell')).toHaveText(['80', '20', '20', '20', '50', /Different views \(60 points apart\).*Important to the person/]);
  await expect(table.getByRole('row', { name: /Different views/ })).toHaveCount(1);
  await expect(page.getByRole('img', { name: 'Chart of the scores' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Questions answered differently' }).getByRole('listitem')).toHaveCount(5);
  await expect(page.getByRole('region', { name: 'Priorities' })).toContainText(`${EW}: important to Laia`);
  await expectAccessible(page, 'the report');

  // The table of all answers is health data: it leaves the device locked, and is opened
  // with its passphrase where the spreadsheet is (here, the same page stands in for it).
  await page.getByRole('button', { name: 'All answers as a table (CSV)' }).click();
  const tableSave = page.getByRole('region', { name: 'All answers as a table, locked' });
  await tableSave.getByRole('button', { name: 'Lock and save the table' }).click();
  await expect(tableSave.getByRole('alert')).toHaveText('The passphrase needs at least 8 characters.');
  await tableSave.getByLabel('Passphrase of the table (at least 8 characters)').fill(PASSPHRASE);
  const lockedPath = testInfo.outputPath('answers-table.json');
  await download(page, 'Lock and save the table', lockedPath);
  await expect(tableSave.getByRole('status')).toContainText('The table is saved, locked, in the file');
  const locked = fs.readFileSync(lockedPath, 'utf8');
  for (const clear of ['Jordi', 'Marta', 'Who answered', 'emotional-wellbeing']) {
    expect(locked, `the locked table does not hold "${clear}" in clear`).not.toContain(clear);
  }
  const envelope = JSON.parse(locked);
  expect(envelope).toMatchObject({ format: 'pictokit-sealed', content: 'table', kdf: { name: 'PBKDF2', hash: 'SHA-256' }, cipher: { name: 'AES-GCM' } });
  expect(envelope.kdf.iterations).toBeGreaterThanOrEqual(600000);
  await expectAccessible(page, 'the report with its locked table');

  const reportUrl = page.url();
  await page.getByRole('button', { name: 'Profiles' }).click();
  const tableOpen = page.getByRole('region', { name: 'Open a locked table (CSV)' });
  await tableOpen.getByLabel('Choose a locked table').setInputFiles(lockedPath);
  await expect(tableOpen.getByRole('status')).toContainText('The file is ready');
  await tableOpen.getByLabel('Passphrase of the table (at least 8 characters)').fill('not the passphrase');
  await tableOpen.getByRole('button', { name: 'Unlock and save the CSV' }).click();
  await expect(tableOpen.getByRole('alert')).toContainText('This passphrase does not open the file');
  await tableOpen.getByLabel('Passphrase of the table (at least 8 characters)').fill(PASSPHRASE);
  // CSV of all answers: a header and one row per answer ("I don't know" and skipped included).
  const csvPath = testInfo.outputPath('answers.csv');
  await download(page, 'Unlock and save the CSV', csvPath);
  await expect(tableOpen.getByRole('status')).toContainText('The table is saved on this computer as');
  await expectAccessible(page, 'a locked table opened');
  const lines = fs.readFileSync(csvPath, 'utf8').trim().split(/\r?\n/);
  expect(lines[0]).toBe('Who answered,Role,Domain,Question id,Question,Answer,Value,Points');
  expect(lines).toHaveLength(1 + 40 + 40 + 40);
  expect(lines).toContain('Jordi,Professional,emotional-wellbeing,ew-3,The person feels sad.,Never,1,4'.replace('The person feels sad.', ITEMS[2].text.others.en));

  await page.goto(reportUrl);
  await app.loaded();

  // It prints: on an A4 page the chart fits and is not split; the controls are left out.
  const paper = await context.newPage();
  await paper.setViewportSize({ width: 794, height: 1123 });
  await paper.goto(page.url());
  await paper.emulateMedia({ media: 'print' });
  await expect(paper.getByRole('img', { name: 'Chart of the scores' })).toBeVisible();
  const chart = await paper.locator('.pk-chart').boundingBox();
  expect(chart.x).toBeGreaterThanOrEqual(0);
  expect(chart.x + chart.width).toBeLessThanOrEqual(794);
  await expect(paper.getByRole('button', { name: 'Print' })).toBeHidden();
  expect(await paper.locator('.pk-ql-chart').evaluate((el) => getComputedStyle(el).breakInside)).toBe('avoid');
  const pdf = await paper.pdf({ format: 'A4', printBackground: true });
  expect(pdf.length).toBeGreaterThan(20_000);
  await paper.close();

  // The easy-read report, for Laia.
  await page.getByRole('button', { name: 'Easy-read report' }).click();
  await expect(page.getByRole('heading', { name: 'My quality of life: Laia', level: 1 })).toBeVisible();
  const easy = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: EW }) });
  await expect(easy).toContainText('I said: it is going well.');
  await expect(easy).toContainText('My team said: it could be better.');
  await expect(easy).toContainText('My team and I see this differently.');
  await expectAccessible(page, 'the easy-read report');

  // The support plan: two goals, agreed with Laia.
  await page.getByRole('button', { name: 'Report', exact: true }).click();
  await page.getByRole('button', { name: 'Support plan' }).click();
  await expect(page.getByRole('heading', { name: 'Support plan of Laia', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: `Add a goal for ${EW}` }).click();
  await page.getByRole('textbox', { name: "The goal, in the person's own words" }).fill('I want to feel calm at home');
  await page.getByRole('textbox', { name: 'Supports needed' }).fill('A quiet corner and music');
  await page.getByRole('textbox', { name: 'Who helps' }).fill('Marta');
  await page.getByLabel('Look at it again on').fill('2027-03-01');
  await page.getByLabel('Look at it again on').press('Tab');
  await page.getByRole('button', { name: 'Save the goal' }).click();
  await page.getByRole('button', { name: 'New goal' }).click();
  await page.getByRole('button', { name: 'Save the goal' }).click();
  await expect(page.getByRole('alert').filter({ hasText: /Write the goal|Choose a domain/ })).toBeVisible();
  await page.getByRole('textbox', { name: "The goal, in the person's own words" }).fill('I want to go swimming with my friends');
  await page.getByRole('combobox', { name: 'Part of life' }).selectOption({ label: 'Social inclusion' });
  await page.getByRole('textbox', { name: 'Who helps' }).fill('Jordi');
  await expectAccessible(page, 'the goal form');
  await page.getByRole('button', { name: 'Save the goal' }).click();
  await expect(page.getByRole('list').filter({ hasText: 'I want to feel calm at home' }).getByRole('listitem')).toHaveCount(2);
  await page.getByRole('checkbox', { name: 'Marta (Family)' }).check();
  await page.getByRole('button', { name: 'Agree the plan' }).click();
  await expect(page.getByRole('alert').filter({ hasText: "The plan is the person's" })).toBeVisible();
  await page.getByRole('checkbox', { name: 'Laia (The person)' }).check();
  await page.getByRole('button', { name: 'Agree the plan' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Agreed on .* by Laia, Marta\.$/ })).toBeVisible();
  // Each goal shows a picture (the domain's when none was chosen) and a review date with its year.
  await expect(page.locator('.pk-ql-goal__img')).toHaveCount(2);
  await expect(page.getByRole('listitem').filter({ hasText: 'I want to feel calm at home' })).toContainText(/March 1, 2027|1 March 2027/);
  await expectAccessible(page, 'the support plan');
  const planPdf = await page.pdf({ format: 'A4', printBackground: true });
  expect(planPdf.length).toBeGreaterThan(10_000);
  await page.getByRole('button', { name: 'Easy-read plan' }).click();
  await expect(page.getByRole('heading', { name: 'My plan: Laia', level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'I want to go swimming with my friends' })).toBeVisible();
  await expect(page.getByText('Who helps me: Marta.')).toBeVisible();
  await expectAccessible(page, 'the easy-read plan');

  // Everything is still there after a reload with the network off.
  await app.waitForOffline();
  await context.setOffline(true);
  await page.reload();
  await app.loaded();
  await expect(page.getByText('We agreed it on')).toContainText('Laia, Marta');
  await page.getByRole('button', { name: 'Support plan' }).click();
  await page.getByRole('button', { name: 'Report', exact: true }).click();
  await expect(page.getByRole('table').getByRole('row', { name: /Different views/ })).toHaveCount(1);
  await context.setOffline(false);
});

test('another questionnaire file is imported beside the built-in one; a broken one is refused in words', async ({ app, page }) => {
  await app.createProfile({ name: 'Nil' });
  await openQuality(page, 'Nil');
  const own = {
    format: 'pictokit-instrument',
    format_version: 1,
    id: 'club-survey',
    version: '2',
    languages: ['en', 'ca', 'es'],
    title: { en: 'Our club survey', ca: 'Enquesta del club', es: 'Encuesta del club' },
    licence: 'Made by the club for its members',
    versions: ['self', 'others'],
    scale: { options: [
      { value: 0, label: { en: 'No', ca: 'No', es: 'No' } },
      { value: 1, label: { en: 'Yes', ca: 'Sí', es: 'Sí' } },
    ] },
    domains: [{ id: 'fun', name: { en: 'Fun', ca: 'Diversió', es: 'Diversión' } }],
    items: [
      { id: 'f-1', domain: 'fun', reverse: false, text: { self: { en: 'I like the club.', ca: "M'agrada el club.", es: 'Me gusta el club.' }, others: { en: 'They like the club.', ca: 'Li agrada el club.', es: 'Le gusta el club.' } } },
      { id: 'f-2', domain: 'nowhere', reverse: false, text: { self: { en: 'Lost.' }, others: { en: 'Lost.' } } },
    ],
  };
  await page.getByLabel('Import a questionnaire file').setInputFiles({ name: 'club.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(own)) });
  await expect(page.getByRole('status').filter({ hasText: /“Our club survey” was added\. The file has \d+ problems?/ })).toContainText('The question “f-2” belongs to the domain “nowhere”');
  await expect(page.getByRole('radio', { name: 'Our club survey (imported, 2)' })).toBeVisible();
  await expect(page.getByRole('radio', { name: /^Quality of life questionnaire \(built in, 1\.0\.0\)$/ })).toBeVisible();
  await page.getByLabel('Import a questionnaire file').setInputFiles({ name: 'other.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "something-else"}') });
  await expect(page.getByRole('alert').filter({ hasText: 'This questionnaire could not be added. Nothing was changed.' })).toContainText('This file is not a Pictokit questionnaire');
  await expectAccessible(page, 'the assessments and questionnaires');
  // The imported one is kept, and an assessment with it works.
  await page.reload();
  await app.loaded();
  await page.getByRole('radio', { name: 'Our club survey (imported, 2)' }).check();
  await startAssessment(page, 'Nil');
  await page.getByRole('button', { name: 'Answer here as Nil' }).click();
  await expect(page.getByRole('group', { name: 'I like the club.' })).toBeVisible();
});

/** A `pictokit-sealed` envelope of `content` holding `plain`, locked with `passphrase` as
 * Pictokit locks (PBKDF2-SHA256, 600,000 iterations, AES-256-GCM), made here with Node's
 * WebCrypto: the test's own file, never one Pictokit wrote. */
async function sealed(content, plain, passphrase) {
  const { subtle } = globalThis.crypto;
  const salt = globalThis.crypto.getRandomValues(new Uint8Array(16));
  const iv = globalThis.crypto.getRandomValues(new Uint8Array(12));
  const base = await subtle.importKey('raw', new TextEncoder().encode(passphrase), 'PBKDF2', false, ['deriveKey']);
  const key = await subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations: 600000 }, base, { name: 'AES-GCM', length: 256 }, false, ['encrypt']);
  const data = new Uint8Array(await subtle.encrypt({ name: 'AES-GCM', iv }, key, new TextEncoder().encode(plain)));
  const b64 = (bytes) => Buffer.from(bytes).toString('base64');
  return JSON.stringify({
    format: 'pictokit-sealed', version: 1, content,
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: 600000, salt: b64(salt) },
    cipher: { name: 'AES-GCM', iv: b64(iv) },
    data: b64(data),
  });
}

// Issue #22: the locked-table control saved any unlocked text as a CSV, called a 60 MB file
// "too large to be Pictokit assessments", and an empty answers file was "an error at line
// 1, column 0" without "Nothing was changed".
test('a locked table that is not a table of answers, or too large, and an empty answers file are refused in words', async ({ app, page }, testInfo) => {
  test.setTimeout(60_000);
  await app.goto('#/facilitator');
  const tableOpen = page.getByRole('region', { name: 'Open a locked table (CSV)' });
  const choose = tableOpen.getByLabel('Choose a locked table');

  // 60 MB: refused by its size, before it is read, and named for what was chosen.
  const huge = testInfo.outputPath('huge-table.json');
  fs.writeFileSync(huge, '');
  fs.truncateSync(huge, 60 * 1024 * 1024);
  await choose.setInputFiles(huge);
  await expect(tableOpen.getByRole('alert')).toHaveText('The file is too large to be a locked table of answers (at most 32 MB). Choose the table saved by Pictokit. Nothing was changed.');
  fs.rmSync(huge);

  // Locked as a table with the right passphrase, but not the table of answers: not saved.
  const cases = [
    ['a web page', '<html><script>alert(1)</script></html>'],
    ['a CSV with a formula', 'Who answered,Role,Domain,Question id,Question,Answer,Value,Points\r\n"=HYPERLINK(""http://x"")",Family,ew,ew-1,Q,Often,3,3\r\n'],
  ];
  let downloads = 0;
  page.on('download', () => { downloads += 1; });
  for (const [what, plain] of cases) {
    await choose.setInputFiles({ name: `${what}.json`, mimeType: 'application/json', buffer: Buffer.from(await sealed('table', plain, PASSPHRASE)) });
    await expect(tableOpen.getByRole('status')).toContainText('The file is ready');
    await tableOpen.getByLabel('Passphrase of the table (at least 8 characters)').fill(PASSPHRASE);
    await tableOpen.getByRole('button', { name: 'Unlock and save the CSV' }).click();
    await expect(tableOpen.getByRole('alert'), what).toHaveText('The file opened, but what it holds is not a table of answers saved by Pictokit, so it was not saved as a CSV. Nothing was changed.');
  }
  // A real table, in another language than this screen's, is saved.
  const catalan = 'Qui ha respost,Rol,Dimensió,Identificador de la pregunta,Pregunta,Resposta,Valor,Punts\r\n'
    + 'Marta,Família,emotional-wellbeing,ew-1,Se sent bé.,Sovint,3,3\r\n';
  await choose.setInputFiles({ name: 'table.json', mimeType: 'application/json', buffer: Buffer.from(await sealed('table', catalan, PASSPHRASE)) });
  await tableOpen.getByLabel('Passphrase of the table (at least 8 characters)').fill(PASSPHRASE);
  const [saved] = await Promise.all([page.waitForEvent('download'), tableOpen.getByRole('button', { name: 'Unlock and save the CSV' }).click()]);
  expect(saved.suggestedFilename()).toBe('table.csv');
  expect(downloads).toBe(1);
  await expectAccessible(page, 'a locked table refused');

  // An empty answers file has its own words.
  await page.getByRole('button', { name: 'Answer an answers file' }).click();
  await page.getByLabel('Open an answers file').setInputFiles({ name: 'empty.json', mimeType: 'application/json', buffer: Buffer.alloc(0) });
  await expect(page.getByRole('alert')).toHaveText('This file is empty: it holds no answers. Choose the answers file exported on the other device: its name starts with “pictokit-answers”. Nothing was changed.');
});

test("the person's questionnaire screens pass axe in every theme", PHONE, async ({ app, page }) => {
  // axe on every screen in each of the four themes, at three widths: 45–60 s on two idle
  // cores, more beside the other engines' journeys.
  test.setTimeout(150_000);
  await page.clock.install({ time: new Date('2026-11-24T10:00:00+01:00') });
  await app.createProfile({ name: 'Ona', theme: 'Dark' });
  await openQuality(page, 'Ona');
  await startAssessment(page, 'Ona');
  await page.getByRole('button', { name: 'Ona answers in person mode' }).click();
  await expect(page.getByRole('button', { name: ITEMS[0].text.self.en })).toBeVisible();
  await expectAccessibleInEveryTheme(page, `a question`);
  expect(await smallTargets(page, '.pk-person')).toEqual([]);
  await page.clock.runFor(1000);
  await page.getByRole('button', { name: 'Often', exact: true }).click();
  await page.clock.runFor(1000);
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(page.getByRole('button', { name: 'Often', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await expectAccessibleInEveryTheme(page, `a question answered`);
  // The last steps: every question answered in the form, then "what is important" and thanks.
  await app.wayHome().click();
  await app.unlock();
  await app.backToProfiles();
  await openQuality(page, 'Ona');
  await page.getByRole('button', { name: /^Open the assessment of / }).click();
  await page.getByRole('button', { name: 'Answer here as Ona' }).click();
  await fillForm(page, 'Often');
  await page.getByRole('button', { name: 'Go on later' }).click();
  await page.getByRole('button', { name: 'Ona answers in person mode' }).click();
  await expect(page.getByRole('heading', { name: 'What is important to you? Touch the pictures.' })).toBeVisible();
  await page.getByRole('button', { name: 'Rights' }).click();
  await expectAccessibleInEveryTheme(page, `what is important`);
  expect(await smallTargets(page, '.pk-person')).toEqual([]);
  await page.getByRole('button', { name: 'I have finished' }).click();
  await expect(page.getByRole('heading', { name: 'Thank you! Your answers are saved.' })).toBeVisible();
  await expectAccessibleInEveryTheme(page, `thanks`);
  expect(await smallTargets(page, '.pk-person')).toEqual([]);
  // Home (the screen's own big button), then "My life" again: nothing is waiting.
  await page.getByRole('main').getByRole('button', { name: 'Home' }).click();
  await page.getByRole('button', { name: 'My life' }).click();
  await expect(page.getByRole('heading', { name: 'There are no questions for you now.' })).toBeVisible();
  await expectAccessibleInEveryTheme(page, `nothing to answer`);
});

// Issue #21: a goal linked to an activity named it by the pictogram's English name
// ("toothbrush"); the person's day calls it "Rentar les dents", and so must the plan.
test("a goal is linked to an activity by the activity's own words, and the easy-read plan shows it", async ({ app, page }) => {
  await app.createProfile({ name: 'Laia', language: 'Català' });
  await app.addActivity('Laia', 'toothbrush', 'Rentar les dents');

  await app.goto('#/facilitator');
  await openQuality(page, 'Laia');
  await startAssessment(page, 'Laia');
  await page.getByRole('button', { name: 'Report', exact: true }).click();
  await page.getByRole('button', { name: 'Support plan' }).click();
  await page.getByRole('button', { name: 'New goal' }).click();
  await page.getByRole('textbox', { name: "The goal, in the person's own words" }).fill('Vull rentar-me les dents sola');
  await page.getByRole('combobox', { name: 'Part of life' }).selectOption({ label: 'Physical wellbeing' });
  const link = page.getByRole('group', { name: 'Activities of the schedule for this goal' });
  await expect(link.getByRole('checkbox')).toHaveCount(1);
  await link.getByRole('checkbox', { name: 'Rentar les dents', exact: true }).check();
  await page.getByRole('button', { name: 'Save the goal' }).click();
  const goal = page.getByRole('listitem').filter({ hasText: 'Vull rentar-me les dents sola' });
  await expect(goal).toContainText('Rentar les dents');
  await expect(goal).not.toContainText('toothbrush');

  await page.getByRole('button', { name: 'Easy-read plan' }).click();
  const easy = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Vull rentar-me les dents sola' }) });
  await expect(easy).toContainText('Al meu dia: Rentar les dents.');
  const picture = easy.locator('.pk-easy-day__img');
  await expect(picture).toBeVisible();
  await expect.poll(() => picture.evaluate((img) => img.complete && img.naturalWidth > 0)).toBe(true);
  await expectAccessible(page, 'the easy-read plan with an activity');
});

// Issue #21: "I have finished" was taken at 5 of 40 answers without a word, and a
// professional's "This is important to Laia" left Priorities empty with no reason given.
test('finishing with questions unanswered asks first; what makes a priority is said', async ({ app, page }) => {
  await app.createProfile({ name: 'Laia' });
  await openQuality(page, 'Laia');
  await startAssessment(page, 'Laia');
  await addInformant(page, 'Jordi', 'Professional');
  await page.getByRole('button', { name: 'Answer here as Jordi' }).click();
  await expect(page.getByRole('heading', { name: 'Answers of Jordi', level: 1 })).toBeVisible();
  const radios = page.getByRole('region', { name: EW, exact: true }).getByRole('radio', { name: 'Often', exact: true });
  for (let index = 0; index < 5; index += 1) await radios.nth(index).check();
  await page.getByRole('region', { name: 'Social inclusion', exact: true }).getByRole('checkbox', { name: 'This is important to Laia' }).check();

  await page.getByRole('button', { name: 'I have finished' }).click();
  const ask = page.getByRole('dialog', { name: '35 of 40 questions have no answer yet' });
  await expect(ask).toBeVisible();
  await expect(ask).toContainText('Social inclusion (5)');
  await expect(ask).not.toContainText(EW);
  await expectAccessible(page, 'finishing with questions unanswered');
  // Back to the questions: nothing is finished.
  await ask.getByRole('button', { name: 'Go back to the questions' }).click();
  await expect(ask).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Answers of Jordi', level: 1 })).toBeVisible();
  // Finishing anyway stays possible.
  await page.getByRole('button', { name: 'I have finished' }).click();
  await ask.getByRole('button', { name: 'Finish with 35 unanswered' }).click();
  await expect(page.getByText('Finished: 5 of 40 answered')).toBeVisible();

  await page.getByRole('button', { name: 'Report', exact: true }).click();
  const priorities = page.getByRole('region', { name: 'Priorities' });
  await expect(priorities).toContainText('A part of life is a priority when Laia marks it important, or when its score together is below 50.');
  await expect(priorities).toContainText('Social inclusion: Jordi marked it important to Laia. It is not a priority yet');
  await expectAccessible(page, 'the report with what others marked important');
});
