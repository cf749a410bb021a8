// What differs between browser engines, checked the same way in every engine the lanes run
// (Firefox ESR, WebKitGTK). Chromium keeps the full Playwright suite in test/e2e/.
//
// Training (issue 12): trainingScenarios.ts.
import assert from 'node:assert/strict';
import {
  classify,
  convWindow,
  SEED_CONFIG,
  SEED_KERNELS,
  SEED_NETWORK,
  SEED_O,
  SEED_X,
  tensorFromMatrix,
} from '../../src/core';
import { decodeLink } from '../../src/state';
import golden from '../fixtures/golden.json' with { type: 'json' };
import {
  assertClose,
  assertMapsMatchCore,
  assertShares,
  cellCentre,
  click,
  flat,
  open,
  readAllMaps,
  readDecision,
  readMap,
  waitFor,
  type Scenario,
} from './pageHelpers';
import { TRAINING_SCENARIOS } from './trainingScenarios';

export { pageErrors, type Context, type Scenario } from './pageHelpers';

export const SCENARIOS: Scenario[] = [
  {
    name: "the network decides: the seed's X is X and the O preset is O, with the core's probabilities",
    async run(c) {
      await open(c, c.base);
      const { driver } = c;
      const x = await readDecision(driver);
      assert.equal(x.winner, 'X');
      assertShares(x.shares, classify(SEED_NETWORK, tensorFromMatrix(SEED_X)).probabilities, 'X');
      const [bx, by] = await driver.evaluate<[number, number]>(`() => {
        const r = document.querySelector('[data-preset="o"]').getBoundingClientRect();
        return [r.x + r.width / 2, r.y + r.height / 2];
      }`);
      await driver.mouseMove(bx, by);
      await driver.mouseDown();
      await driver.mouseUp();
      await waitFor(
        driver,
        `() => document.querySelector('[data-decision]').dataset.winner === 'O'`,
      );
      const o = await readDecision(driver);
      assertShares(o.shares, classify(SEED_NETWORK, tensorFromMatrix(SEED_O)).probabilities, 'O');
    },
  },
  {
    name: 'the page shows every number of the seed (golden.json)',
    async run(c) {
      await open(c, c.base);
      const { driver } = c;
      assert.deepEqual(await readMap(driver, 'input'), flat(golden.input));
      for (let k = 0; k < 3; k++) {
        assert.deepEqual(await readMap(driver, `kernel-${k}`), flat(golden.kernels[k]!));
        assertClose(await readMap(driver, `conv-${k}`), flat(golden.feature_maps[k]!), `conv-${k}`);
        assertClose(await readMap(driver, `pool-${k}`), flat(golden.pooled[k]!), `pool-${k}`);
        assertClose(await readMap(driver, `relu-${k}`), flat(golden.relu[k]!), `relu-${k}`);
      }
    },
  },
  {
    name: 'a click flips exactly one pixel and every map follows; a second click flips it back',
    async run(c) {
      await open(c, c.base);
      const { driver } = c;
      const before = await readMap(driver, 'input');
      await click(driver, 'input', 4 * 9 + 2);
      const after = await readMap(driver, 'input');
      assert.deepEqual(
        after.flatMap((v, i) => (v !== before[i] ? [i] : [])),
        [4 * 9 + 2],
      );
      assert.equal(after[4 * 9 + 2], 1);
      await assertMapsMatchCore(driver);
      await click(driver, 'input', 4 * 9 + 2);
      assert.deepEqual(await readMap(driver, 'input'), before);
    },
  },
  {
    name: 'a drag paints a stroke with the value of its first pixel',
    async run(c) {
      await open(c, c.base);
      const { driver } = c;
      const before = await readMap(driver, 'input');
      // Row 0 of the seed's X is all -1: the stroke draws +1 over the whole row.
      const [x0, y0] = await cellCentre(driver, 'input', 0);
      const [x1, y1] = await cellCentre(driver, 'input', 8);
      await driver.mouseMove(x0, y0);
      await driver.mouseDown();
      for (let s = 1; s <= 16; s++) {
        await driver.mouseMove(x0 + ((x1 - x0) * s) / 16, y0 + ((y1 - y0) * s) / 16);
      }
      await driver.mouseUp();
      const after = await readMap(driver, 'input');
      assert.deepEqual(after.slice(0, 9), Array(9).fill(1));
      assert.deepEqual(after.slice(9), before.slice(9));
      await assertMapsMatchCore(driver);
    },
  },
  {
    name: 'pointing at a feature-map cell explains it: receptive field, products, result',
    async run(c) {
      await open(c, c.base);
      const { driver } = c;
      const [k, r, col] = [1, 3, 3];
      const [x, y] = await cellCentre(driver, `conv-${k}`, r * 7 + col);
      await driver.mouseMove(x, y);
      const field = convWindow(r, col, SEED_KERNELS[k]!, SEED_X, SEED_CONFIG.conv).map(
        (p) => p.row * 9 + p.col,
      );
      const highlighted = (map: string) =>
        driver.evaluate<number[]>(
          `(m) => [...document.querySelectorAll('[data-map="' + m + '"] [data-highlighted="true"]')].map((e) => Number(e.dataset.index)).sort((a, b) => a - b)`,
          map,
        );
      await waitFor(
        driver,
        '() => document.querySelectorAll(".explain [data-product]").length === 9',
      );
      assert.deepEqual(
        await highlighted('input'),
        [...field].sort((a, b) => a - b),
      );
      assert.deepEqual(await highlighted(`kernel-${k}`), [0, 1, 2, 3, 4, 5, 6, 7, 8]);
      assert.deepEqual(await highlighted(`conv-${k}`), [r * 7 + col]);
      const products = await driver.evaluate<number[]>(
        '() => [...document.querySelectorAll(".explain [data-product]")].map((e) => Number(e.getAttribute("data-product")))',
      );
      assert.deepEqual(
        products,
        field.map((i, t) => SEED_X.data[i]! * SEED_KERNELS[k]!.data[t]!),
      );
    },
  },
  {
    name: 'a link (#v=2&...) restores the same maps on a fresh page',
    async run(c) {
      await open(c, c.base);
      const { driver } = c;
      await click(driver, 'input', 4);
      // The link is written a moment after the change.
      await waitFor(driver, '() => location.hash.startsWith("#v=2&")');
      let hash: string;
      const until = Date.now() + 10_000;
      for (;;) {
        hash = await driver.evaluate<string>('() => location.hash');
        if (decodeLink(hash).state.input.data[4] === 1) break;
        if (Date.now() > until) throw new Error(`the link never held the click: ${hash}`);
        await new Promise((r) => setTimeout(r, 50));
      }
      const before = await readAllMaps(driver);
      assert.equal(before['input']![4], 1);
      await open(c, `${c.base}${hash}`);
      assert.deepEqual(await readAllMaps(driver), before);
      assert.equal(
        await driver.evaluate('() => document.querySelectorAll("[data-notice]").length'),
        0,
      );
    },
  },
  {
    name: 'the offline single file works from file:// with no server',
    async run(c) {
      await open(c, c.offline);
      const { driver } = c;
      assert.deepEqual(await readMap(driver, 'input'), flat(golden.input));
      await click(driver, 'input', 4 * 9);
      assert.equal((await readMap(driver, 'input'))[4 * 9], 1);
      await assertMapsMatchCore(driver);
      const loaded = await driver.evaluate<string[]>(
        '() => performance.getEntriesByType("resource").map((e) => e.name).filter((n) => !/^(file|data|blob):/.test(n))',
      );
      assert.deepEqual(loaded, []);
    },
  },
  {
    name: 'the seed page fits 1280x720 down to the decision panel, the decision, "+ Kernel" and the step controls in view',
    async run(c) {
      const { driver } = c;
      await driver.setViewport(1280, 720);
      await open(c, c.base);
      const fit = await driver.evaluate<Record<string, number>>(`() => {
        const bottom = (s) => { const e = document.querySelector(s); return e ? e.getBoundingClientRect().bottom : -1; };
        // The decision panel follows the maps and starts on the first screen; what comes
        // after it is below.
        const panel = document.querySelector('[data-decision-panel]');
        return {
          panelTop: panel ? panel.getBoundingClientRect().top : -1,
          inputPanel: bottom('.input-panel'),
          scrollWidth: document.documentElement.scrollWidth,
          addKernel: bottom('[data-action="add-kernel"]'),
          stepControls: bottom('.step-controls'),
          decision: bottom('[data-decision]'),
          decisionRight: (() => { const e = document.querySelector('[data-decision]'); return e ? e.getBoundingClientRect().right : -1; })(),
        };
      }`);
      assert.ok(
        fit['addKernel']! > 0 && fit['stepControls']! > 0 && fit['decision']! > 0,
        JSON.stringify(fit),
      );
      assert.ok(fit['decisionRight']! <= 1280, `the decision ends at x ${fit['decisionRight']}`);
      assert.ok(fit['scrollWidth']! <= 1280, `scrollWidth ${fit['scrollWidth']}`);
      assert.ok(
        fit['panelTop']! >= fit['addKernel']! && fit['panelTop']! <= 720,
        `the decision panel starts at ${fit['panelTop']}`,
      );
      assert.ok(fit['inputPanel']! <= 720, `the picture's column ends at ${fit['inputPanel']}`);
      assert.ok(fit['addKernel']! <= 720, `"+ Kernel" ends at ${fit['addKernel']}`);
      assert.ok(fit['stepControls']! <= 720, `step controls end at ${fit['stepControls']}`);
    },
  },
  ...TRAINING_SCENARIOS,
];
