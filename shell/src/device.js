// What the schedule needs from the browser, each one detected and degrading calmly:
// dates in the person's language (Intl), the device's time zone, a file download,
// system notifications, the screen wake lock and a soft chime.

export function deviceZone() {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || '';
  } catch (_) {
    return '';
  }
}

// Whether this browser's Intl can write dates in a language (Debian's Chromium has no
// Basque or Galician data, and would write them in English).
const known = new Map();
export function dateLocaleSupported(lang) {
  if (!known.has(lang)) {
    let supported = false;
    try {
      supported = Intl.DateTimeFormat.supportedLocalesOf([lang]).length > 0;
    } catch (_) {
      supported = false;
    }
    known.set(lang, supported);
  }
  return known.get(lang);
}

// A civil date in words: style 'long' ("dilluns, 23 de novembre"), 'long-year' ("23 de
// novembre de 2026"), 'weekday' ("dilluns"), 'short-weekday' ("dl.").
export function formatDate(lang, year, month, day, style) {
  const date = new Date(Date.UTC(year, month - 1, day, 12));
  const options = { timeZone: 'UTC' };
  if (style === 'long') Object.assign(options, { weekday: 'long', day: 'numeric', month: 'long' });
  else if (style === 'long-year') Object.assign(options, { day: 'numeric', month: 'long', year: 'numeric' });
  else if (style === 'weekday') options.weekday = 'long';
  else options.weekday = 'short';
  try {
    return new Intl.DateTimeFormat(lang, options).format(date);
  } catch (_) {
    return date.toISOString().slice(0, 10);
  }
}

export function downloadText(fileName, mime, text) {
  downloadBlob(fileName, new Blob([text], { type: mime }));
}

export function downloadBytes(fileName, mime, bytes) {
  downloadBlob(fileName, new Blob([bytes], { type: mime }));
}

function downloadBlob(fileName, blob) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

// 'granted' | 'denied' | 'default' | 'unsupported'
export function notificationState() {
  if (!('Notification' in self) || !('serviceWorker' in navigator)) return 'unsupported';
  return Notification.permission;
}

export async function askNotifications() {
  if (notificationState() === 'unsupported') return 'unsupported';
  try {
    return await Notification.requestPermission();
  } catch (_) {
    return 'denied';
  }
}

// Shows a system notification from the service worker (the way that works on phones).
export async function notify(title, body, icon, tag) {
  if (notificationState() !== 'granted') return false;
  try {
    const registration = await navigator.serviceWorker.ready;
    await registration.showNotification(title, { body, icon, tag, renotify: false });
    return true;
  } catch (_) {
    return false;
  }
}

let wakeSentinel = null;

// true: held; false: not possible here.
export async function keepAwake(on) {
  if (!on) {
    if (wakeSentinel) {
      try { await wakeSentinel.release(); } catch (_) { /* already gone */ }
      wakeSentinel = null;
    }
    return false;
  }
  if (!('wakeLock' in navigator)) return false;
  try {
    if (!wakeSentinel || wakeSentinel.released) wakeSentinel = await navigator.wakeLock.request('screen');
    return true;
  } catch (_) {
    return false;
  }
}

export function wakeLockSupported() {
  return 'wakeLock' in navigator;
}

// A soft two-note chime, made here (no sound file, nothing fetched).
export function chime() {
  try {
    const Context = self.AudioContext || self.webkitAudioContext;
    if (!Context) return false;
    const context = new Context();
    const now = context.currentTime;
    [660, 880].forEach((frequency, index) => {
      const oscillator = context.createOscillator();
      const gain = context.createGain();
      oscillator.type = 'sine';
      oscillator.frequency.value = frequency;
      const start = now + index * 0.25;
      gain.gain.setValueAtTime(0.0001, start);
      gain.gain.exponentialRampToValueAtTime(0.15, start + 0.05);
      gain.gain.exponentialRampToValueAtTime(0.0001, start + 0.6);
      oscillator.connect(gain).connect(context.destination);
      oscillator.start(start);
      oscillator.stop(start + 0.65);
    });
    setTimeout(() => context.close(), 1500);
    return true;
  } catch (_) {
    return false;
  }
}
