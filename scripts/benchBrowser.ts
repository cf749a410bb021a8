// Click-to-paint latency in headless Chromium on the production build (`npm run build`
// first; `npm run bench` does both). For each case, a real mouse press on an input pixel is
// timed from the event's timestamp to just after the next painted frame: a
// requestAnimationFrame callback runs before the paint, and a message posted from it is
// delivered after the paint. A trace of further presses gives the main thread's work per press
// (its tasks' wall time) and its CPU time (their thread time, which leaves out what a shared
// virtual machine's host took: the steadier figure there).
import { chromium, type Page } from '@playwright/test';
import { spawn } from 'node:child_process';
import { encodeLink, inputPreset, kernelPreset, KERNEL_PRESETS, seedState } from '../src/state';
import { CHROMIUM_ARGS, chromiumPath } from '../test/e2e/chromium';
import { cpuPerPress, workPerPress } from './traceWork';

const PORT = 4190;
const WARMUP = 10;
const CLICKS = 60;
const TRACED = 30;

export interface BrowserCase {
  readonly label: string;
  /** Appended to the app's URL (a hash that sets up the case); '' for the seed. */
  readonly hash: string;
  /** A page of its own instead of the app (the floor row). */
  readonly html?: string;
}

/**
 * The floor: a page whose press only changes one number, measured the same way. What it
 * costs is the browser's and the harness's share of every row (the press's hit tests and
 * dispatch, a frame, its commit) on this machine, with none of the app's work in it.
 */
const FLOOR_HTML =
  '<!doctype html><div data-map="input" style="width:300px;height:300px;background:#ccc"></div>' +
  '<p id="n">0</p><script>let n = 0; document.querySelector("[data-map]").addEventListener(' +
  '"pointerdown", () => { document.getElementById("n").textContent = String(++n); });</script>';

/** A link to an X of the given size with the first `kernels` kernel presets. */
function caseHash(size: number, kernels: number): string {
  const state = seedState();
  return encodeLink({
    ...state,
    input: inputPreset('x', size, size),
    kernels: KERNEL_PRESETS.slice(0, kernels).map(kernelPreset),
  });
}

const CASES: BrowserCase[] = [
  { label: 'an empty page (the floor)', hash: '', html: FLOOR_HTML },
  { label: '9x9, 3 kernels (the seed)', hash: '' },
  { label: '32x32, 8 kernels', hash: caseHash(32, 8) },
  { label: '64x64, 8 kernels', hash: caseHash(64, 8) },
];

async function installProbe(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __latencies: number[]; __work: number[]; __script: number[] };
    w.__latencies = [];
    w.__work = [];
    w.__script = [];
    let pressed = 0;
    addEventListener(
      'pointerdown',
      (e) => {
        const t0 = e.timeStamp;
        pressed = performance.now();
        // The first DOM change after the click: React has rendered and the maps are updated.
        const observer = new MutationObserver(() => {
          w.__work.push(performance.now() - t0);
          observer.disconnect();
        });
        observer.observe(document.body, { subtree: true, attributes: true, childList: true });
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => w.__latencies.push(performance.now() - t0);
          channel.port2.postMessage(0);
        });
      },
      true,
    );
    // The page's own script for the press: its handlers, the store's listeners (the maps and
    // the decision repaint there) and React's render and commit all run inside the event,
    // between this capturing listener on window and the bubbling one below.
    addEventListener('pointerdown', () => w.__script.push(performance.now() - pressed));
  });
}

/** Presses pixels of the input `count` times, the pointer arriving a frame before each press. */
async function press(page: Page, from: number, count: number): Promise<void> {
  const box = await page.locator('[data-map="input"]').boundingBox();
  if (!box) throw new Error('no input grid');
  for (let i = from; i < from + count; i++) {
    const x = box.x + box.width * (0.1 + 0.8 * ((i * 0.37) % 1));
    const y = box.y + box.height * (0.1 + 0.8 * ((i * 0.61) % 1));
    // The pointer arrives first (hovering explains the pixel), then presses: a user's
    // move and press land in different frames, so they are timed apart.
    await page.mouse.move(x, y);
    await page.evaluate(
      () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
    );
    await page.mouse.down();
    // Waited for here first: the polling below is a message to the page, and one that
    // arrives before the press's frame is painted would be timed as the page's own work.
    await new Promise((r) => setTimeout(r, 50));
    // Polled on a timer: the default polls in requestAnimationFrame, inside the frames timed.
    await page.waitForFunction(
      (n) => (window as unknown as { __latencies: number[] }).__latencies.length > n,
      i,
      { polling: 10 },
    );
    // Released once the press's frame is painted, as a finger lifts tens of milliseconds
    // later: the release's own handling is not part of the press's recompute and repaint.
    await page.mouse.up();
  }
}

async function measure(
  page: Page,
  c: BrowserCase,
): Promise<[number[], number[], number[], number[], number[]]> {
  await page.goto(`http://127.0.0.1:${PORT}/${c.hash}`);
  await page.evaluate(() => localStorage.clear());
  if (c.html) await page.setContent(c.html);
  await page.waitForSelector('[data-map="input"]');
  await installProbe(page);
  await press(page, 0, WARMUP + CLICKS);
  // Traced apart: tracing slows the browser a little, so it does not touch the latencies.
  const browser = page.context().browser()!;
  await browser.startTracing(page, {
    categories: ['devtools.timeline', 'toplevel', 'cc', 'benchmark'],
  });
  await press(page, WARMUP + CLICKS, TRACED);
  const traceJson = (await browser.stopTracing()).toString();
  const work = workPerPress(traceJson);
  const cpu = cpuPerPress(traceJson);
  const all = await page.evaluate(() => {
    const w = window as unknown as { __latencies: number[]; __work: number[]; __script: number[] };
    return { __latencies: w.__latencies, __work: w.__work, __script: w.__script };
  });
  return [
    all.__latencies.slice(WARMUP, WARMUP + CLICKS),
    all.__work.slice(WARMUP, WARMUP + CLICKS),
    work,
    all.__script.slice(WARMUP, WARMUP + CLICKS),
    cpu,
  ];
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const p90 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.9)]!;

// In a process group of its own, so that stopping it also stops the server npx starts.
const server = spawn(
  'npx',
  ['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'],
  { stdio: 'ignore', detached: true },
);
try {
  await new Promise((r) => setTimeout(r, 1500));
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  console.log(
    '\n| Chromium, production build | click to painted frame, median (ms) | p90 (ms) | click to DOM updated, median (ms) | main-thread work per click, median (ms) | p90 (ms) | main-thread CPU per click, median (ms) | script in the press, median (ms) |',
  );
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const c of CASES) {
    const [frame, dom, work, script, cpu] = await measure(page, c);
    const ms = (x: number) => x.toFixed(1);
    console.log(
      `| ${c.label} | ${ms(median(frame))} | ${ms(p90(frame))} | ${ms(median(dom))} | ${ms(median(work))} | ${ms(p90(work))} | ${ms(median(cpu))} | ${ms(median(script))} |`,
    );
  }
  await browser.close();
} finally {
  try {
    if (server.pid) process.kill(-server.pid);
  } catch {
    // Already gone: nothing to stop.
  }
}
