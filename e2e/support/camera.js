// Chromium's fake camera for the specs that read a QR code with a second browser
// (qr.spec.js: a person's settings; team-camera.spec.js: joining a team): a screenshot of
// the code becomes a Y4M video that the other browser's camera plays in a loop.
import { chromium } from '@playwright/test';
import { PNG } from 'pngjs';
import { CHROMIUM_ARGS } from '../playwright.config.js';
import { Pictokit } from './pictokit.js';

/** The fake camera's picture size (4:3, like a tablet's camera). */
export const FRAME = { width: 960, height: 720 };

/** A grey picture: width, height and one byte per pixel. */
export function grey(width, height) {
  return { width, height, data: new Uint8Array(width * height).fill(255) };
}

/** Luma of a PNG file. */
export function pngLuma(buffer) {
  const png = PNG.sync.read(buffer);
  const out = grey(png.width, png.height);
  for (let i = 0; i < out.data.length; i += 1) {
    const [r, g, b, a] = png.data.subarray(i * 4, i * 4 + 4);
    const y = (r * 77 + g * 150 + b * 29) >> 8;
    out.data[i] = Math.round((y * a + 255 * (255 - a)) / 255);
  }
  return out;
}

/** A Y4M video (two still frames, 4:2:0) with `picture` in the middle of a white frame,
 * scaled down to at most 600 px: what Chromium's fake camera plays in a loop. */
export function y4m(picture) {
  const { width, height } = FRAME;
  const scale = Math.min(1, 600 / Math.max(picture.width, picture.height));
  const w = Math.floor(picture.width * scale);
  const h = Math.floor(picture.height * scale);
  const left = Math.floor((width - w) / 2);
  const top = Math.floor((height - h) / 2);
  const luma = new Uint8Array(width * height).fill(255);
  for (let y = 0; y < h; y += 1) {
    for (let x = 0; x < w; x += 1) {
      luma[(top + y) * width + left + x] = picture.data[Math.floor(y / scale) * picture.width + Math.floor(x / scale)];
    }
  }
  const chroma = new Uint8Array((width / 2) * (height / 2)).fill(128);
  const frame = Buffer.concat([Buffer.from('FRAME\n'), luma, chroma, chroma]);
  return Buffer.concat([Buffer.from(`YUV4MPEG2 W${width} H${height} F5:1 Ip A1:1 C420jpeg\n`), frame, frame]);
}

/** Another browser with its own user-data-dir, whose camera plays `video`, checked for page
 * errors and CSP violations like the main one. */
export async function deviceWithCamera(testInfo, dir, video) {
  const { viewport, hasTouch, isMobile, deviceScaleFactor, baseURL, locale } = testInfo.project.use;
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: '/usr/bin/chromium',
    args: [...CHROMIUM_ARGS, `--use-file-for-fake-video-capture=${video}`],
    viewport, hasTouch, isMobile, deviceScaleFactor, baseURL, locale,
  });
  const page = context.pages()[0] ?? await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => { if (message.type() === 'error') problems.push(message.text()); });
  return { context, page, problems, app: new Pictokit(page) };
}
