// Training (issue 12) in every engine the lanes run: the worker starts (also in the offline
// single file from file://), a step's loss is the core's within 1e-9, playing learns.
import assert from 'node:assert/strict';
import { seedState } from '../../src/state';
import { decisionNetwork } from '../../src/state/decisionNetwork';
import { createRun, freshNetwork } from '../../src/train/trainRun';
import { DEFAULT_TRAIN_SETTINGS } from '../../src/train/trainSettings';
import type { Driver } from './driver';
import { open, waitFor, type Scenario } from './pageHelpers';

/** A real mouse press on the centre of the element `selector`. */
async function press(driver: Driver, selector: string): Promise<void> {
  const [x, y] = await driver.evaluate<[number, number]>(
    `(s) => { const r = document.querySelector(s).getBoundingClientRect(); return [r.x + r.width / 2, r.y + r.height / 2]; }`,
    selector,
  );
  await driver.mouseMove(x, y);
  await driver.mouseDown();
  await driver.mouseUp();
}

const attribute = (driver: Driver, name: string) =>
  driver.evaluate<string>(
    `(n) => document.querySelector('[data-training]').getAttribute(n) ?? ''`,
    name,
  );

/** The page's losses of the first `steps` steps learning from scratch, by the core in Node. */
function coreLosses(steps: number): number[] {
  const made = decisionNetwork(seedState());
  if ('problem' in made) throw new Error('the seed makes no network');
  const conv = made.blocks.map((b) => b.conv);
  const settings = { ...DEFAULT_TRAIN_SETTINGS, learns: 'all' as const };
  const run = createRun(freshNetwork(made.network, settings.seed, conv), settings, conv)!;
  return Array.from({ length: steps }, () => run.step()!);
}

async function trains(c: Parameters<Scenario['run']>[0], url: string): Promise<void> {
  const { driver } = c;
  await open(c, url);
  await press(driver, '[data-action="train-from-scratch"]');
  await waitFor(
    driver,
    `() => document.querySelector('[data-training]').dataset.testAccuracy !== ''`,
  );
  for (let i = 1; i <= 5; i++) {
    await press(driver, '[data-action="train-step"]');
    await waitFor(
      driver,
      `() => document.querySelector('[data-training]').dataset.step === '${i}'`,
    );
  }
  const loss = Number(await attribute(driver, 'data-loss'));
  const core = coreLosses(5)[4]!;
  assert.ok(Math.abs(loss - core) <= 1e-9, `step 5 loss ${loss}, the core's ${core}`);
  await press(driver, '[data-action="train"]');
  await waitFor(
    driver,
    `() => document.querySelector('[data-training]').dataset.running === 'true'`,
  );
  await waitFor(
    driver,
    `() => Number(document.querySelector('[data-training]').dataset.testAccuracy) >= 0.9 && Number(document.querySelector('[data-training]').dataset.step) > 20`,
  );
  await press(driver, '[data-action="train"]');
  await waitFor(
    driver,
    `() => document.querySelector('[data-training]').dataset.running === 'false'`,
  );
  const stopped = await attribute(driver, 'data-step');
  await new Promise((r) => setTimeout(r, 300));
  assert.equal(await attribute(driver, 'data-step'), stopped);
  // Trained in the worker: no notice that it fell back to the page.
  assert.equal(
    await driver.evaluate<number>(`() => document.querySelectorAll('.train-message').length`),
    0,
  );
}

export const TRAINING_SCENARIOS: Scenario[] = [
  {
    name: "training learns in the worker: step 5's loss is the core's within 1e-9, playing reaches 90 % on the test set, pausing stops it",
    run: (c) => trains(c, c.base),
  },
  {
    name: 'the offline single file trains from file:// in its inlined worker',
    run: (c) => trains(c, c.offline),
  },
];
