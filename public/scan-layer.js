// Switch access on person screens (issue #25), loaded only when a person who scans opens
// person mode (shell/src/device.js imports it on demand). It reads the screen's buttons in
// reading order — never the facilitator's lock corner —, gives their boxes, the person's
// switches (the keys the facilitator assigned, a tap anywhere, mouse buttons, gamepad
// buttons), the pointer and the clock to the scanner of crate scan/ (domain::scanning, in
// its own small WebAssembly), draws what it says with the class pk-scan-lit (a thick frame
// that moves no layout), says each highlighted item, and presses the item chosen. A new
// screen needs no code of its own: whatever buttons person mode shows are scanned.

/* global wasm_bindgen */

let loading = null;

/** The scanner's WebAssembly, loaded once (its no-modules glue sets `wasm_bindgen`). */
function engine() {
  if (!loading) {
    loading = new Promise((resolve, reject) => {
      const script = document.createElement('script');
      script.src = new URL('pictokit-scan.js', document.baseURI).href;
      script.onload = resolve;
      script.onerror = reject;
      document.head.append(script);
    }).then(() => wasm_bindgen({ module_or_path: new URL('pictokit-scan_bg.wasm', document.baseURI).href }))
      .then(() => wasm_bindgen);
  }
  return loading;
}

/** A key as the profile keeps a switch's (domain::scanning::switch_key): a single
 * character in lower case, so that Shift or Caps Lock make no difference. */
function keyOf(event) {
  const key = event.key === 'Spacebar' ? ' ' : event.key;
  return [...key].length === 1 ? key.toLowerCase() : key;
}
const ARROWS = { ArrowUp: 0, ArrowDown: 1, ArrowLeft: 2, ArrowRight: 3 };

/** The buttons a person can reach on screen, in document order: those of an open dialog
 * when there is one, never the lock corner, never a hidden or disabled one. */
function reachable(root) {
  const dialog = root.querySelector('dialog[open], [role="dialog"], [role="alertdialog"]');
  const scope = dialog || root;
  return [...scope.querySelectorAll('button, [role="button"], a[href], input[type="radio"], input[type="checkbox"]')].filter((el) => {
    if (el.closest('.pk-person__corner, [aria-hidden="true"], [inert]')) return false;
    if (el.disabled || el.getAttribute('aria-disabled') === 'true') return false;
    const box = el.getBoundingClientRect();
    return box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== 'hidden';
  });
}

/** The words an item is said with: its accessible name, as near as the page has it (its
 * label, else its text without what is hidden from assistive technology). */
function words(el) {
  const label = el.getAttribute('aria-label');
  if (label) return label.trim();
  const parts = [];
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement.closest('[aria-hidden="true"]') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  while (walker.nextNode()) parts.push(walker.currentNode.nodeValue);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

let current = null;

/** Starts switch access on the person frame `root` with the profile's `access` settings
 * (JSON) and speech (`lang`, `voice` name or '', `rate` 0.5–2, `speak` false to stay
 * silent). Returns a function that stops it. */
export async function start(root, accessJson, lang, voice, rate, speak) {
  stop();
  const wasm = await engine();
  const access = JSON.parse(accessJson);
  const now = () => performance.now();
  const state = { items: [], lit: [], timer: 0, observer: null, listeners: [], pad: 0, padDown: [] };
  const scanner = new wasm.ScanEngine(accessJson, new Uint32Array(), now());

  function layout() {
    const found = reachable(root);
    const boxes = new Float64Array(found.length * 4);
    found.forEach((el, i) => {
      const b = el.getBoundingClientRect();
      boxes.set([b.left, b.top, b.width, b.height], i * 4);
    });
    const order = wasm.readingOrder(boxes);
    const items = [];
    const rows = [];
    for (let i = 0; i < order.length; i += 2) {
      items.push(found[order[i]]);
      rows.push(order[i + 1]);
    }
    const same = items.length === state.items.length && items.every((el, i) => el === state.items[i]);
    if (same) return;
    state.items = items;
    scanner.setItems(Uint32Array.from(rows), now());
    draw();
  }

  function say(text) {
    if (!speak || !text || !window.speechSynthesis) return;
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = lang;
    utterance.rate = rate;
    const chosen = speechSynthesis.getVoices().find((v) => v.name === voice);
    if (chosen) utterance.voice = chosen;
    speechSynthesis.cancel();
    speechSynthesis.speak(utterance);
  }

  let audio = null;
  /** A short, soft tone at each step, when the facilitator turned it on. */
  function beep() {
    if (!access.step_sound) return;
    try {
      audio = audio || new AudioContext();
      const tone = audio.createOscillator();
      const gain = audio.createGain();
      tone.frequency.value = 660;
      gain.gain.value = 0.05;
      tone.connect(gain).connect(audio.destination);
      tone.start();
      tone.stop(audio.currentTime + 0.06);
    } catch (_) {
      // No sound on this device: scanning goes on silently.
    }
  }

  function draw() {
    const span = scanner.highlight();
    const lit = span.length ? state.items.slice(span[0], span[0] + span[1]) : [];
    const changed = lit.length !== state.lit.length || lit.some((el, i) => el !== state.lit[i]);
    for (const el of state.lit) if (!lit.includes(el)) el.classList.remove('pk-scan-lit', 'pk-scan-lit--group');
    for (const el of lit) el.classList.add('pk-scan-lit');
    if (lit.length > 1) for (const el of lit) el.classList.add('pk-scan-lit--group');
    state.lit = lit;
    root.dataset.scan = scanner.waiting() ? 'waiting' : 'on';
    if (changed && lit.length) {
      beep();
      // A row or group is said by its first item, as the person hears where the light is.
      if (access.speak_items !== false) say(words(lit[0]));
    }
    schedule();
  }

  function choose(index) {
    if (index < 0) return;
    const el = state.items[index];
    if (el) el.click();
    // The screen may change under the click: read it again on the next frame.
    requestAnimationFrame(layout);
  }

  function schedule() {
    clearTimeout(state.timer);
    const next = scanner.nextChange();
    if (next < 0) return;
    state.timer = setTimeout(() => {
      choose(scanner.tick(now()));
      draw();
    }, Math.max(0, next - now()));
  }

  function on(target, type, handler, options) {
    target.addEventListener(type, handler, options);
    state.listeners.push(() => target.removeEventListener(type, handler, options));
  }

  // The keys the facilitator gave each switch (Space or 1, and Enter or 2, unless they
  // chose others), as the engine read them. Automatic scanning and the arrow keys: any of
  // them chooses. Step scanning: switch 1 moves, switch 2 chooses.
  const MOVE_KEYS = new Set(scanner.switchKeys(1));
  const SELECT_KEYS = new Set(scanner.switchKeys(2));
  const scans = access.method === 'auto-scan' || access.method === 'step-scan';
  on(window, 'keydown', (event) => {
    if (event.ctrlKey || event.altKey || event.metaKey) return;
    if (access.method === 'keys' && event.key in ARROWS) {
      event.preventDefault();
      scanner.direction(ARROWS[event.key], now());
      draw();
      return;
    }
    const key = keyOf(event);
    const move = MOVE_KEYS.has(key);
    const select = SELECT_KEYS.has(key);
    if (!move && !select) return;
    event.preventDefault();
    event.stopPropagation();
    if (event.repeat) return;
    const code = access.method === 'step-scan' && move ? 1 : 0;
    choose(scanner.press(code, now()));
    draw();
  }, true);
  on(window, 'keyup', (event) => {
    const key = keyOf(event);
    const move = MOVE_KEYS.has(key);
    if (!move && !SELECT_KEYS.has(key)) return;
    event.preventDefault();
    event.stopPropagation();
    const code = access.method === 'step-scan' && move ? 1 : 0;
    choose(scanner.release(code, now()));
    draw();
  }, true);
  if (scans) {
    // A tap anywhere, or a mouse button, is a switch: it never presses what is under it.
    on(root, 'pointerdown', (event) => {
      if (!event.isTrusted || event.target.closest('.pk-person__corner')) return;
      event.preventDefault();
      const code = access.method === 'step-scan' && event.button === 2 ? 1 : 0;
      choose(scanner.press(code, now()));
      draw();
    }, true);
    on(root, 'pointerup', (event) => {
      if (!event.isTrusted || event.target.closest('.pk-person__corner')) return;
      const code = access.method === 'step-scan' && event.button === 2 ? 1 : 0;
      choose(scanner.release(code, now()));
      draw();
    }, true);
    on(root, 'click', (event) => {
      if (event.isTrusted && !event.target.closest('.pk-person__corner')) {
        event.preventDefault();
        event.stopPropagation();
      }
    }, true);
    on(root, 'contextmenu', (event) => event.preventDefault(), true);
  }
  if (access.method === 'dwell') {
    on(root, 'pointermove', (event) => {
      const el = event.target.closest && event.target.closest('button, [role="button"]');
      const index = el ? state.items.indexOf(el) : -1;
      choose(scanner.point(index, now()));
      draw();
    });
    on(root, 'pointerleave', () => {
      scanner.point(-1, now());
      draw();
    });
    const ring = () => {
      for (const el of state.items) el.style.removeProperty('--pk-dwell');
      const progress = scanner.dwellProgress(now());
      const lit = state.lit[0];
      if (lit && progress > 0) lit.style.setProperty('--pk-dwell', String(progress));
      state.ring = requestAnimationFrame(ring);
    };
    state.ring = requestAnimationFrame(ring);
  }
  // Adapted controllers: gamepad buttons 0 (select) and 1 (move).
  const poll = () => {
    const pads = navigator.getGamepads ? [...navigator.getGamepads()].filter(Boolean) : [];
    for (const pad of pads) {
      pad.buttons.slice(0, 2).forEach((button, code) => {
        const key = `${pad.index}:${code}`;
        const was = state.padDown.includes(key);
        if (button.pressed && !was) {
          state.padDown.push(key);
          choose(scanner.press(access.method === 'step-scan' ? code : 0, now()));
          draw();
        } else if (!button.pressed && was) {
          state.padDown = state.padDown.filter((k) => k !== key);
          choose(scanner.release(access.method === 'step-scan' ? code : 0, now()));
          draw();
        }
      });
    }
    state.pad = pads.length ? requestAnimationFrame(poll) : 0;
  };
  on(window, 'gamepadconnected', () => {
    if (!state.pad) state.pad = requestAnimationFrame(poll);
  });

  state.observer = new MutationObserver(() => requestAnimationFrame(layout));
  state.observer.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ['disabled', 'hidden', 'open'] });
  on(window, 'resize', () => requestAnimationFrame(layout));
  root.classList.add('pk-scanning');
  layout();
  draw();

  current = () => {
    clearTimeout(state.timer);
    cancelAnimationFrame(state.pad);
    cancelAnimationFrame(state.ring);
    state.observer.disconnect();
    for (const off of state.listeners) off();
    for (const el of state.lit) el.classList.remove('pk-scan-lit', 'pk-scan-lit--group');
    root.classList.remove('pk-scanning');
    delete root.dataset.scan;
    scanner.free();
  };
  return stop;
}

/** Stops switch access, if it is on. */
export function stop() {
  if (current) {
    const off = current;
    current = null;
    off();
  }
}
