// Click-to-DOM-updated latency in Firefox ESR and WebKitGTK on the production build
// (`npm run build` first), measured as scripts/benchBrowser.ts does in Chromium: the pointer
// arrives on a pixel of the seed's 9x9 input, two frames pass, then it presses; the time from
// the press event's timestamp to the first DOM change after it (the app's recompute and
// render), median and p90 of 60 presses after 10 warm-up ones. The button is released after
// the press's frame. Then the page's training speed (see trainingSpeed). Usage: `tsx scripts/benchEngines.ts [firefox] [webkit]` (default both).
import { spawn } from 'node:child_process';
import { launch, type Driver, type EngineName } from '../test/e2e-engines/driver';

const PORT = 4191;
const WARMUP = 10;
const CLICKS = 60;

const PROBE = `() => {
  const w = window;
  w.__dom = [];
  w.__frames = [];
  addEventListener('pointerdown', (e) => {
    const t0 = e.timeStamp;
    const observer = new MutationObserver(() => {
      w.__dom.push(performance.now() - t0);
      observer.disconnect();
    });
    observer.observe(document.body, { subtree: true, attributes: true, childList: true });
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => w.__frames.push(performance.now() - t0);
      channel.port2.postMessage(0);
    });
  }, true);
}`;

async function measure(driver: Driver): Promise<{ dom: number[]; frame: number[] }> {
  await driver.setViewport(1280, 720);
  await driver.goto('about:blank');
  await driver.goto(`http://127.0.0.1:${PORT}/`);
  await driver.evaluate('() => localStorage.clear()');
  await driver.goto('about:blank');
  await driver.goto(`http://127.0.0.1:${PORT}/`);
  await driver.evaluate(PROBE);
  for (let i = 0; i < WARMUP + CLICKS; i++) {
    // Measured before each press: the page may still settle (fonts, notices) after load.
    const box = await driver.evaluate<{ x: number; y: number; width: number; height: number }>(
      `() => { const r = document.querySelector('[data-map="input"]').getBoundingClientRect();
        return { x: r.x, y: r.y, width: r.width, height: r.height }; }`,
    );
    await driver.mouseMove(
      box.x + box.width * (0.1 + 0.8 * ((i * 0.37) % 1)),
      box.y + box.height * (0.1 + 0.8 * ((i * 0.61) % 1)),
    );
    await driver.evaluate(
      '() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))',
    );
    await driver.mouseDown();
    const until = Date.now() + 10_000;
    while (
      !(await driver.evaluate<boolean>(
        '(n) => window.__frames.length > n && window.__dom.length > n',
        i,
      ))
    ) {
      if (Date.now() > until) throw new Error(`press ${i} changed nothing on the page`);
      await new Promise((r) => setTimeout(r, 10));
    }
    await driver.mouseUp();
  }
  const all = await driver.evaluate<{ dom: number[]; frame: number[] }>(
    '() => ({ dom: window.__dom, frame: window.__frames })',
  );
  return {
    dom: all.dom.slice(WARMUP, WARMUP + CLICKS),
    frame: all.frame.slice(WARMUP, WARMUP + CLICKS),
  };
}

/**
 * The page's training speed: "Learn from scratch" on the seed network (batch 16, the page's
 * worker), then its steps over 4 seconds after 1 second of warm-up, from `[data-training]`'s
 * data-step, as pictures per second.
 */
async function trainingSpeed(driver: Driver): Promise<{ steps: number; pictures: number }> {
  await driver.goto(`http://127.0.0.1:${PORT}/`);
  await driver.evaluate(
    `() => document.querySelector('[data-action="train-from-scratch"]').click()`,
  );
  await driver.evaluate(`() => document.querySelector('[data-action="train"]').click()`);
  const read = () =>
    driver.evaluate<[number, number]>(
      `() => [Number(document.querySelector('[data-training]').dataset.step), performance.now()]`,
    );
  await new Promise((r) => setTimeout(r, 1000));
  const [s0, t0] = await read();
  await new Promise((r) => setTimeout(r, 4000));
  const [s1, t1] = await read();
  await driver.evaluate(`() => document.querySelector('[data-action="train"]').click()`);
  const steps = ((s1 - s0) * 1000) / (t1 - t0);
  return { steps, pictures: steps * 16 };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const p90 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.9)]!;

const asked = process.argv.slice(2) as EngineName[];
const engines: EngineName[] = asked.length > 0 ? asked : ['firefox', 'webkit'];
// In a process group of its own, so that stopping it also stops the server npx starts.
const server = spawn(
  'npx',
  ['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'],
  { stdio: 'ignore', detached: true },
);
try {
  await new Promise((r) => setTimeout(r, 1500));
  const rows: string[] = [];
  for (const engine of engines) {
    const driver = await launch(engine);
    try {
      const { dom, frame } = await measure(driver);
      const training = await trainingSpeed(driver);
      const ms = (x: number) => x.toFixed(1);
      rows.push(
        `| ${engine}, 9x9, 3 kernels (the seed) | ${ms(median(dom))} | ${ms(p90(dom))} | ${ms(median(frame))} | ${ms(p90(frame))} | ${Math.round(training.steps)} | ${Math.round(training.pictures)} |`,
      );
    } finally {
      await driver.close();
    }
  }
  console.log(
    '\n| engine, production build | click to DOM updated, median (ms) | p90 (ms) | click to painted frame, median (ms) | p90 (ms) | training steps/s (batch 16) | training pictures/s |',
  );
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const row of rows) console.log(row);
} finally {
  try {
    if (server.pid) process.kill(-server.pid);
  } catch {
    // Already gone: nothing to stop.
  }
}
