import { expect, test, type Page } from '@playwright/test';
import { box } from './geometry';
import { drawnTextSizes, textsUnder } from './textSizes';

// Issue 13, presentation on a projector, measured at 1280x720: outside presentation mode no
// text under 12 px; in presentation mode every text at least 20 px and the maps as large as
// the screen allows. Every drawn text node of the whole page is measured, in each state.

const EXPLAIN = '.input-panel > .explain';

async function open(page: Page) {
  await page.goto('/');
  await expect(page.locator('[data-map="input"]')).toBeVisible();
}

/** States a class sees: explanations of each kind, stepping, values, the open menus. */
const STATES: readonly (readonly [string, (page: Page) => Promise<unknown>])[] = [
  ['the page as it opens', async () => {}],
  [
    'a feature-map cell explained',
    (p) => p.locator('[data-map="conv-0"] [data-index="24"]').hover(),
  ],
  ['a pooled cell explained', (p) => p.locator('[data-map="pool-0"] [data-index="15"]').hover()],
  ['a ReLU cell explained', (p) => p.locator('[data-map="relu-1"] [data-index="3"]').hover()],
  ['a pixel explained', (p) => p.locator('[data-map="input"] [data-index="40"]').hover()],
  ['a step of the convolution', (p) => p.locator('[data-step="forward"]').click()],
];

test('outside presentation mode no text on the page is under 12 px at 1280x720', async ({
  page,
}) => {
  await open(page);
  const sizes = await drawnTextSizes(page, false);
  expect(sizes.length).toBeGreaterThan(60);
  expect(sizes[0]!.size).toBe(12);
  for (const [name, go] of STATES) {
    await go(page);
    expect(await textsUnder(page, 12, false), name).toEqual([]);
  }
  await page.mouse.move(5, 5);
  await page.getByRole('button', { name: 'Type the weights of kernel 1' }).click();
  await page.locator('[data-weights="0"] input').first().fill('abc');
  expect(await textsUnder(page, 12, false), 'weights and their message').toEqual([]);
  await page.locator('[data-settings] summary').click();
  expect(await textsUnder(page, 12, false), 'the settings').toEqual([]);
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Show values' }).click();
  await expect(page.locator('[data-map="relu-0"] [data-index="0"]')).toHaveText('0.78');
  expect(await textsUnder(page, 12, false), 'values in the cells').toEqual([]);
});

test('in presentation mode at 1280x720 every text is at least 20 px', async ({ page }) => {
  await open(page);
  await page.locator('[data-action="present"]').click();
  await expect(page.locator('.toolbar')).toBeHidden();
  const sizes = await drawnTextSizes(page, false);
  expect(sizes.length).toBeGreaterThan(30);
  expect(sizes[0]!.size).toBe(20);
  for (const [name, go] of STATES) {
    await go(page);
    expect(await textsUnder(page, 20, false), name).toEqual([]);
  }
  // The values in the cells too, where the teacher shows them ('v' is not a shortcut here:
  // the toolbar is tucked away, so values are switched on before presenting).
  await page.locator('[data-action="exit-presentation"]').click();
  await page.getByRole('button', { name: 'Show values' }).click();
  await page.locator('[data-action="present"]').click();
  await expect(page.locator('[data-map="relu-0"] [data-index="0"]')).toHaveText('0.78');
  expect(await textsUnder(page, 20, false), 'values in the cells').toEqual([]);
});

for (const kernels of [1, 3]) {
  test(`in presentation mode the maps of ${kernels} kernel${kernels > 1 ? 's' : ''} grow until they meet the screen's edge`, async ({
    page,
  }) => {
    await open(page);
    for (let k = 3; k > kernels; k--) {
      await page.locator(`[data-kernel="${k - 1}"] [data-action="remove-kernel"]`).click();
    }
    await expect(page.locator('[data-map^="conv-"]')).toHaveCount(kernels);
    const before = await box(page.locator('[data-map="conv-0"]'));
    await page.locator('[data-action="present"]').click();
    await expect(page.locator('.toolbar')).toBeHidden();
    const after = await box(page.locator('[data-map="conv-0"]'));
    expect(after.width).toBeGreaterThan(before.width * 1.2);
    // The last row's maps reach the bottom of the screen or the maps reach its right edge,
    // within a cell, and nothing leaves the screen.
    const last = await box(page.locator(`[data-map="relu-${kernels - 1}"]`));
    const cell = after.width / 7;
    const right = 1280 - (last.x + last.width);
    const bottom = 720 - (last.y + last.height);
    expect(Math.min(right, bottom)).toBeGreaterThanOrEqual(0);
    expect(Math.min(right, bottom)).toBeLessThanOrEqual(cell + 16);
    const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(scroll).toBe(1280);
  });
}

test('presentation mode says on each row that the ReLU map is taken from the feature map', async ({
  page,
}) => {
  await open(page);
  await page.locator('[data-action="present"]').click();
  const notes = page.locator('.kernel-row .op-note');
  await expect(notes).toHaveCount(3);
  for (let k = 0; k < 3; k++) {
    await expect(notes.nth(k)).toBeVisible();
    await expect(notes.nth(k)).toHaveText('of the feature map');
  }
  await expect(page.locator(EXPLAIN)).toBeVisible();
});
