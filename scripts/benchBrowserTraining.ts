// The page's training speed in headless Chromium on the production build (`npm run build`
// first; `npm run bench` does both), against the same runs in Node: steps and pictures per
// second while the page plays (the worker's steps, the maps and decision repainted with every
// report), the page's frame rate meanwhile (requestAnimationFrame over 5 s), and the time from
// "Learn from scratch" + "Train" to 90 % on the test set.
import { chromium, type Page } from '@playwright/test';
import { spawn } from 'node:child_process';
import { encodeLink, inputPreset, seedState, type AppState } from '../src/state';
import { defaultBlock } from '../src/state/block';
import { decisionNetwork } from '../src/state/decisionNetwork';
import { createRun, freshNetwork } from '../src/train/trainRun';
import { DEFAULT_TRAIN_SETTINGS } from '../src/train/trainSettings';
import { CHROMIUM_ARGS, chromiumPath } from '../test/e2e/chromium';

const PORT = 4191;
const SECONDS = 5;

interface Case {
  readonly label: string;
  readonly state: AppState;
}

const CASES: Case[] = [
  { label: 'the seed network, 9x9', state: seedState() },
  {
    label: 'two blocks, 28x28',
    state: { ...seedState(), input: inputPreset('x', 28, 28), blocks: [defaultBlock(3)] },
  },
];

/** Steps per second of the core in Node, the page's run from scratch, for `SECONDS`. */
function nodeSteps(state: AppState): number {
  const made = decisionNetwork(state);
  if ('problem' in made) throw new Error('no network');
  const conv = made.blocks.map((b) => b.conv);
  const settings = { ...DEFAULT_TRAIN_SETTINGS, learns: 'all' as const };
  const run = createRun(freshNetwork(made.network, settings.seed, conv), settings, conv)!;
  const t0 = performance.now();
  let steps = 0;
  while (performance.now() - t0 < SECONDS * 1000) {
    run.step();
    steps += 1;
  }
  return (steps * 1000) / (performance.now() - t0);
}

const step = (page: Page) =>
  page.locator('[data-training]').evaluate((el) => Number(el.getAttribute('data-step')));

async function measure(page: Page, c: Case) {
  const hash = c.state === CASES[0]!.state ? '' : encodeLink(c.state);
  await page.goto(`http://127.0.0.1:${PORT}/${hash}`);
  await page.evaluate(() => localStorage.clear());
  await page.waitForSelector('[data-training]');
  await page.locator('[data-action="train-from-scratch"]').click();
  await page.waitForSelector('[data-training][data-test-accuracy]:not([data-test-accuracy=""])');
  // The time to 90 %, from the press of Train to the report that shows it.
  await page.evaluate(() => {
    const w = window as unknown as { __t90: number; __t0: number; __frames: number[] };
    const el = document.querySelector('[data-training]')!;
    w.__t90 = -1;
    w.__frames = [];
    new MutationObserver(() => {
      if (w.__t90 < 0 && Number(el.getAttribute('data-test-accuracy')) >= 0.9) {
        w.__t90 = performance.now() - w.__t0;
      }
    }).observe(el, { attributes: true });
    addEventListener('pointerdown', () => (w.__t0 = performance.now()), {
      capture: true,
      once: true,
    });
  });
  await page.locator('[data-action="train"]').click();
  await page.waitForTimeout(500);
  const s0 = await step(page);
  const t0 = Date.now();
  // A string: tsx would wrap the named callback in a helper the page does not have.
  await page.evaluate(`new Promise((resolve) => {
    const end = performance.now() + ${SECONDS * 1000};
    const frame = (t) => {
      window.__frames.push(t);
      if (t < end) requestAnimationFrame(frame);
      else resolve();
    };
    requestAnimationFrame(frame);
  })`);
  const steps = ((await step(page)) - s0) / ((Date.now() - t0) / 1000);
  await page.locator('[data-action="train"]').click();
  const { frames, t90 } = await page.evaluate(() => {
    const w = window as unknown as { __t90: number; __frames: number[] };
    return { frames: w.__frames, t90: w.__t90 };
  });
  const intervals = frames.slice(1).map((t, i) => t - frames[i]!);
  const median = [...intervals].sort((a, b) => a - b)[Math.floor(intervals.length / 2)]!;
  const fps = (intervals.length * 1000) / (frames.at(-1)! - frames[0]!);
  return { steps, fps, median, t90 };
}

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
  const batch = DEFAULT_TRAIN_SETTINGS.batchSize;
  console.log(
    `\n| Training, Chromium, batch ${batch} | page steps/s | page pictures/s | Node steps/s | page / Node | frames/s while training | median frame (ms) | scratch to 90 % test (s) |`,
  );
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const c of CASES) {
    const node = nodeSteps(c.state);
    const m = await measure(page, c);
    console.log(
      `| ${c.label} | ${m.steps.toFixed(0)} | ${(m.steps * batch).toFixed(0)} | ${node.toFixed(0)} | ${((100 * m.steps) / node).toFixed(0)} % | ${m.fps.toFixed(1)} | ${m.median.toFixed(1)} | ${m.t90 < 0 ? 'not reached' : (m.t90 / 1000).toFixed(2)} |`,
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
