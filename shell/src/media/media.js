// Pictokit's camera, microphone, sound and network access: small browser calls that are
// clearer in JS than through web-sys. Every failure is an object with a `kind` the Rust
// side (media/mod.rs) turns into a message in the user's language.

function failure(kind, error) {
  return { kind, message: String((error && error.message) || error || kind) };
}

function mediaFailure(error) {
  const name = (error && error.name) || '';
  if (name === 'NotAllowedError' || name === 'SecurityError') return failure('denied', error);
  return failure('unavailable', error);
}

let cameraStream = null;

/** Shows the camera in a <video>; resolves when it plays. */
export async function startCamera(video) {
  if (!navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) throw failure('unavailable');
  stopCamera(video);
  try {
    cameraStream = await navigator.mediaDevices.getUserMedia({
      video: { facingMode: 'environment', width: { ideal: 1280 }, height: { ideal: 1280 } },
      audio: false,
    });
  } catch (error) {
    throw mediaFailure(error);
  }
  video.srcObject = cameraStream;
  await video.play().catch(() => undefined);
}

/** Turns the camera off. */
export function stopCamera(video) {
  if (cameraStream) cameraStream.getTracks().forEach((track) => track.stop());
  cameraStream = null;
  if (video) video.srcObject = null;
}

/** A white square canvas of `side` pixels, and its 2D context. */
function whiteSquare(side) {
  const canvas = document.createElement('canvas');
  canvas.width = side;
  canvas.height = side;
  const context = canvas.getContext('2d');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, side, side);
  return { canvas, context };
}

/** The centre square of the camera picture, downscaled, as a JPEG data URL. */
export function captureSquare(video, side) {
  const width = video.videoWidth;
  const height = video.videoHeight;
  if (!width || !height) throw failure('unavailable');
  const crop = Math.min(width, height);
  const { canvas, context } = whiteSquare(side);
  context.drawImage(video, (width - crop) / 2, (height - crop) / 2, crop, crop, 0, 0, side, side);
  return canvas.toDataURL('image/jpeg', 0.85);
}

/** The camera's picture now, grey, at most `maxSide` pixels on its longer side: an object
 * `{ width, height, data }` with `data` one byte per pixel (luma), or null before the
 * first frame. Read to find a QR code in it. */
export function frameLuma(video, maxSide) {
  const width = video.videoWidth;
  const height = video.videoHeight;
  if (!width || !height) return null;
  const scale = Math.min(1, maxSide / Math.max(width, height));
  const w = Math.max(1, Math.round(width * scale));
  const h = Math.max(1, Math.round(height * scale));
  const canvas = document.createElement('canvas');
  canvas.width = w;
  canvas.height = h;
  const context = canvas.getContext('2d', { willReadFrequently: true });
  context.drawImage(video, 0, 0, w, h);
  const rgba = context.getImageData(0, 0, w, h).data;
  const luma = new Uint8Array(w * h);
  for (let i = 0, j = 0; j < luma.length; i += 4, j += 1) {
    luma[j] = (rgba[i] * 77 + rgba[i + 1] * 150 + rgba[i + 2] * 29) >> 8;
  }
  return { width: w, height: h, data: luma };
}

/** A square PNG card of a board's button, `side` pixels, as a data URL: `picture` (an
 * address the page may show: a data URL or one of ours; '' for none) drawn in the middle
 * of `background` (a CSS colour), or, without a picture, `label` written large on it in
 * the app's font, black or white, whichever reads better on that colour. */
export async function boardCard(picture, label, background, side) {
  const { canvas, context } = whiteSquare(side);
  context.fillStyle = background || '#ffffff';
  context.fillRect(0, 0, side, side);
  if (picture) {
    const image = new Image();
    image.src = picture;
    try {
      await image.decode();
    } catch (error) {
      throw failure('type', error);
    }
    const width = image.naturalWidth || side;
    const height = image.naturalHeight || side;
    const scale = Math.min((side * 0.9) / width, (side * 0.9) / height);
    const w = width * scale;
    const h = height * scale;
    context.drawImage(image, (side - w) / 2, (side - h) / 2, w, h);
    return canvas.toDataURL('image/png');
  }
  const [r, g, b] = context.getImageData(side / 2, side / 2, 1, 1).data;
  context.fillStyle = r * 0.299 + g * 0.587 + b * 0.114 > 140 ? '#111111' : '#ffffff';
  context.textAlign = 'center';
  context.textBaseline = 'middle';
  const words = String(label || '').split(/\s+/).filter(Boolean);
  let size = Math.round(side / 4);
  let lines = [];
  for (; size >= 12; size -= 2) {
    context.font = `700 ${size}px "Atkinson Hyperlegible", sans-serif`;
    lines = [];
    for (const word of words) {
      const last = lines.length ? `${lines[lines.length - 1]} ${word}` : word;
      if (lines.length && context.measureText(last).width <= side * 0.86) lines[lines.length - 1] = last;
      else lines.push(word);
    }
    const widest = Math.max(0, ...lines.map((line) => context.measureText(line).width));
    if (widest <= side * 0.86 && lines.length * size * 1.2 <= side * 0.86) break;
  }
  lines.forEach((line, i) => {
    context.fillText(line, side / 2, side / 2 + (i - (lines.length - 1) / 2) * size * 1.2);
  });
  return canvas.toDataURL('image/png');
}

/** Whether the device has a camera: 'yes', 'no', or 'unknown' (the browser will not say). */
export async function cameraPresence() {
  if (!navigator.mediaDevices || !navigator.mediaDevices.enumerateDevices) return 'no';
  try {
    const devices = await navigator.mediaDevices.enumerateDevices();
    return devices.some((device) => device.kind === 'videoinput') ? 'yes' : 'no';
  } catch (_) {
    return 'unknown';
  }
}

let recorder = null;
let chunks = [];

/** The first recording format this browser can both record and play back. */
export function recordingType() {
  if (typeof MediaRecorder === 'undefined') return '';
  const probe = document.createElement('audio');
  const types = ['audio/webm;codecs=opus', 'audio/mp4', 'audio/ogg;codecs=opus', 'audio/webm'];
  return types.find((type) => MediaRecorder.isTypeSupported(type) && probe.canPlayType(type) !== '') || '';
}

/** Starts recording from the microphone. */
export async function startRecording() {
  const type = recordingType();
  if (!type || !navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) throw failure('unavailable');
  let stream;
  try {
    stream = await navigator.mediaDevices.getUserMedia({ audio: true, video: false });
  } catch (error) {
    throw mediaFailure(error);
  }
  chunks = [];
  recorder = new MediaRecorder(stream, { mimeType: type });
  recorder.ondataavailable = (event) => {
    if (event.data && event.data.size > 0) chunks.push(event.data);
  };
  recorder.start();
}

/** Stops recording; resolves to the recording as a data URL. */
export function stopRecording() {
  return new Promise((resolve, reject) => {
    if (!recorder) {
      reject(failure('unavailable'));
      return;
    }
    const active = recorder;
    recorder = null;
    active.onstop = () => {
      active.stream.getTracks().forEach((track) => track.stop());
      const blob = new Blob(chunks, { type: active.mimeType });
      chunks = [];
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.onerror = () => reject(failure('unavailable', reader.error));
      reader.readAsDataURL(blob);
    };
    active.stop();
  });
}

/** Stops a recording without keeping it. */
export function cancelRecording() {
  if (!recorder) return;
  const active = recorder;
  recorder = null;
  active.onstop = () => active.stream.getTracks().forEach((track) => track.stop());
  active.stop();
}

let playing = null;

/** Plays a sound (a data URL); a new sound stops the one before. */
export function playSound(url) {
  if (playing) playing.pause();
  playing = new Audio(url);
  return playing.play().catch(() => undefined);
}

/** GETs a URL and reads the answer with `read`, giving up after `timeoutMs`. */
async function get(url, timeoutMs, read, cache = 'default') {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetch(url, { signal: controller.signal, credentials: 'omit', cache });
    if (response.status === 404) throw failure('not-found');
    if (!response.ok) throw failure('http');
    return await read(response);
  } catch (error) {
    if (error && error.kind) throw error;
    throw failure(controller.signal.aborted ? 'timeout' : 'network', error);
  } finally {
    clearTimeout(timer);
  }
}

/** GETs a URL as text. */
export function fetchText(url, timeoutMs) {
  return get(url, timeoutMs, (response) => response.text());
}

/** GETs a file of this build as text, asking the server whether it changed (a page that the
 * service worker does not control yet must not read a copy older than its own code). */
export function fetchOwnText(url, timeoutMs) {
  return get(url, timeoutMs, (response) => response.text(), 'no-cache');
}

const PICTURE_TYPES = ['image/png', 'image/jpeg', 'image/webp'];

/** GETs a picture as a data URL: only PNG, JPEG or WebP, of at most `maxBytes`. */
export function fetchPicture(url, timeoutMs, maxBytes) {
  return get(url, timeoutMs, async (response) => {
    const blob = await response.blob();
    const type = (blob.type || '').split(';')[0].trim().toLowerCase();
    if (!PICTURE_TYPES.includes(type) || blob.size > maxBytes) throw failure('type');
    return new Promise((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.onerror = () => reject(failure('type', reader.error));
      reader.readAsDataURL(blob);
    });
  });
}

// Switch access (issue #25): public/scan-layer.js and the scanner's WebAssembly are fetched
// only here, when a person who scans opens person mode. Starts and stops keep their order.
let scanLayer = Promise.resolve(null);
let scanTurn = 0;

export function startScanning(root, access, lang, voice, rate, speak) {
  const turn = ++scanTurn;
  scanLayer = scanLayer
    .then(() => import(new URL('scan-layer.js', document.baseURI).href))
    .then(async (layer) => {
      if (turn === scanTurn) await layer.start(root, access, lang, voice, rate, speak);
      return layer;
    })
    .catch(() => null);
}

export function stopScanning() {
  scanTurn += 1;
  scanLayer = scanLayer
    .then((layer) => {
      if (layer) layer.stop();
      return layer;
    })
    .catch(() => null);
}
