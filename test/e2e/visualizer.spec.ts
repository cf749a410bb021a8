import { expect, test } from '@playwright/test';
import { SEED_O, SEED_X } from '../../src/core';
import golden from '../fixtures/golden.json' with { type: 'json' };
import { expectPageMatchesCore, pixel, readMap } from './pageMaps';

function flat(rows: number[][]): number[] {
  return rows.flat();
}

function expectAllClose(actual: number[], expected: number[], label: string) {
  expect(actual.length, `${label}: cell count`).toBe(expected.length);
  actual.forEach((v, i) => {
    expect(
      Math.abs(v - expected[i]!),
      `${label}[${i}] = ${v}, expected ${expected[i]}`,
    ).toBeLessThanOrEqual(1e-12);
  });
}

const expectPageConsistent = expectPageMatchesCore;

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('[data-map="input"]')).toBeVisible();
});

test('the page shows every number of the seed', async ({ page }) => {
  expect(await readMap(page, 'input')).toEqual(flat(golden.input));
  for (let k = 0; k < 3; k++) {
    expect(await readMap(page, `kernel-${k}`)).toEqual(flat(golden.kernels[k]!));
    expectAllClose(await readMap(page, `conv-${k}`), flat(golden.feature_maps[k]!), `conv-${k}`);
    expectAllClose(await readMap(page, `pool-${k}`), flat(golden.pooled[k]!), `pool-${k}`);
    expectAllClose(await readMap(page, `relu-${k}`), flat(golden.relu[k]!), `relu-${k}`);
  }
});

test('every map is titled with its size', async ({ page }) => {
  await expect(page.locator('[data-card="conv-0"] figcaption')).toHaveText('Feature map 1 · 7x7');
  await expect(page.locator('[data-card="pool-2"] figcaption')).toHaveText('Pooled map 3 · 4x4');
  await expect(page.locator('[data-card="relu-1"] figcaption')).toHaveText('ReLU map 2 · 7x7');
  await expect(page.locator('[data-card="kernel-0"] figcaption')).toHaveText('Kernel 1 · 3x3');
});

test('a click flips exactly one pixel and every map follows', async ({ page }) => {
  const before = await readMap(page, 'input');
  await pixel(page, 4, 2).click();
  const after = await readMap(page, 'input');
  const changed = after.flatMap((v, i) => (v !== before[i] ? [i] : []));
  expect(changed).toEqual([4 * 9 + 2]);
  expect(after[4 * 9 + 2]).toBe(1);
  await expectPageConsistent(page);
  await pixel(page, 4, 2).click();
  expect(await readMap(page, 'input')).toEqual(before);
});

test('a drag paints a stroke with the value of its first pixel', async ({ page }) => {
  const from = await pixel(page, 0, 0).boundingBox();
  const to = await pixel(page, 0, 8).boundingBox();
  if (!from || !to) throw new Error('no pixel boxes');
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 3 });
  await page.mouse.up();
  const row0 = (await readMap(page, 'input')).slice(0, 9);
  expect(row0).toEqual([1, 1, 1, 1, 1, 1, 1, 1, 1]);
  await expectPageConsistent(page);
});

test('a drag that starts on a stroke pixel erases', async ({ page }) => {
  const from = await pixel(page, 1, 1).boundingBox();
  const to = await pixel(page, 7, 7).boundingBox();
  if (!from || !to) throw new Error('no pixel boxes');
  await page.mouse.move(from.x + 5, from.y + 5);
  await page.mouse.down();
  await page.mouse.move(to.x + 5, to.y + 5, { steps: 4 });
  await page.mouse.up();
  const input = await readMap(page, 'input');
  for (let i = 1; i <= 7; i++) expect(input[i * 9 + i], `pixel ${i},${i}`).toBe(-1);
  expect(input[1 * 9 + 7]).toBe(1);
});

test('a drag that leaves the picture and comes back keeps painting, and ends where it is released', async ({
  page,
}) => {
  const grid = await page.locator('[data-map="input"]').boundingBox();
  const from = await pixel(page, 0, 0).boundingBox();
  const back = await pixel(page, 0, 4).boundingBox();
  if (!grid || !from || !back) throw new Error('no boxes');
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  // Out above the picture, then back in on pixel (0, 4): the stroke draws from (0, 0) to it.
  await page.mouse.move(from.x + from.width / 2, grid.y - 40, { steps: 3 });
  await page.mouse.move(back.x + back.width / 2, back.y + back.height / 2, { steps: 3 });
  // Released outside: hovering the picture afterwards paints nothing.
  await page.mouse.move(back.x + back.width / 2, grid.y - 40, { steps: 2 });
  await page.mouse.up();
  await page.mouse.move(grid.x + grid.width / 2, grid.y + grid.height - 5, { steps: 4 });
  const input = await readMap(page, 'input');
  expect(input.slice(0, 9)).toEqual([1, 1, 1, 1, 1, -1, -1, -1, -1]);
  expect(input.slice(72, 81)).toEqual([-1, -1, -1, -1, -1, -1, -1, -1, -1]);
});

test('the keyboard moves the focus and flips pixels', async ({ page }) => {
  await pixel(page, 0, 0).focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(pixel(page, 2, 1)).toBeFocused();
  await page.keyboard.press('Space');
  expect((await readMap(page, 'input'))[2 * 9 + 1]).toBe(1);
  await page.keyboard.press('Enter');
  expect((await readMap(page, 'input'))[2 * 9 + 1]).toBe(-1);
  await expect(pixel(page, 2, 1)).toHaveAttribute('aria-label', 'Row 3, column 2: -1');
});

test('presets, invert and reset set the picture', async ({ page }) => {
  await page.locator('[data-preset="o"]').click();
  expect(await readMap(page, 'input')).toEqual(Array.from(SEED_O.data));
  await expectPageConsistent(page);
  await page.locator('[data-preset="blank"]').click();
  expect(await readMap(page, 'input')).toEqual(new Array(81).fill(-1));
  await page.locator('[data-action="invert"]').click();
  expect(await readMap(page, 'input')).toEqual(new Array(81).fill(1));
  await expectPageConsistent(page);
  await page.locator('[data-action="reset"]').click();
  expect(await readMap(page, 'input')).toEqual(Array.from(SEED_X.data));
  await expectPageConsistent(page);
});

test('200 rapid clicks leave no console error and a consistent page', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  const box = await page.locator('[data-map="input"]').boundingBox();
  if (!box) throw new Error('no input box');
  for (let i = 0; i < 200; i++) {
    const r = (i * 7) % 9;
    const c = (i * 5) % 9;
    await page.mouse.click(
      box.x + ((c + 0.5) * box.width) / 9,
      box.y + ((r + 0.5) * box.height) / 9,
    );
  }
  expect(errors).toEqual([]);
  await expectPageConsistent(page);
  const flips = new Array(81).fill(0);
  for (let i = 0; i < 200; i++) flips[((i * 7) % 9) * 9 + ((i * 5) % 9)]++;
  const expected = Array.from(SEED_X.data, (v, i) => (flips[i] % 2 ? -v : v));
  expect(await readMap(page, 'input')).toEqual(expected);
});
