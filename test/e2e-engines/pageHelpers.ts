// What the engine lanes' scenarios share: the context they run in, opening a fresh page,
// waiting, reading maps and the decision from the DOM, real pointer clicks, and checks.
import assert from 'node:assert/strict';
import { fromRows, runPipeline, SEED_CONFIG, SEED_KERNELS } from '../../src/core';
import type { Driver } from './driver';

export interface Context {
  readonly driver: Driver;
  /** The production build's address, ending in '/'. */
  readonly base: string;
  /** The offline single file, as a file:// URL. */
  readonly offline: string;
}

export interface Scenario {
  readonly name: string;
  run(c: Context): Promise<void>;
}

/** Collects console errors and warnings and uncaught errors from the moment it runs. */
export const ERROR_PROBE = `() => {
  const w = window;
  if (w.__engineErrors) return;
  w.__engineErrors = [];
  for (const kind of ['error', 'warn']) {
    const original = console[kind].bind(console);
    console[kind] = (...a) => { w.__engineErrors.push(kind + ': ' + a.map(String).join(' ')); original(...a); };
  }
  addEventListener('error', (e) => w.__engineErrors.push('error: ' + e.message));
  addEventListener('unhandledrejection', (e) => w.__engineErrors.push('rejection: ' + String(e.reason)));
}`;

/** Opens a URL on a fresh page: nothing saved in the browser, the seed unless the URL says. */
export async function open(c: Context, url: string): Promise<void> {
  const { driver } = c;
  await driver.goto('about:blank');
  await driver.goto(url);
  // The page before may have saved its work on the way out: clear it, then load afresh.
  await driver.evaluate('() => { try { localStorage.clear(); } catch {} }');
  await driver.goto('about:blank');
  await driver.goto(url);
  await waitFor(driver, '() => !!document.querySelector(\'[data-map="input"] [data-value]\')');
  await driver.evaluate(ERROR_PROBE);
}

/** Polls a predicate (a function source) in the page until it is true. */
export async function waitFor(driver: Driver, predicate: string, ...args: unknown[]) {
  const until = Date.now() + 10_000;
  while (!(await driver.evaluate<boolean>(predicate, ...args))) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${predicate}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** Every console error or page error seen so far, by the driver and in the page. */
export async function pageErrors(driver: Driver): Promise<string[]> {
  const inPage = await driver.evaluate<string[]>('() => window.__engineErrors ?? []');
  return [...driver.driverErrors(), ...inPage];
}

/** The full-precision values of a map's cells, row-major. */
export function readMap(driver: Driver, map: string): Promise<number[]> {
  return driver.evaluate(
    `(m) => [...document.querySelectorAll('[data-map="' + m + '"] [data-value]')].map((c) => Number(c.dataset.value))`,
    map,
  );
}

/** Every map on the page, by id. */
export function readAllMaps(driver: Driver): Promise<Record<string, number[]>> {
  return driver.evaluate(`() => {
    const maps = {};
    for (const el of document.querySelectorAll('[data-map]')) {
      maps[el.dataset.map] = [...el.querySelectorAll('[data-value]')].map((c) => Number(c.dataset.value));
    }
    return maps;
  }`);
}

/** The centre of a cell of a map, in viewport coordinates. */
export async function cellCentre(
  driver: Driver,
  map: string,
  index: number,
): Promise<[number, number]> {
  const centre = await driver.evaluate<[number, number] | null>(
    `(m, i) => {
      const el = document.querySelector('[data-map="' + m + '"] [data-index="' + i + '"]');
      if (!el) return null;
      el.scrollIntoView({ block: 'nearest' });
      const r = el.getBoundingClientRect();
      return [r.x + r.width / 2, r.y + r.height / 2];
    }`,
    map,
    index,
  );
  if (!centre) throw new Error(`no cell ${index} in ${map}`);
  return centre;
}

export async function click(driver: Driver, map: string, index: number) {
  const [x, y] = await cellCentre(driver, map, index);
  await driver.mouseMove(x, y);
  await driver.mouseDown();
  await driver.mouseUp();
}

export function assertClose(actual: number[], expected: number[], label: string) {
  assert.equal(actual.length, expected.length, `${label}: cell count`);
  actual.forEach((v, i) =>
    assert.ok(
      Math.abs(v - expected[i]!) <= 1e-12,
      `${label}[${i}] = ${v}, expected ${expected[i]}`,
    ),
  );
}

/** Every map on the page equals the core's result for the page's own input (seed kernels). */
export async function assertMapsMatchCore(driver: Driver, size = 9) {
  const values = await readMap(driver, 'input');
  const input = fromRows(
    Array.from({ length: size }, (_, r) => values.slice(r * size, (r + 1) * size)),
  );
  const results = runPipeline(input, SEED_KERNELS, SEED_CONFIG);
  for (let k = 0; k < results.length; k++) {
    const r = results[k]!;
    assertClose(await readMap(driver, `conv-${k}`), Array.from(r.feature.map!.data), `conv-${k}`);
    assertClose(await readMap(driver, `pool-${k}`), Array.from(r.pooled.map!.data), `pool-${k}`);
    assertClose(await readMap(driver, `relu-${k}`), Array.from(r.activated.map!.data), `relu-${k}`);
  }
}

export const flat = (rows: number[][]) => rows.flat();

/** The decision's winner and each class's probability, in the page's class order. */
export function readDecision(
  driver: Driver,
): Promise<{ winner: string; shares: [string, number][] }> {
  return driver.evaluate(`() => {
    const el = document.querySelector('[data-decision]');
    return {
      winner: el ? el.dataset.winner : null,
      shares: [...document.querySelectorAll('[data-decision] [data-class]')].map((c) => [
        c.dataset.class,
        Number(c.dataset.probability),
      ]),
    };
  }`);
}

export function assertShares(shares: [string, number][], expected: Float64Array, label: string) {
  assert.deepEqual(
    shares.map(([name]) => name),
    ['X', 'O'],
    `${label}: classes`,
  );
  assertClose(
    shares.map(([, p]) => p),
    Array.from(expected),
    `${label}: probabilities`,
  );
}
