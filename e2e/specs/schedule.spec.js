// The visual schedule: the facilitator builds a day with a routine, a weekly activity,
// an appointment and a change of plan; the person follows it in person mode while the
// browser's clock runs (page.clock): a reminder shows and speaks before an activity,
// now/next/later move on, the timer shrinks and ends, a routine is done step by step and
// undone, the change of plan is shown as a change. The .ics export is read back by an
// independent parser (ical.js). Everything stays after a reload and offline.
import fs from 'node:fs/promises';
import ICAL from 'ical.js';
import { test, expect, PHONE } from '../support/fixtures.js';
import { expectAccessible, expectAccessibleInEveryTheme } from '../support/axe.js';
import { smallTargets } from '../support/targets.js';

test.use({ timezoneId: 'Europe/Madrid' });

/** Monday 23 November 2026 at a time in Madrid (winter time, UTC+1). */
const monday = (time) => new Date(`2026-11-23T${time}:00+01:00`);

/** Opens a person's schedule from the list of profiles. */
async function openSchedule(page, name) {
  await page.getByRole('button', { name: `Schedule of ${name}` }).click();
  await expect(page.getByRole('heading', { name: `The day of ${name}`, level: 1 })).toBeVisible();
}

/** Chooses pictograms in the open picker by words, and confirms. */
async function pick(app, words) {
  for (const word of words) {
    await app.search(word);
    await app.results().first().click();
  }
  await app.picker().getByRole('button', { name: words.length === 1 ? 'Add 1 pictogram' : `Add ${words.length} pictograms` }).click();
  await expect(app.picker()).toBeHidden();
}

/** Adds an activity through the form. */
async function addActivity(app, page, { word, name, start, minutes, weekly, appointment, bring, routine }) {
  await page.getByRole('button', { name: 'Add an activity' }).click();
  await pick(app, [word]);
  const form = page.getByRole('region', { name: 'Activity' });
  await form.getByRole('textbox', { name: 'Name' }).fill(name);
  if (start) await form.getByLabel('Starts at (optional)').fill(start);
  if (minutes) await form.getByRole('spinbutton', { name: 'How long, in minutes (optional)' }).fill(String(minutes));
  if (weekly) await form.getByRole('radio', { name: 'Every week' }).check();
  if (appointment) await form.getByRole('checkbox', { name: 'It is an appointment' }).check();
  if (bring) {
    await form.getByRole('button', { name: 'Add things to bring' }).click();
    await pick(app, bring);
  }
  if (routine) await form.getByRole('combobox', { name: 'Steps to follow' }).selectOption({ label: routine });
  await form.getByRole('button', { name: 'Save the activity' }).click();
  await expect(form).toBeHidden();
}

/** Builds Pau's Monday: breakfast, teeth with a routine, swimming every Monday, the doctor. */
async function buildDay(app, page) {
  await app.createProfile({ name: 'Pau' });
  await openSchedule(page, 'Pau');
  await expect(page.getByText('Nothing planned on this day yet.')).toBeVisible();

  await page.getByRole('textbox', { name: 'Name of the new routine' }).fill('Brush teeth');
  await page.getByRole('button', { name: 'Make the routine' }).click();
  await pick(app, ['toothbrush', 'droplet', 'towel']);
  await expect(page.locator('.pk-sched-step')).toHaveCount(3);

  await addActivity(app, page, { word: 'bread', name: 'Breakfast', start: '08:30', minutes: 30 });
  await addActivity(app, page, { word: 'toothbrush', name: 'Teeth', start: '09:00', minutes: 10, routine: 'Brush teeth' });
  await addActivity(app, page, { word: 'swimmer', name: 'Swimming', start: '10:00', minutes: 60, weekly: true });
  await addActivity(app, page, {
    word: 'hospital', name: 'Doctor', start: '12:00', minutes: 30, appointment: true, bring: ['credit card'],
  });
  const rows = page.locator('.pk-sched-row');
  await expect(rows).toHaveCount(4);
  await expect(rows.nth(2)).toContainText('Every Monday');
  await expect(rows.nth(3)).toContainText('Only this day · Appointment');

  // Today no swimming: the library (books) instead.
  await page.getByRole('button', { name: 'Change of plan for Swimming' }).click();
  await page.getByRole('button', { name: 'Something else instead' }).click();
  await pick(app, ['books']);
  await expect(rows.nth(2)).toContainText('Change of plan: instead of Swimming');
}

test('the facilitator builds a day, and the .ics export reads back in another calendar parser', async ({ app, page }) => {
  await page.clock.install({ time: monday('08:00') });
  await buildDay(app, page);
  await expectAccessible(page, 'the schedule editor');

  // Next Monday the swimming is back (the change was for one day only).
  await page.getByRole('button', { name: 'Next day' }).click();
  await expect(page.locator('.pk-sched-row')).toHaveCount(0);
  await page.getByRole('textbox', { name: 'Go to a day' }).fill('2026-11-30');
  await page.getByRole('textbox', { name: 'Go to a day' }).dispatchEvent('change');
  await expect(page.locator('.pk-sched-row')).toHaveCount(1);
  await expect(page.locator('.pk-sched-row')).toContainText('Swimming');
  await expect(page.locator('.pk-sched-row')).not.toContainText('instead');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the calendar (.ics)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('Day-of-Pau.ics');
  const text = await fs.readFile(await download.path(), 'utf8');
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
  const byName = (name) => events.filter((event) => event.summary === name);
  expect(events.map((e) => e.summary).sort()).toEqual(['Breakfast', 'Doctor', 'books', 'Swimming', 'Teeth'].sort());
  const swimming = byName('Swimming')[0];
  expect(swimming.isRecurring()).toBe(true);
  expect(swimming.component.getFirstPropertyValue('rrule').toString()).toContain('BYDAY=MO');
  expect(swimming.startDate.toString()).toBe('2026-11-23T10:00:00');
  expect(swimming.component.getFirstProperty('dtstart').getParameter('tzid')).toBe('Europe/Madrid');
  expect(swimming.duration.toSeconds()).toBe(3600);
  // The library replaces the swimming of 23 November only: an override of the same event.
  const library = byName('books')[0];
  expect(library.uid).toBe(swimming.uid);
  expect(library.recurrenceId.toString()).toBe('2026-11-23T10:00:00');
  const iterator = swimming.iterator();
  const next = iterator.next();
  expect(next.toString()).toBe('2026-11-23T10:00:00');
  expect(iterator.next().toString()).toBe('2026-11-30T10:00:00');
  // Reminders travel as alarms, 10 minutes before.
  const alarm = swimming.component.getFirstSubcomponent('valarm');
  expect(alarm.getFirstPropertyValue('trigger').toString()).toBe('-PT10M');
  const doctor = byName('Doctor')[0];
  expect(doctor.component.getFirstPropertyValue('categories')).toBe('APPOINTMENT');
  expect(doctor.description).toContain('credit card');
  expect(calendar.getFirstSubcomponent('vtimezone').getFirstPropertyValue('tzid')).toBe('Europe/Madrid');
});

test('the person follows the day: reminder, now and next, timer, routine steps, change of plan, undo', PHONE, async ({ app, page, context }) => {
  await page.clock.install({ time: monday('08:00') });
  await buildDay(app, page);
  await page.getByRole('button', { name: 'Lock this device for Pau' }).click();
  await expect(app.lockCorner()).toBeVisible();
  await page.getByRole('button', { name: 'My day' }).click();

  const now = page.getByRole('region', { name: 'Now' });
  const next = page.getByRole('region', { name: 'Next' });
  await expect(page.getByRole('heading', { name: 'Today', level: 2, exact: true })).toBeVisible();
  await expect(page.getByText('morning', { exact: false }).first()).toBeVisible();
  await expect(now).toContainText('Free time');
  await expect(next).toContainText('Breakfast');
  // The change of plan is shown as a change, in words and with a picture.
  await expect(page.getByRole('button', { name: /Change: Today no Swimming: books instead/ })).toBeVisible();
  await expectAccessible(page, 'today, before breakfast');
  expect(await smallTargets(page, '.pk-person')).toEqual([]);

  // 08:30: breakfast is now, with a timer of 30 minutes that shrinks.
  await page.clock.fastForward('30:00');
  await expect(now).toContainText('Breakfast');
  await expect(now.getByRole('button', { name: '30 minutes left' })).toBeVisible();
  const disc = now.locator('.pk-timer__left');
  const fullPath = await disc.getAttribute('d');
  await page.clock.fastForward('10:00');
  await expect(now.getByRole('button', { name: '20 minutes left' })).toBeVisible();
  expect(await disc.getAttribute('d')).not.toBe(fullPath);
  await now.getByRole('button', { name: '20 minutes left' }).click();
  await expect.poll(async () => (await app.utterances()).map((u) => u.text)).toContain('20 minutes left');
  await expect(next).toContainText('Teeth');
  // Done: a calm confirmation, and breakfast moves aside.
  await now.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Well done! Breakfast is done.' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Done today' })).toContainText('Breakfast, done');
  // Undo brings it back.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(now).toContainText('Breakfast');
  await now.getByRole('button', { name: 'Done' }).click();
  await expect(now).toContainText('Free time');

  // 09:00: the teeth, with their routine, step by step; a step undone and done again.
  await page.clock.fastForward('20:00');
  await expect(now).toContainText('Teeth');
  await now.getByRole('button', { name: 'The steps' }).click();
  await expect(page.getByText('Step 1 of 3').first()).toBeVisible();
  await page.getByRole('button', { name: 'Step done' }).click();
  await expect(page.getByText('Step 2 of 3').first()).toBeVisible();
  await page.getByRole('button', { name: 'Back one step' }).click();
  await expect(page.getByText('Step 1 of 3').first()).toBeVisible();
  await expectAccessible(page, 'a routine step');
  expect(await smallTargets(page, '.pk-person')).toEqual([]);
  for (let step = 0; step < 3; step += 1) await page.getByRole('button', { name: 'Step done' }).click();
  await expect(page.getByText('All the steps are done!')).toBeVisible();
  await page.getByRole('button', { name: 'Finish' }).click();
  await expect(page.getByRole('region', { name: 'Done today' })).toContainText('Teeth, done');

  // 09:50: the reminder shows and speaks, 10 minutes before the library.
  await page.clock.fastForward('50:00');
  const reminder = page.getByRole('dialog', { name: 'Soon' });
  await expect(reminder).toBeVisible();
  await expect(reminder).toContainText('books at 10:00');
  await expect.poll(async () => (await app.utterances()).map((u) => u.text)).toContain('books at 10:00');
  await expectAccessible(page, 'the reminder');
  await reminder.getByRole('button', { name: 'OK', exact: true }).click();
  await expect(reminder).toBeHidden();

  // 10:00 the library is now; its timer runs out at 11:00 and says so.
  await page.clock.fastForward('10:00');
  await expect(now).toContainText('books');
  await expect(next).toContainText('Doctor');
  await page.clock.fastForward('59:30');
  await expect(now.getByRole('button', { name: '1 minute left' })).toBeVisible();
  await page.clock.fastForward('00:45');
  await expect(page.getByRole('status').filter({ hasText: 'Time is up for books.' })).toBeVisible();
  await expect(now).toContainText('Free time');
  await expect(next).toContainText('Doctor');
  // The appointment says what to take.
  await page.clock.fastForward('01:00:00');
  await expect(now).toContainText('Doctor');
  await expect(now).toContainText('Take with you');
  await expect(now).toContainText('credit card');

  // The week, a picture per day.
  await page.getByRole('button', { name: 'The week' }).click();
  await expect(page.getByRole('button', { name: /^Monday\s*Today\s*: Breakfast, Teeth, books, Doctor$/ })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Tuesday\s*: nothing planned$/ })).toBeVisible();
  await expectAccessible(page, 'the week');
  expect(await smallTargets(page, '.pk-person')).toEqual([]);
  await page.getByRole('button', { name: 'Today', exact: true }).click();

  // Kept after a reload, and offline.
  await app.waitForOffline();
  await context.setOffline(true);
  await page.reload();
  await app.loaded();
  await expect(page.getByRole('region', { name: 'Done today' })).toContainText('Breakfast, done');
  await expect(page.getByRole('region', { name: 'Done today' })).toContainText('Teeth, done');
  await expect(page.getByRole('region', { name: 'Now' })).toContainText('Doctor');
  await context.setOffline(false);
});

test("a routine's steps get their own words and a new order, and the person follows them so", async ({ app, page }) => {
  await page.clock.install({ time: monday('08:55') });
  await app.createProfile({ name: 'Iu' });
  await openSchedule(page, 'Iu');
  await page.getByRole('textbox', { name: 'Name of the new routine' }).fill('Brush teeth');
  await page.getByRole('button', { name: 'Make the routine' }).click();
  await pick(app, ['toothbrush', 'droplet', 'towel']);
  // The pictograms' own names at first; then words a person uses, and the towel last but one.
  await expect(page.getByRole('textbox', { name: 'Words of step 1' })).toHaveValue('toothbrush');
  await page.getByRole('textbox', { name: 'Words of step 1' }).fill('Put toothpaste on the brush');
  await page.getByRole('textbox', { name: 'Words of step 1' }).press('Enter');
  await page.getByRole('textbox', { name: 'Words of step 2' }).fill('Rinse your mouth');
  await page.getByRole('textbox', { name: 'Words of step 2' }).blur();
  await page.getByRole('textbox', { name: 'Words of step 3' }).fill('Dry your face');
  await page.getByRole('textbox', { name: 'Words of step 3' }).blur();
  await page.getByRole('button', { name: 'Move Dry your face earlier' }).click();
  await expect(page.getByRole('textbox', { name: 'Words of step 2' })).toHaveValue('Dry your face');
  await expect(page.getByRole('button', { name: 'Move Put toothpaste on the brush earlier' })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Move Rinse your mouth later' })).toBeDisabled();
  await expectAccessible(page, 'a routine with its own words');
  // Kept after a reload.
  await page.reload();
  await app.loaded();
  await expect(page.getByRole('textbox', { name: 'Words of step 1' })).toHaveValue('Put toothpaste on the brush');
  await expect(page.getByRole('textbox', { name: 'Words of step 3' })).toHaveValue('Rinse your mouth');

  await addActivity(app, page, { word: 'toothbrush', name: 'Teeth', start: '09:00', minutes: 15, routine: 'Brush teeth' });
  await page.getByRole('button', { name: 'Lock this device for Iu' }).click();
  await page.clock.fastForward('05:00');
  // The reminder of the teeth may show first: OK, then the day.
  const reminder = page.getByRole('dialog', { name: 'Soon' });
  await reminder.getByRole('button', { name: 'OK', exact: true }).click({ timeout: 3_000 }).catch(() => {});
  await expect(reminder).toBeHidden();
  await page.getByRole('button', { name: 'My day' }).click();
  await page.getByRole('region', { name: 'Now' }).getByRole('button', { name: 'The steps' }).click();
  await expect(page.getByRole('button', { name: 'Put toothpaste on the brush' })).toBeVisible();
  await expect.poll(async () => (await app.utterances()).map((u) => u.text)).toContain('Step 1 of 3. Put toothpaste on the brush');
  await page.getByRole('button', { name: 'Step done' }).click();
  await expect(page.getByRole('button', { name: 'Dry your face' })).toBeVisible();
  await page.getByRole('button', { name: 'Step done' }).click();
  await expect(page.getByRole('button', { name: 'Rinse your mouth' })).toBeVisible();
});

test('the day as a list in the grid, and a broken stored schedule is reported, not lost', PHONE, async ({ app, page }) => {
  await page.clock.install({ time: monday('08:00') });
  await app.createProfile({ name: 'Ona' });
  await openSchedule(page, 'Ona');
  await addActivity(app, page, { word: 'bread', name: 'Breakfast', start: '08:30', minutes: 30 });
  // A wrong length gets a clear message and saves nothing.
  await page.getByRole('button', { name: 'Add an activity' }).click();
  await pick(app, ['apple']);
  const form = page.getByRole('region', { name: 'Activity' });
  await form.getByRole('spinbutton', { name: 'How long, in minutes (optional)' }).fill('99999');
  await form.getByRole('button', { name: 'Save the activity' }).click();
  await expect(form.getByRole('alert')).toHaveText('The length must be between 1 and 1440 minutes.');
  await form.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.locator('.pk-sched-row')).toHaveCount(1);

  // An activity without a time goes where the facilitator moves it, one place at a time.
  await addActivity(app, page, { word: 'alarm clock', name: 'Wake up' });
  await expect(page.locator('.pk-sched-row__name')).toHaveText(['Breakfast', 'Wake up']);
  await page.getByRole('button', { name: 'Move Wake up earlier' }).click();
  await expect(page.locator('.pk-sched-row__name')).toHaveText(['Wake up', 'Breakfast']);
  await expect(page.getByRole('button', { name: 'Move Wake up earlier' })).toBeFocused();
  // Something else instead, with the name the facilitator writes.
  await page.getByRole('button', { name: 'Change of plan for Wake up' }).click();
  await page.getByRole('textbox', { name: 'Name of what happens instead (optional)' }).fill('Lie in');
  await page.getByRole('button', { name: 'Something else instead' }).click();
  await pick(app, ['bed']);
  await expect(page.locator('.pk-sched-row').first()).toContainText('Lie in');
  await expect(page.locator('.pk-sched-row').first()).toContainText('Change of plan: instead of Wake up');
  await page.getByRole('button', { name: 'Remove Lie in' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Remove' }).click();
  await expect(page.locator('.pk-sched-row')).toHaveCount(1);

  // A record broken by hand (wrong types, a huge length) loads what it can and says so.
  await page.evaluate(async () => {
    const db = await new Promise((resolve, reject) => {
      const request = indexedDB.open('pictokit');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const store = (mode) => db.transaction('schedule', mode).objectStore('schedule');
    const keys = await new Promise((resolve) => {
      const request = store('readonly').getAllKeys();
      request.onsuccess = () => resolve(request.result);
    });
    const read = await new Promise((resolve) => {
      const request = store('readonly').get(keys[0]);
      request.onsuccess = () => resolve(request.result);
    });
    const record = JSON.parse(read);
    record.entries.push({ activity: { id: 'bad', picto: 42 }, repeat: 'often' });
    record.entries[0].activity.minutes = 10_000_000;
    record.settings = 'loud';
    await new Promise((resolve) => {
      const tx = db.transaction('schedule', 'readwrite');
      tx.objectStore('schedule').put(JSON.stringify(record), keys[0]);
      tx.oncomplete = resolve;
    });
  });
  await page.reload();
  await app.loaded();
  await expect(page.getByRole('alert').filter({ hasText: 'Some activities or routines of Ona could not be read' })).toBeVisible();
  await expect(page.locator('.pk-sched-row')).toHaveCount(1);
  await expect(page.locator('.pk-sched-row')).toContainText('Breakfast');

  await page.getByRole('radio', { name: 'The whole day as a list' }).check();
  await page.getByRole('button', { name: 'Lock this device for Ona' }).click();
  await page.getByRole('button', { name: 'My day' }).click();
  await expect(page.getByRole('region', { name: 'The day' })).toBeVisible();
  await page.getByRole('button', { name: /^Breakfast · 08:30/ }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Well done! Breakfast is done.' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Done today' })).toContainText('Breakfast, done');
  await expect(page.getByRole('button', { name: /^Breakfast · 08:30/ })).toContainText('Done');
  expect(await smallTargets(page, '.pk-person')).toEqual([]);
  await expectAccessible(page, 'the day as a list');
  // A second tap takes it back.
  await page.getByRole('button', { name: /^Breakfast · 08:30/ }).click();
  await expect(page.getByRole('region', { name: 'Done today' })).toBeHidden();
});

/** Makes a first–then board from two pictograms, and adds rewards. */
async function addBoardAndRewards(app, page, { first, then, rewards }) {
  const section = page.getByRole('region', { name: 'First–then boards' });
  await section.getByRole('button', { name: 'First: Choose a picture' }).click();
  await pick(app, [first]);
  await section.getByRole('button', { name: 'Add the board' }).click();
  await expect(section.getByRole('alert')).toHaveText('Choose a picture for “first” and one for “then”.');
  await section.getByRole('button', { name: 'Then: Choose a picture' }).click();
  await pick(app, [then]);
  await section.getByRole('button', { name: 'Add the board' }).click();
  await expect(section.getByRole('alert')).toBeHidden();
  await expect(section.getByRole('button', { name: `Remove the board: first ${first}, then ${then}` })).toBeVisible();
  const rewardSection = page.getByRole('region', { name: 'Rewards' });
  await expect(rewardSection).toContainText('No rewards yet.');
  await rewardSection.getByRole('button', { name: 'Add rewards' }).click();
  await pick(app, rewards);
  for (const reward of rewards) {
    await expect(rewardSection.getByRole('button', { name: `Remove the reward ${reward}` })).toBeVisible();
  }
}

test('a first–then board is done and undone, and a reward is chosen once the day is done', async ({ app, page, context }) => {
  await page.clock.install({ time: monday('08:00') });
  await app.createProfile({ name: 'Leo' });
  await openSchedule(page, 'Leo');
  await addBoardAndRewards(app, page, { first: 'books', then: 'video game', rewards: ['soccer ball', 'musical note'] });
  await addActivity(app, page, { word: 'bread', name: 'Snack', start: '08:30', minutes: 30 });
  await page.getByRole('button', { name: 'Lock this device for Leo' }).click();
  // 08:20: the reminder shows on the person's home too, not only in the schedule.
  await page.clock.fastForward('20:00');
  const reminder = page.getByRole('dialog', { name: 'Soon' });
  await expect(reminder).toContainText('Snack at 08:30');
  await expect.poll(async () => (await app.utterances()).map((u) => u.text)).toContain('Snack at 08:30');
  await reminder.getByRole('button', { name: 'OK', exact: true }).click();
  await page.getByRole('button', { name: 'My day' }).click();

  // While the day goes on, the rewards wait, shown small.
  const rewards = page.getByRole('region', { name: 'After everything is done, you choose a reward' });
  await expect(rewards).toContainText('soccer ball');
  await expect(rewards.getByRole('button')).toHaveCount(0);

  // First books, then the video game.
  await page.getByRole('button', { name: 'First books, then video game' }).click();
  await expect(page.getByRole('heading', { name: 'First, then', level: 2 })).toBeVisible();
  await expect.poll(async () => (await app.utterances()).map((u) => u.text)).toContain('First books, then video game');
  const first = page.getByRole('region', { name: 'First' });
  const then = page.getByRole('region', { name: 'Then' });
  await expect(first.getByRole('button', { name: 'First: books' })).toBeVisible();
  await expect(then.getByRole('button', { name: 'Then: video game' })).toBeVisible();
  await expectAccessible(page, 'a first–then board');
  expect(await smallTargets(page, '.pk-person')).toEqual([]);
  await page.getByRole('button', { name: 'Done', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Well done! Now: video game' })).toBeVisible();
  await expect.poll(async () => (await app.utterances()).map((u) => u.text)).toContain('Well done! Now: video game');
  await expect(first.getByRole('button', { name: /^First: books\s*,\s*Done$/ })).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Taken back. It is not done yet.' })).toBeVisible();
  await expect(first.getByRole('button', { name: 'First: books', exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Done', exact: true }).click();
  await page.reload();
  await app.loaded();
  await expect(first.getByRole('button', { name: /^First: books\s*,\s*Done$/ })).toBeVisible();
  await page.getByRole('button', { name: 'Today', exact: true }).click();

  // The snack is the day's only activity: once it is done, the person chooses a reward.
  await page.clock.fastForward('15:00');
  await page.getByRole('region', { name: 'Now' }).getByRole('button', { name: 'Done' }).click();
  const choose = page.getByRole('region', { name: 'Well done! Choose your reward' });
  await expect(choose.getByRole('button', { name: 'soccer ball' })).toBeVisible();
  await expectAccessible(page, 'choosing a reward');
  expect(await smallTargets(page, '.pk-person')).toEqual([]);
  await choose.getByRole('button', { name: 'musical note' }).click();
  await expect(page.getByRole('button', { name: 'Your reward: musical note' })).toBeVisible();
  await expect.poll(async () => (await app.utterances()).map((u) => u.text)).toContain('Your reward: musical note');

  // Kept after a reload, offline; and it can be chosen again.
  await app.waitForOffline();
  await context.setOffline(true);
  await page.reload();
  await app.loaded();
  await expect(page.getByRole('button', { name: 'Your reward: musical note' })).toBeVisible();
  await page.getByRole('button', { name: 'Choose again' }).click();
  await expect(choose.getByRole('button', { name: 'musical note' })).toBeVisible();
  await context.setOffline(false);
});

test('a reminder due on the first page (index.html) opens the person\'s screen that shows it, once', PHONE, async ({ app, page }) => {
  await page.clock.install({ time: monday('08:00') });
  await app.createProfile({ name: 'Nil' });
  await openSchedule(page, 'Nil');
  await addActivity(app, page, { word: 'bread', name: 'Snack', start: '08:30', minutes: 30 });
  await page.getByRole('button', { name: 'Lock this device for Nil' }).click();
  // The tablet is started again: the first page, without the schedule's code, opens.
  await page.goto('/');
  await app.loaded();
  await expect(page.getByRole('heading', { name: 'Hello, Nil' })).toBeVisible();
  expect(new URL(page.url()).pathname).toBe('/');
  await page.clock.fastForward('20:00');
  const reminder = page.getByRole('dialog', { name: 'Soon' });
  await expect(reminder).toContainText('Snack at 08:30');
  expect(new URL(page.url()).pathname).toBe('/facilitator.html');
  await expect(page.getByRole('heading', { name: 'Hello, Nil' })).toBeVisible();
  await expect.poll(async () => (await app.utterances()).map((u) => u.text)).toContain('Snack at 08:30');
  await expectAccessible(page, 'a reminder over the person\'s home');
  expect(await smallTargets(page, '.pk-person')).toEqual([]);
  await reminder.getByRole('button', { name: 'OK', exact: true }).click();
  await expect(reminder).toBeHidden();
  // Shown once: the first page, opened again, stays where it is.
  await page.goto('/');
  await app.loaded();
  await page.clock.fastForward('00:05');
  await expect(page.getByRole('heading', { name: 'Hello, Nil' })).toBeVisible();
  expect(new URL(page.url()).pathname).toBe('/');
  await expect(reminder).toHaveCount(0);
});

test('every schedule screen passes axe in every theme', PHONE, async ({ app, page }) => {
  // axe on every screen in each of the four themes, at three widths: 45–60 s on two idle
  // cores, more beside the other engines' journeys.
  test.setTimeout(150_000);
  await page.clock.install({ time: monday('09:55') });
  await app.createProfile({ name: 'Iu', theme: 'Dark' });
  await openSchedule(page, 'Iu');
  await page.getByRole('textbox', { name: 'Name of the new routine' }).fill('Wash hands');
  await page.getByRole('button', { name: 'Make the routine' }).click();
  await pick(app, ['soap', 'droplet']);
  await addActivity(app, page, { word: 'bread', name: 'Snack', start: '10:00', minutes: 20, routine: 'Wash hands' });
  await addActivity(app, page, { word: 'bus', name: 'Bus', start: '11:00', weekly: true });
  await addBoardAndRewards(app, page, { first: 'books', then: 'video game', rewards: ['soccer ball'] });
  await page.getByRole('button', { name: 'Change of plan for Bus' }).click();
  await page.getByRole('button', { name: 'Not on this day' }).click();
  await expectAccessibleInEveryTheme(page, 'the schedule editor');
  await page.getByRole('button', { name: 'Lock this device for Iu' }).click();
  // 09:55: the snack's reminder is due as soon as person mode opens, on the home.
  await expect(page.getByRole('dialog', { name: 'Soon' })).toContainText('Snack at 10:00');
  await expectAccessibleInEveryTheme(page, 'the reminder');
  await page.getByRole('dialog', { name: 'Soon' }).getByRole('button', { name: 'OK', exact: true }).click();
  await page.getByRole('button', { name: 'My day' }).click();
  await expect(page.getByRole('button', { name: /Change: Today no Bus/ })).toBeVisible();
  await expectAccessibleInEveryTheme(page, 'today');
  expect(await smallTargets(page, '.pk-person')).toEqual([]);
  await page.clock.fastForward('05:00');
  await expect(page.getByRole('region', { name: 'Now' })).toContainText('Snack');
  await expectAccessibleInEveryTheme(page, 'today with a timer');
  await page.getByRole('button', { name: 'The steps' }).click();
  await expectAccessibleInEveryTheme(page, 'the routine');
  await page.getByRole('button', { name: 'Today', exact: true }).click();
  await page.getByRole('button', { name: 'The week' }).click();
  await expectAccessibleInEveryTheme(page, 'the week');
  await page.getByRole('button', { name: 'Today', exact: true }).click();
  await page.getByRole('button', { name: 'First books, then video game' }).click();
  await page.getByRole('button', { name: 'Done', exact: true }).click();
  await expectAccessibleInEveryTheme(page, 'a first–then board, first done');
  await page.getByRole('button', { name: 'Today', exact: true }).click();
  await page.getByRole('region', { name: 'Now' }).getByRole('button', { name: 'Done' }).click();
  await expect(page.getByRole('region', { name: 'Well done! Choose your reward' })).toBeVisible();
  await expectAccessibleInEveryTheme(page, 'choosing a reward');
});
