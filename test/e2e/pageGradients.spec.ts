import { expect, test, type Page } from '@playwright/test';
import { lossAndGradients, SEED_X, tensorFromMatrix } from '../../src/core';
import { seedState } from '../../src/state';
import { decisionNetwork } from '../../src/state/decisionNetwork';
import { pageGradients } from '../../src/present/gradients';
import { formatSmall } from '../../src/present/format';
import { box, inside, overlaps } from './geometry';
import { readMap } from './pageMaps';
import { textsUnder } from './textSizes';

// Issue 12, explaining a step: "Show gradients" draws each kernel's step beside it and, over
// the picture, which pixels push the decision.

const made = decisionNetwork(seedState());
if ('problem' in made) throw new Error('a network expected');
const first = made.blocks[0]!;
const steps = (label: number) => {
  const g = pageGradients(made.network, first, SEED_X, label);
  const neg = (d: Float64Array) => Array.from(d, (v) => -v + 0);
  return { input: neg(g.input.data), kernels: g.kernels.map((m) => neg(m.data)), g };
};

async function showGradients(page: Page) {
  await page.goto('/');
  await expect(page.locator('[data-map="input"]')).toBeVisible();
  await expect(page.locator('[data-map^="grad-"]')).toHaveCount(0);
  const toggle = page.locator('[data-action="toggle-gradients"]');
  await expect(toggle).toHaveText('Show gradients');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('[data-map="grad-input"]')).toBeVisible();
}

test("'Show gradients' draws each kernel's step beside it and the picture's push over it, with present's numbers", async ({
  page,
}) => {
  await showGradients(page);
  const asX = steps(0);
  expect(await readMap(page, 'grad-input')).toEqual(asX.input);
  // The core's own gradients, as the panel has always shown them.
  const core = lossAndGradients(made.network, tensorFromMatrix(SEED_X), 0);
  expect(asX.input).toEqual(Array.from(core.inputGradient.data, (v) => -v + 0));
  for (let k = 0; k < 3; k++) {
    expect(await readMap(page, `grad-kernel-${k}`)).toEqual(asX.kernels[k]);
    // Beside its kernel: to the right of the kernel's map, in the same card, level with it.
    const kernel = await box(page.locator(`[data-map="kernel-${k}"]`));
    const grad = await box(page.locator(`[data-map="grad-kernel-${k}"]`));
    expect(grad.x).toBeGreaterThan(kernel.x + kernel.width);
    expect(Math.abs(grad.y - kernel.y)).toBeLessThan(2);
    expect(inside(grad, await box(page.locator(`[data-card="kernel-${k}"]`)))).toBe(true);
  }
  // The overlay lies exactly over the picture; the legend names the classes.
  const picture = await box(page.locator('[data-map="input"]'));
  const overlay = await box(page.locator('[data-map="grad-input"]'));
  expect(overlay).toEqual(picture);
  const legend = page.locator('[data-gradient-legend]');
  await expect(legend.locator('.gradient-end.toward')).toHaveText('more X');
  await expect(legend.locator('.gradient-end.away')).toHaveText('more O');
  await expect(legend.locator('.gradient-scale')).toHaveAttribute(
    'aria-label',
    /Blue: brightening this pixel or raising this weight makes "X" more likely.*red: it makes "O" more likely/,
  );
  // Pointing at a pixel reads its push; the picture still takes the pointer.
  await page.locator('[data-map="input"] [data-index="40"]').hover();
  await expect(page.locator('[data-gradient-pixel]')).toHaveAttribute(
    'data-gradient-pixel',
    String(asX.input[40]),
  );
  await expect(page.locator('.gradient-readout')).toHaveText(
    `row 5, col 5: ${formatSmall(asX.input[40]!)}`,
  );

  // Labelled O beside the picture: the other loss; the panel shares the label.
  await legend.locator('[data-gradient-as="O"]').click();
  const asO = steps(1);
  await expect.poll(() => readMap(page, 'grad-input')).toEqual(asO.input);
  expect(await readMap(page, 'grad-kernel-2')).toEqual(asO.kernels[2]);
  await expect(legend.locator('.gradient-end.toward')).toHaveText('more O');
  await page.locator('[data-action="show-gradients"]').click();
  await expect(page.locator('[data-gradient-label="O"]')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('[data-step-loss]')).toHaveAttribute(
    'data-step-loss',
    String(asO.g.loss),
  );
  // One map of each id on the page, the panel open or not.
  for (const id of ['grad-input', 'grad-kernel-0', 'grad-kernel-1', 'grad-kernel-2']) {
    await expect(page.locator(`[data-map="${id}"]`)).toHaveCount(1);
  }

  // A click on the picture still paints it, and the gradients follow the new picture.
  await page.locator('[data-map="input"] [data-index="0"]').click();
  const painted = { ...SEED_X, data: SEED_X.data.slice() };
  painted.data[0] = -SEED_X.data[0]!;
  await expect(page.locator('[data-map="input"] [data-index="0"]')).toHaveAttribute(
    'data-value',
    String(painted.data[0]),
  );
  const after = pageGradients(made.network, first, painted, 1);
  await expect
    .poll(() => readMap(page, 'grad-kernel-0'))
    .toEqual(Array.from(after.kernels[0]!.data, (v) => -v + 0));

  // Off again: nothing left.
  await page.locator('[data-action="toggle-gradients"]').click();
  await expect(page.locator('[data-map^="grad-"]')).toHaveCount(0);
});

test("pointing at, focusing or clicking a weight's step explains its gradient by the chain rule beside it", async ({
  page,
}) => {
  await showGradients(page);
  const asX = steps(0);
  const cell = page.locator('[data-map="grad-kernel-1"] [data-index="4"]');
  await cell.hover();
  const pop = page.locator('.kernel-gradient-pop');
  await expect(pop).toContainText('Kernel 2, weight at row 2, column 2');
  await expect(pop).toContainText('the sum over 49 windows');
  await expect(pop).toContainText(`= ${formatSmall(-asX.kernels[1]![4]! + 0)}`);
  // Beside the step map, inside the window, covering neither the picture nor the step map.
  const popBox = await box(pop);
  expect(popBox.y + popBox.height).toBeLessThanOrEqual(720);
  expect(overlaps(popBox, await box(page.locator('[data-map="grad-kernel-1"]')))).toBe(false);
  expect(overlaps(popBox, await box(page.locator('[data-map="input"]')))).toBe(false);
  // Clicked, it stays when the pointer leaves; Esc closes it.
  await cell.click();
  await expect(pop).toHaveAttribute('data-pinned', 'true');
  await page.mouse.move(5, 700);
  await expect(pop).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(pop).toHaveCount(0);
  // From the keyboard: focus moves between weights with the arrows, Enter pins.
  await page.locator('[data-map="grad-kernel-0"] [data-index="0"]').focus();
  await expect(pop).toContainText('Kernel 1, weight at row 1, column 1');
  await page.keyboard.press('ArrowRight');
  await expect(pop).toContainText('Kernel 1, weight at row 1, column 2');
  await page.keyboard.press('Enter');
  await expect(pop).toHaveAttribute('data-pinned', 'true');
  await pop.locator('[data-action="unpin-gradient"]').click();
  await expect(pop).toHaveCount(0);
});

test('with the gradients shown at 1280x720 the picture, the maps, + Kernel and the step controls still end by 720 px', async ({
  page,
}) => {
  await showGradients(page);
  for (const selector of [
    '[data-map="input"]',
    '[data-map="relu-2"]',
    '[data-action="add-kernel"]',
    '[data-step="forward"]',
    '[data-map="grad-kernel-2"]',
    '.input-gradient-side',
  ]) {
    const b = await box(page.locator(selector));
    expect(b.y + b.height, selector).toBeLessThanOrEqual(720);
  }
  // The toggle and legend sit between the picture and the kernels, over neither.
  const side = await box(page.locator('.input-gradient-side'));
  expect(overlaps(side, await box(page.locator('[data-map="input"]')))).toBe(false);
  expect(side.x + side.width).toBeLessThanOrEqual((await box(page.locator('.stages'))).x);
});

test('with values shown and in presentation mode the overlay still lies exactly over the picture, the legend under it in large text', async ({
  page,
}) => {
  await showGradients(page);
  await page.getByRole('button', { name: 'Show values' }).click();
  await expect(page.locator('[data-map="input"]')).toHaveClass(/with-values/);
  expect(await box(page.locator('[data-map="grad-input"]'))).toEqual(
    await box(page.locator('[data-map="input"]')),
  );
  await page.getByRole('button', { name: 'Show values' }).click();
  await page.locator('[data-action="present"]').click();
  await expect(page.locator('.toolbar')).toBeHidden();
  await expect(page.locator('[data-action="toggle-gradients"]')).toBeHidden();
  const picture = await box(page.locator('[data-map="input"]'));
  expect(await box(page.locator('[data-map="grad-input"]'))).toEqual(picture);
  const scale = await box(page.locator('.gradient-scale'));
  expect(scale.y).toBeGreaterThanOrEqual(picture.y + picture.height);
  await expect(page.locator('.gradient-end.toward')).toBeVisible();
  expect(await textsUnder(page, 20, false)).toEqual([]);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

  test('a tap shows the gradients, a tap on a weight pins its explanation, and all of it stays on the screen', async ({
    page,
  }) => {
    await page.goto('/');
    await page.locator('[data-action="toggle-gradients"]').tap();
    await expect(page.locator('[data-map="grad-input"]')).toBeVisible();
    const side = await box(page.locator('.input-gradient-side'));
    expect(side.x + side.width).toBeLessThanOrEqual(390);
    await page.locator('[data-map="grad-kernel-0"] [data-index="8"]').tap();
    const pop = page.locator('.kernel-gradient-pop');
    await expect(pop).toHaveAttribute('data-pinned', 'true');
    await expect(pop).toContainText('Kernel 1, weight at row 3, column 3');
    const b = await box(pop);
    expect(b.x).toBeGreaterThanOrEqual(0);
    expect(b.x + b.width).toBeLessThanOrEqual(390);
  });
});

test('in 简体中文 the toggle and the legend speak Chinese', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: '中文' }).click();
  const toggle = page.locator('[data-action="toggle-gradients"]');
  await expect(toggle).toHaveText('显示梯度');
  await toggle.click();
  await expect(page.locator('.gradient-end.toward')).toHaveText('更像 X');
  await expect(page.locator('.gradient-end.away')).toHaveText('更像 O');
});
