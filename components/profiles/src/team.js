// The facilitator's team screens (team.rs) and public/team-sync.js, the layer that is
// loaded only when this device shares a person or joins a team. One invitation and one
// join at a time; the Rust side sees plain values and promises.

let layer = null;
function sync() {
  if (!layer) layer = import(new URL('team-sync.js', document.baseURI).href);
  return layer;
}

/** Whether this device shares someone already (team-sync.js sets the mark). */
export function shares() {
  try {
    return Boolean(localStorage.getItem('pictokit-team'));
  } catch {
    return false;
  }
}

/** The people this device shares, with their status; starts the layer's sync. */
export async function teams() {
  const m = await sync();
  await m.startAll();
  return m.teams();
}

/** Calls `changed()` whenever a team's status changes or records arrived. */
export function watch(changed) {
  const call = () => changed();
  window.addEventListener('pictokit-team-status', call);
  window.addEventListener('pictokit-team-arrived', call);
}

export async function start(person, code, deviceName) {
  return (await sync()).start(person, code, deviceName);
}

export async function syncNow(person) {
  return (await sync()).syncNow(person);
}

let invitation = null;
let joining = null;

/** A code for a new device: `{code, svg}` (the QR code is drawn by the caller). */
export async function invite(person, name, health) {
  if (invitation) await invitation.cancel().catch(() => {});
  invitation = await (await sync()).invite(person, { name, health });
  invitation.controller = new AbortController();
  return invitation.code;
}

/** Resolves with the four digits once the new device gave its key. */
export async function inviteArrived() {
  const current = invitation;
  const got = await current.arrived(current.controller.signal);
  current.doc = got.doc;
  return got.comparison;
}

export async function inviteAdmit() {
  const current = invitation;
  await current.admit(current.doc);
  invitation = null;
}

export async function inviteCancel() {
  const current = invitation;
  invitation = null;
  if (current) {
    current.controller.abort();
    await current.cancel();
  }
}

/** Starts joining from a code: resolves with the four digits to compare. */
export async function join(code, deviceName) {
  joining = await (await sync()).join(code, deviceName);
  return joining.comparison;
}

/** Resolves with the person's id once the keys came and the person's records arrived. */
export async function joinAdmitted() {
  const done = await joining.admitted();
  joining = null;
  return done.person;
}

/** The devices of a person's team this device added (and itself): [{user, name, self}]. */
export async function devices(person) {
  return (await sync()).devices(person);
}

/** Removes a device from a person's team; the team's keys are replaced. */
export async function remove(person, user) {
  return (await sync()).remove(person, user);
}
