import { expect, test, type Page } from '@playwright/test';
import {
  convWindow,
  pixelInfluence,
  pooledInputRegion,
  runPipeline,
  SEED_CONFIG,
  SEED_KERNELS,
  SEED_X,
} from '../../src/core';
import { readMap } from './pageMaps';

const results = runPipeline(SEED_X, SEED_KERNELS);
const cell = (page: Page, map: string, index: number) =>
  page.locator(`[data-map="${map}"] [data-index="${index}"]`);

/** The row-major indices of the highlighted cells of a map. */
async function highlighted(page: Page, map: string): Promise<number[]> {
  return page
    .locator(`[data-map="${map}"] [data-highlighted="true"]`)
    .evaluateAll((els) =>
      els.map((e) => Number((e as HTMLElement).dataset.index)).sort((a, b) => a - b),
    );
}

const numbers = (page: Page, selector: string, attr: string) =>
  page.locator(selector).evaluateAll((els, a) => els.map((e) => Number(e.getAttribute(a))), attr);

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('[data-map="input"]')).toBeVisible();
});

for (const [k, r, c] of [
  [0, 1, 1],
  [1, 3, 3],
  [2, 6, 0],
] as const) {
  test(`hovering feature map ${k + 1} cell (${r}, ${c}) shows its receptive field and arithmetic`, async ({
    page,
  }) => {
    await cell(page, `conv-${k}`, r * 7 + c).hover();
    const field = convWindow(r, c, SEED_KERNELS[k]!, SEED_X, SEED_CONFIG.conv).map(
      (x) => x.row * 9 + x.col,
    );
    expect(await highlighted(page, 'input')).toEqual([...field].sort((a, b) => a - b));
    expect(await highlighted(page, `kernel-${k}`)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
    expect(await highlighted(page, `conv-${k}`)).toEqual([r * 7 + c]);
    const products = await numbers(page, '.explain [data-product]', 'data-product');
    const expected = field.map((i, t) => SEED_X.data[i]! * SEED_KERNELS[k]!.data[t]!);
    expect(products).toEqual(expected);
    const sum = expected.reduce((a, b) => a + b, 0);
    expect(await numbers(page, '.explain [data-sum]', 'data-sum')).toEqual([sum]);
    const value = results[k]!.feature.map!.data[r * 7 + c]!;
    expect(await numbers(page, '.explain [data-result]', 'data-result')).toEqual([value]);
    expect(value).toBe(sum / 9);
    await expect(page.locator('.explain h2')).toHaveText(
      `Feature map ${k + 1}, row ${r + 1}, column ${c + 1}`,
    );
  });
}

test('the matches count says how many products are +1', async ({ page }) => {
  await cell(page, 'conv-0', 0).hover();
  // Top-left window against the diagonal kernel: 8 of 9 agree (7 + 1 - 1 = 7, so 8 are +1).
  await expect(page.locator('.explain .explain-note')).toHaveText(
    '8 of 9 products are +1: there the picture matches the kernel.',
  );
});

test("a pooled cell at the padded edge shows its window with the seed's zero padding", async ({
  page,
}) => {
  await cell(page, 'pool-0', 15).hover();
  expect(await highlighted(page, 'conv-0')).toEqual([48]);
  const region = pooledInputRegion(
    3,
    3,
    SEED_KERNELS[0]!,
    SEED_X,
    SEED_CONFIG.conv,
    SEED_CONFIG.pool,
  );
  expect(await highlighted(page, 'input')).toEqual(region);
  const f = results[0]!.feature.map!.data;
  expect(await numbers(page, '.explain [data-window-value]', 'data-window-value')).toEqual([
    f[48],
    0,
    0,
    0,
  ]);
  await expect(page.locator('.explain [data-padding="true"]')).toHaveCount(3);
  await expect(page.locator('.explain [data-winner="true"]')).toHaveAttribute(
    'data-window-value',
    String(f[48]),
  );
  expect(await numbers(page, '.explain [data-result]', 'data-result')).toEqual([
    results[0]!.pooled.map!.data[15],
  ]);
});

test('an inner pooled cell marks the largest of its four values', async ({ page }) => {
  await cell(page, 'pool-1', 5).hover();
  const f = results[1]!.feature.map!.data;
  const window = [2 * 7 + 2, 2 * 7 + 3, 3 * 7 + 2, 3 * 7 + 3];
  expect(await highlighted(page, 'conv-1')).toEqual(window);
  expect(await numbers(page, '.explain [data-window-value]', 'data-window-value')).toEqual(
    window.map((i) => f[i]),
  );
  const max = Math.max(...window.map((i) => f[i]!));
  await expect(page.locator('.explain [data-winner="true"]')).toHaveAttribute(
    'data-window-value',
    String(max),
  );
});

test('a ReLU cell shows the feature cell it came from and max(0, v)', async ({ page }) => {
  await cell(page, 'relu-1', 1).hover();
  expect(await highlighted(page, 'conv-1')).toEqual([1]);
  const v = results[1]!.feature.map!.data[1]!;
  expect(v).toBeLessThan(0);
  expect(await numbers(page, '.explain [data-input]', 'data-input')).toEqual([v]);
  expect(await numbers(page, '.explain [data-result]', 'data-result')).toEqual([0]);
  await expect(page.locator('.explain .equation')).toHaveText('max(0, -0.56) = 0.00');
});

test('an input pixel outlines every cell that reads it', async ({ page }) => {
  await cell(page, 'input', 4 * 9 + 4).hover();
  const influence = pixelInfluence(
    4,
    4,
    SEED_KERNELS[0]!,
    SEED_X,
    SEED_CONFIG.conv,
    SEED_CONFIG.pool,
  );
  for (let k = 0; k < 3; k++) {
    expect(await highlighted(page, `conv-${k}`)).toEqual(influence.feature);
    expect(await highlighted(page, `relu-${k}`)).toEqual(influence.feature);
    expect(await highlighted(page, `pool-${k}`)).toEqual(influence.pooled);
  }
});

test('a click pins the explanation; Escape and a click elsewhere unpin it', async ({ page }) => {
  await cell(page, 'conv-2', 10).click();
  await expect(page.locator('[data-action="unpin"]')).toBeVisible();
  await page.mouse.move(5, 700);
  await expect(page.locator('.explain h2')).toHaveText('Feature map 3, row 2, column 4');
  await page.keyboard.press('Escape');
  await expect(page.locator('[data-action="unpin"]')).toHaveCount(0);
  await expect(page.locator('.explain')).toHaveAttribute('data-explain', 'none');
  await cell(page, 'conv-2', 10).click();
  await page.mouse.click(5, 700);
  await expect(page.locator('.explain')).toHaveAttribute('data-explain', 'none');
  expect(await highlighted(page, 'input')).toEqual([]);
});

test('keyboard focus explains a cell like hovering, and Enter pins it', async ({ page }) => {
  await cell(page, 'conv-0', 0).focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowDown');
  await expect(cell(page, 'conv-0', 8)).toBeFocused();
  await expect(page.locator('.explain h2')).toHaveText('Feature map 1, row 2, column 2');
  expect(await numbers(page, '.explain [data-result]', 'data-result')).toEqual([
    results[0]!.feature.map!.data[8],
  ]);
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-action="unpin"]')).toBeVisible();
});

test('stepping forward n times shows the n-th window and fills the map in', async ({ page }) => {
  const forward = page.locator('[data-step="forward"]');
  for (let i = 0; i < 10; i++) await forward.click();
  await expect(page.locator('[data-step-count]')).toHaveText('window 10 of 49');
  const field = convWindow(1, 2, SEED_KERNELS[0]!, SEED_X, SEED_CONFIG.conv).map(
    (x) => x.row * 9 + x.col,
  );
  expect(await highlighted(page, 'input')).toEqual(field);
  expect(await highlighted(page, 'conv-0')).toEqual([9]);
  expect(await numbers(page, '.explain [data-result]', 'data-result')).toEqual([
    results[0]!.feature.map!.data[9],
  ]);
  await page.locator('[data-step="back"]').click();
  await expect(page.locator('[data-step-count]')).toHaveText('window 9 of 49');
  expect(await highlighted(page, 'conv-0')).toEqual([8]);
  // The map still carries every value; only the drawing waits for the window.
  expect((await readMap(page, 'conv-0')).length).toBe(49);
});

test('stepping through pooling walks the padded feature map', async ({ page }) => {
  await page.getByLabel('Stage to step through').selectOption('pool');
  await page.getByLabel('Kernel to step through').selectOption('1');
  const forward = page.locator('[data-step="forward"]');
  for (let i = 0; i < 4; i++) await forward.click();
  await expect(page.locator('[data-step-count]')).toHaveText('window 4 of 16');
  expect(await highlighted(page, 'pool-1')).toEqual([3]);
  await expect(page.locator('.explain [data-padding="true"]')).toHaveCount(2);
});

test('play advances on its own, and a change of the picture pauses it', async ({ page }) => {
  await page.locator('[data-step="play"]').click();
  await expect(page.locator('[data-step-count]')).not.toHaveText('window 0 of 49');
  await page.locator('[data-preset="o"]').click();
  const now = await page.locator('[data-step-count]').textContent();
  await page.waitForTimeout(1200);
  await expect(page.locator('[data-step-count]')).toHaveText(now!);
});
