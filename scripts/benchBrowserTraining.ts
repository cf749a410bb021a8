// The page's training speed in headless Chromium on the production build (`npm run build`
// first; `npm run bench` does both), against the same run in Node: examples per second while
// the page plays (the worker's steps, with the maps and decision repainted from its reports),
// the page's updates a second, its frame rate meanwhile (requestAnimationFrame over the
// window), and the time from "Learn from scratch" + "Train" to 90 % on the test set.
//
// Like with like: Node runs the page's own run (createRun on the network decisionNetwork makes
// of the same state, from the same fresh weights with the same settings, so the same examples
// in the same batches), and the settings the page shows are checked to be those. So does the
// core alone in a bare worker of the same Chromium (no reports, no page to update), which
// parts the engine's speed from what the page costs. Each round times Node and the bare worker
// for half a window each, the page for a window, then the bare worker and Node again, after
// the same warm-up, so that a change in the machine's load weighs on all alike; the table gives
// the medians over the rounds, a ratio being the median of the rounds' ratios. Examples, not
// steps: the last batch of an epoch is smaller.
import { chromium, type Page } from '@playwright/test';
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { encodeLink } from '../src/state';
import type { TrainSettings } from '../src/train/trainSettings';
import { CHROMIUM_ARGS, chromiumPath } from '../test/e2e/chromium';
import {
  examplesIn,
  SCRATCH_SETTINGS,
  scratchRun,
  TRAINING_CASES,
  type TrainingCase,
} from './benchTrainingCases';

const PORT = 4191;
/** The timed window of each measurement, after WARM_MS of training. */
const SECONDS = 5;
const WARM_MS = 500;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const HALF = (SECONDS * 1000) / 2;

interface Timed {
  readonly examples: number;
  readonly ms: number;
}
const perSecond = (...t: Timed[]): number =>
  (t.reduce((s, x) => s + x.examples, 0) * 1000) / t.reduce((s, x) => s + x.ms, 0);

/** The page's settings fields that are shown, to check they are those Node trains with. */
async function checkSettings(page: Page): Promise<void> {
  const differ: string[] = [];
  for (const name of ['optimizer', 'learns', 'learningRate', 'batchSize', 'weightDecay', 'seed']) {
    const field = page.locator(`[data-train-field="${name}"]`).first();
    if ((await field.count()) === 0) continue;
    const shown = await field.inputValue();
    const want = SCRATCH_SETTINGS[name as keyof TrainSettings];
    if (typeof want === 'number' ? Number(shown) !== want : shown !== want) {
      differ.push(`${name}: the page's ${shown}, Node's ${String(want)}`);
    }
  }
  if (differ.length > 0) throw new Error(`not the same settings: ${differ.join('; ')}`);
}

interface PageFigures {
  /** Examples per second over the window. */
  readonly perSecond: number;
  /** Reports shown a second (data-step changes). */
  readonly updates: number;
  readonly fps: number;
  readonly medianFrame: number;
  /** Seconds from the press of Train to a test accuracy of 90 %; -1 when not reached. */
  readonly t90: number;
  /** The share of the time the page's main thread ran tasks while it played (0..1). */
  readonly busy: number;
}

/** A fresh page of case `c`, with the bare worker started on the same case. */
async function open(page: Page, c: TrainingCase, bare: string): Promise<void> {
  const hash = c === TRAINING_CASES[0] ? '' : encodeLink(c.state);
  // A new document each time (a link differing only in its hash would keep the old one).
  await page.goto('about:blank');
  await page.goto(`http://127.0.0.1:${PORT}/`);
  await page.evaluate(() => localStorage.clear());
  await page.goto('about:blank');
  await page.goto(`http://127.0.0.1:${PORT}/${hash}`);
  await page.waitForSelector('[data-training]');
  await page.evaluate(
    ([code, start, warmMs]) => {
      const w = window as unknown as { __bare: (m: object) => Promise<unknown> };
      const worker = new Worker(URL.createObjectURL(new Blob([code], { type: 'text/javascript' })));
      w.__bare = (message) =>
        new Promise((resolve) => {
          worker.onmessage = (e) => resolve(e.data);
          worker.postMessage(message);
        });
      return w.__bare({ start, warmMs });
    },
    [bare, TRAINING_CASES.indexOf(c), WARM_MS] as const,
  );
}

const bareTime = (page: Page, ms: number): Promise<Timed> =>
  page.evaluate(
    (ms) => (window as unknown as { __bare: (m: object) => Promise<Timed> }).__bare({ ms }),
    ms,
  );

/** The page playing case `c` from scratch (open first), and its figures. */
async function playPage(page: Page, count: number): Promise<PageFigures> {
  await page.locator('[data-action="train-from-scratch"]').click();
  await page.waitForSelector('[data-training][data-test-accuracy]:not([data-test-accuracy=""])');
  await checkSettings(page);
  // Every shown step with its time, and the time to 90 %, from the press of Train.
  await page.evaluate(() => {
    const w = window as unknown as { __t90: number; __t0: number; __steps: number[][] };
    const el = document.querySelector('[data-training]')!;
    w.__t90 = -1;
    w.__steps = [];
    let last = -1;
    new MutationObserver(() => {
      const now = performance.now();
      if (w.__t90 < 0 && Number(el.getAttribute('data-test-accuracy')) >= 0.9) {
        w.__t90 = now - w.__t0;
      }
      const step = Number(el.getAttribute('data-step'));
      if (step !== last) w.__steps.push([now, step]);
      last = step;
    }).observe(el, { attributes: true });
    addEventListener('pointerdown', () => (w.__t0 = performance.now()), {
      capture: true,
      once: true,
    });
  });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const taskSeconds = async (): Promise<number> =>
    (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')!
      .value;
  await page.locator('[data-action="train"]').click();
  const busy0 = await taskSeconds();
  const wall0 = Date.now();
  // A string: tsx would wrap the named callback in a helper the page does not have.
  const { frames, from, to } = (await page.evaluate(`new Promise((resolve) => {
    const from = performance.now() + ${WARM_MS};
    const to = from + ${SECONDS * 1000};
    const frames = [];
    const frame = (t) => {
      if (t >= from) frames.push(t);
      if (t < to) requestAnimationFrame(frame);
      else resolve({ frames, from, to });
    };
    requestAnimationFrame(frame);
  })`)) as { frames: number[]; from: number; to: number };
  const busy = ((await taskSeconds()) - busy0) / ((Date.now() - wall0) / 1000);
  await cdp.detach();
  await page.locator('[data-action="train"]').click();
  await page.waitForSelector('[data-training][data-running="false"]');
  const { steps, t90 } = await page.evaluate(() => {
    const w = window as unknown as { __t90: number; __steps: number[][] };
    return { steps: w.__steps, t90: w.__t90 };
  });
  const inWindow = steps.filter(([t]) => t! >= from && t! <= to);
  const [ta, sa] = inWindow[0]!;
  const [tb, sb] = inWindow.at(-1)!;
  const batch = SCRATCH_SETTINGS.batchSize;
  const intervals = frames.slice(1).map((t, i) => t - frames[i]!);
  return {
    perSecond: perSecond({
      examples: examplesIn(sb!, count, batch) - examplesIn(sa!, count, batch),
      ms: tb! - ta!,
    }),
    updates: ((inWindow.length - 1) * 1000) / (tb! - ta!),
    fps: (intervals.length * 1000) / (frames.at(-1)! - frames[0]!),
    medianFrame: median(intervals),
    t90: t90 < 0 ? -1 : t90 / 1000,
    busy,
  };
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const thousands = (v: number): string => Math.round(v).toLocaleString('en-US');
const ratioCell = (r: number[]): string =>
  `${median(r).toFixed(2)} (${Math.min(...r).toFixed(2)}-${Math.max(...r).toFixed(2)})`;

const bare = (
  await build({
    entryPoints: [join(dirname(fileURLToPath(import.meta.url)), 'benchTrainingWorker.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'warning',
  })
).outputFiles[0]!.text;

// In a process group of its own, so that stopping it also stops the server npx starts.
const server = spawn(
  'npx',
  [
    'vite',
    'preview',
    '--host',
    '127.0.0.1',
    '--port',
    String(PORT),
    '--strictPort',
    // Another build to compare (BENCH_DIST=dir), else dist/.
    ...(process.env.BENCH_DIST ? ['--outDir', process.env.BENCH_DIST] : []),
  ],
  { stdio: 'ignore', detached: true },
);
try {
  await new Promise((r) => setTimeout(r, 1500));
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  const rows: string[] = [];
  for (const c of TRAINING_CASES) {
    const node: number[] = [];
    const worker: number[] = [];
    const got: PageFigures[] = [];
    for (let r = 0; r < ROUNDS; r++) {
      await open(page, c, bare);
      const n = scratchRun(c, WARM_MS);
      const n1 = n.time(HALF);
      const w1 = await bareTime(page, HALF);
      const p = await playPage(page, n.count);
      const w2 = await bareTime(page, HALF);
      const n2 = n.time(HALF);
      node.push(perSecond(n1, n2));
      worker.push(perSecond(w1, w2));
      got.push(p);
      console.error(
        `${c.label}, round ${r + 1}: page ${thousands(p.perSecond)} ex/s, bare worker ${thousands(worker.at(-1)!)}, Node ${thousands(node.at(-1)!)}; page / Node ${(p.perSecond / node.at(-1)!).toFixed(3)}; ${p.updates.toFixed(1)} updates/s, main thread busy ${(100 * p.busy).toFixed(0)} %`,
      );
    }
    const t90 = median(got.map((p) => p.t90));
    rows.push(
      `| ${c.label} | ${SCRATCH_SETTINGS.batchSize} | ${thousands(median(got.map((p) => p.perSecond)))} | ${thousands(median(node))} | ${ratioCell(got.map((p, i) => p.perSecond / node[i]!))} | ${thousands(median(worker))} | ${ratioCell(got.map((p, i) => p.perSecond / worker[i]!))} | ${median(got.map((p) => p.updates)).toFixed(1)} | ${(100 * median(got.map((p) => p.busy))).toFixed(0)} % | ${median(got.map((p) => p.fps)).toFixed(1)} | ${median(got.map((p) => p.medianFrame)).toFixed(1)} | ${t90 < 0 ? 'not reached' : t90.toFixed(2)} |`,
    );
  }
  console.log(
    `\n| Training, Chromium, medians of ${ROUNDS} rounds | batch | page examples/s | Node examples/s | page / Node (range) | bare worker examples/s | page / bare worker (range) | page updates/s | page's main thread busy | frames/s while training | median frame (ms) | scratch to 90 % test (s) |`,
  );
  console.log(
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  );
  for (const row of rows) console.log(row);
  await browser.close();
} finally {
  try {
    if (server.pid) process.kill(-server.pid);
  } catch {
    // Already gone: nothing to stop.
  }
}
