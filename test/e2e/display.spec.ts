import { expect, test } from '@playwright/test';
import { pixel, readMap } from './pageMaps';

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('[data-map="input"]')).toBeVisible();
});

test('shared grays give one legend per stage; per-map grays give each map its own', async ({
  page,
}) => {
  await expect(page.locator('.stage-head .legend')).toHaveCount(4);
  await expect(page.locator('.map-card .legend')).toHaveCount(0);
  await page.getByRole('button', { name: 'Each map min..max' }).click();
  await expect(page.locator('.stage-head .legend')).toHaveCount(0);
  // 3 kernels + 3 x (feature, pooled, activated)
  await expect(page.locator('.map-card .legend')).toHaveCount(12);
  // Feature map 1 ranges from -1/3 to 1 in the seed.
  await expect(page.locator('[data-card="conv-0"] .legend-ticks span')).toHaveText([
    '-0.33',
    '0',
    '1',
  ]);
});

test('a uniform map in per-map grays says so instead of stretching nothing', async ({ page }) => {
  await page.getByRole('button', { name: 'Blank' }).click();
  await page.getByRole('button', { name: 'Each map min..max' }).click();
  // A blank picture gives kernel 2 (five +1, four -1) a feature map of -1/9 everywhere.
  expect(new Set(await readMap(page, 'conv-1'))).toEqual(new Set([-1 / 9]));
  await expect(page.locator('[data-card="conv-1"] .legend')).toHaveText('all cells -0.11');
});

test('show values writes every value, rounded to 2 decimals, into its cell', async ({ page }) => {
  await expect(page.locator('[data-map="conv-0"] [data-index="0"]')).toHaveText('');
  await page.getByRole('button', { name: 'Show values' }).click();
  const texts = await page.locator('[data-map="conv-0"] [data-value]').allTextContents();
  const values = await readMap(page, 'conv-0');
  expect(texts).toEqual(
    values.map((v) => (Math.round(v * 100) / 100).toFixed(2).replace('-0.00', '0.00')),
  );
  expect(texts.slice(0, 3)).toEqual(['0.78', '-0.11', '0.11']);
  // Black text on light cells, white on dark ones.
  await expect(page.locator('[data-map="conv-0"] [data-index="8"]')).toHaveCSS(
    'color',
    'rgb(0, 0, 0)',
  );
  await expect(page.locator('[data-map="relu-1"] [data-index="1"]')).toHaveCSS(
    'color',
    'rgb(255, 255, 255)',
  );
});

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });

  test('a tap flips a pixel', async ({ page }) => {
    await pixel(page, 4, 0).tap();
    expect((await readMap(page, 'input'))[4 * 9]).toBe(1);
  });

  test('a finger drag paints and does not scroll the page', async ({ page }) => {
    const from = await pixel(page, 8, 0).boundingBox();
    const to = await pixel(page, 8, 8).boundingBox();
    if (!from || !to) throw new Error('no pixel boxes');
    const y = from.y + from.height / 2;
    const client = await page.context().newCDPSession(page);
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', x: number) =>
      client.send('Input.dispatchTouchEvent', {
        type,
        touchPoints: type === 'touchEnd' ? [] : [{ x, y }],
      });
    const scrollBefore = await page.evaluate(() => window.scrollY);
    await touch('touchStart', from.x + from.width / 2);
    for (let i = 1; i <= 8; i++)
      await touch('touchMove', from.x + from.width / 2 + (i * (to.x - from.x)) / 8);
    await touch('touchEnd', 0);
    expect((await readMap(page, 'input')).slice(72)).toEqual([1, 1, 1, 1, 1, 1, 1, 1, 1]);
    expect(await page.evaluate(() => window.scrollY)).toBe(scrollBefore);
  });
});
