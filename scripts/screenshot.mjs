// Screenshots of the production build in headless Chromium, for looking at the app:
//   npm run build && node scripts/screenshot.mjs [out-dir] [url-suffix]
// Writes <out-dir>/shot-<width>x<height>.png for a projector, a large screen and a phone.
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';

const out = process.argv[2] ?? 'tmp/screens';
const suffix = process.argv[3] ?? '';
const sizes = [
  [1280, 720],
  [1920, 1080],
  [390, 844],
];
mkdirSync(out, { recursive: true });
const server = spawn(
  'npx',
  ['vite', 'preview', '--host', '127.0.0.1', '--port', '4180', '--strictPort'],
  // In a process group of its own, so that stopping it also stops the server npx starts.
  { stdio: 'ignore', detached: true },
);
await new Promise((r) => setTimeout(r, 1500));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
try {
  for (const [width, height] of sizes) {
    const page = await browser.newPage({ viewport: { width, height } });
    await page.goto(`http://127.0.0.1:4180/${suffix}`);
    await page.waitForSelector('[data-map="input"]');
    await page.screenshot({ path: `${out}/shot-${width}x${height}.png`, fullPage: width < 500 });
    await page.close();
  }
} finally {
  await browser.close();
  try {
    process.kill(-server.pid);
  } catch {
    // Already gone.
  }
}
