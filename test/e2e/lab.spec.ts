import { expect, test, type Page } from '@playwright/test';
import { decodeLink } from '../../src/state';
import { kernelPreset } from '../../src/state/kernelPresets';
import { expectPageMatchesCore, readInput, readMap, readMatrix } from './pageMaps';
import { withConfig } from '../helpers/withConfig';

const kernelCell = (page: Page, k: number, i: number) =>
  page.locator(`[data-map="kernel-${k}"] [data-index="${i}"]`);

async function openSettings(page: Page) {
  const details = page.locator('[data-settings]');
  if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) {
    await details.locator('summary').click();
  }
  return details;
}

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('[data-map="input"]')).toBeVisible();
});

test('clicking a weight cycles it through -1, 0, +1 and every map follows', async ({ page }) => {
  await kernelCell(page, 0, 1).click();
  expect((await readMap(page, 'kernel-0'))[1]).toBe(0);
  await expectPageMatchesCore(page);
  await kernelCell(page, 0, 1).click();
  expect((await readMap(page, 'kernel-0'))[1]).toBe(1);
  await kernelCell(page, 0, 1).click();
  expect((await readMap(page, 'kernel-0'))[1]).toBe(-1);
  await expectPageMatchesCore(page);
});

test('a typed weight is applied; text that is not a number is explained and not applied', async ({
  page,
}) => {
  await page.getByRole('button', { name: 'Type the weights of kernel 2' }).click();
  const field = page.locator('[data-weights="1"] input').nth(4);
  await field.fill('0.25');
  expect((await readMap(page, 'kernel-1'))[4]).toBe(0.25);
  await expectPageMatchesCore(page);
  await field.fill('abc');
  await expect(page.locator('[data-weights="1"] [role="alert"]')).toHaveText(
    '"abc" is not a number; keeping 0.25.',
  );
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  expect((await readMap(page, 'kernel-1'))[4]).toBe(0.25);
  await field.fill('-1.5e0');
  expect((await readMap(page, 'kernel-1'))[4]).toBe(-1.5);
  await expect(page.locator('[data-weights="1"] [role="alert"]')).toHaveCount(0);
});

test('a kernel preset replaces the kernel and says what it does', async ({ page }) => {
  await page.getByLabel('Preset for kernel 1').selectOption('sobelX');
  expect(await readMap(page, 'kernel-0')).toEqual(Array.from(kernelPreset('sobelX').data));
  await expect(page.locator('[data-kernel-controls="0"] .kernel-about')).toHaveText(
    'Finds vertical edges: dark on the left, light on the right.',
  );
  await expectPageMatchesCore(page);
});

test('kernels resize from 1x1 to 5x5 and the feature maps change size with them', async ({
  page,
}) => {
  await page.getByLabel('Size of kernel 1').selectOption('5');
  const k = await readMatrix(page, 'kernel-0');
  expect([k.height, k.width]).toEqual([5, 5]);
  await expect(page.locator('[data-card="conv-0"] figcaption')).toHaveText('Feature map 1 · 5x5');
  await expectPageMatchesCore(page);
  await page.getByLabel('Size of kernel 1').selectOption('1');
  await expect(page.locator('[data-card="conv-0"] figcaption')).toHaveText('Feature map 1 · 9x9');
  await expectPageMatchesCore(page);
});

test('kernels can be added up to 8 and removed down to 1', async ({ page }) => {
  const add = page.locator('[data-action="add-kernel"]');
  for (let i = 0; i < 5; i++) await add.click();
  await expect(page.locator('[data-map^="kernel-"]')).toHaveCount(8);
  await expect(add).toBeDisabled();
  await expectPageMatchesCore(page);
  for (let n = 8; n > 1; n--)
    await page.getByRole('button', { name: `Remove kernel ${n}` }).click();
  await expect(page.locator('[data-map^="kernel-"]')).toHaveCount(1);
  await expect(page.getByRole('button', { name: 'Remove kernel 1' })).toBeDisabled();
  await expectPageMatchesCore(page);
});

test('convolution settings: stride, padding, dilation, bias and the division', async ({ page }) => {
  const s = await openSettings(page);
  await s.locator('select[name="stride"]').selectOption('2');
  await expect(page.locator('[data-card="conv-0"] figcaption')).toHaveText('Feature map 1 · 4x4');
  await expectPageMatchesCore(page, withConfig({ conv: { stride: 2 } }));
  await s.locator('select[name="padding"]').selectOption('1');
  await expectPageMatchesCore(page, withConfig({ conv: { stride: 2, padding: 1 } }));
  await s.locator('select[name="stride"]').selectOption('1');
  await s.locator('select[name="dilation"]').selectOption('2');
  await expect(page.locator('[data-card="conv-0"] figcaption')).toHaveText('Feature map 1 · 7x7');
  await expectPageMatchesCore(page, withConfig({ conv: { padding: 1, dilation: 2 } }));
  await s.locator('input[name="bias"]').fill('0.5');
  await s.locator('input[name="normalize"]').uncheck();
  const config = withConfig({ conv: { padding: 1, dilation: 2, bias: 0.5, normalize: false } });
  await expectPageMatchesCore(page, config);
  await s.locator('input[name="bias"]').fill('half');
  await expect(s.locator('[role="alert"]')).toHaveText('"half" is not a number; keeping 0.5.');
  await expectPageMatchesCore(page, config);
});

test('pooling settings: average, window, stride and the three edges', async ({ page }) => {
  const s = await openSettings(page);
  await s.locator('select[name="poolKind"]').selectOption('avg');
  await expectPageMatchesCore(page, withConfig({ pool: { kind: 'avg' } }));
  await s.locator('select[name="edge"]').selectOption('drop');
  await expect(page.locator('[data-card="pool-0"] figcaption')).toHaveText('Pooled map 1 · 3x3');
  await expectPageMatchesCore(page, withConfig({ pool: { kind: 'avg', edge: 'drop' } }));
  await s.locator('select[name="edge"]').selectOption('ceil');
  await expect(page.locator('[data-card="pool-0"] figcaption')).toHaveText('Pooled map 1 · 4x4');
  await expectPageMatchesCore(page, withConfig({ pool: { kind: 'avg', edge: 'ceil' } }));
  await s.locator('select[name="poolSize"]').selectOption('3');
  await s.locator('select[name="poolStride"]').selectOption('1');
  await expectPageMatchesCore(
    page,
    withConfig({ pool: { kind: 'avg', edge: 'ceil', size: 3, stride: 1 } }),
  );
});

test('activations and the two orders; the panel says when the orders differ', async ({ page }) => {
  const s = await openSettings(page);
  const gap = s.locator('[data-order-gap]');
  await expect(gap).toHaveText(
    'With these settings both orders give exactly the same pooled numbers.',
  );
  await s.locator('input[value="chain"]').check();
  await expectPageMatchesCore(page, withConfig({ order: 'chain' }));
  await s.locator('[data-action="try-avg-tanh"]').click();
  const config = withConfig({ pool: { kind: 'avg' }, activation: 'tanh', order: 'chain' });
  await expectPageMatchesCore(page, config);
  await expect(gap).toContainText('With these settings the two orders differ, by up to');
  expect(Number(await gap.getAttribute('data-order-gap'))).toBeGreaterThan(0);
  for (const activation of ['sigmoid', 'leakyRelu'] as const) {
    await s.locator('select[name="activation"]').selectOption(activation);
    await expectPageMatchesCore(page, { ...config, activation });
  }
});

test('a window that does not fit explains itself and the rest keeps working', async ({ page }) => {
  await page.getByLabel('Size of kernel 1').selectOption('5');
  const s = await openSettings(page);
  await s.locator('select[name="dilation"]').selectOption('2');
  // A 5x5 kernel dilated by 2 spans 9x9: kernel 1's feature map is 1x1 and 2x2 pooling
  // without padding (edge drop) has no window that fits.
  await s.locator('select[name="edge"]').selectOption('drop');
  await expect(page.locator('[data-card="pool-0"] .no-output')).toHaveText(
    'The 2x2 pooling window does not fit in the 1x1 map.',
  );
  await s.locator('select[name="padding"]').selectOption('0');
  await expectPageMatchesCore(page, withConfig({ conv: { dilation: 2 }, pool: { edge: 'drop' } }));
  // Kernel 2 is still 3x3: dilated to 5x5 it gives a 5x5 map.
  await expect(page.locator('[data-card="conv-1"] figcaption')).toHaveText('Feature map 2 · 5x5');
});

test('the picture resizes, keeping the drawing centred, and presets follow its size', async ({
  page,
}) => {
  const s = await openSettings(page);
  await s.locator('input[name="rows"]').fill('11');
  await s.locator('input[name="columns"]').fill('13');
  await s.locator('input[name="columns"]').press('Enter');
  const input = await readInput(page);
  expect([input.height, input.width]).toEqual([11, 13]);
  // The seed's X moved by (1, 2): its top-left stroke pixel (1, 1) is now at (2, 3).
  expect(input.data[2 * 13 + 3]).toBe(1);
  await expectPageMatchesCore(page);
  await s.locator('input[name="rows"]').fill('99');
  await s.locator('input[name="rows"]').press('Enter');
  await expect(s.locator('[role="alert"]')).toHaveText('A whole number from 3 to 64.');
  expect((await readInput(page)).height).toBe(11);
  await page.keyboard.press('Escape');
  await page.locator('[data-preset="o"]').click();
  await expectPageMatchesCore(page);
  expect((await readInput(page)).width).toBe(13);
});

for (const preset of ['shiftedX', 'smallX', 'thickX', 'noisyX'] as const) {
  test(`the ${preset} preset loads and every map follows`, async ({ page }) => {
    await page.locator(`[data-preset="${preset}"]`).click();
    const { inputPreset } = await import('../../src/state/inputPresets');
    expect(await readMap(page, 'input')).toEqual(Array.from(inputPreset(preset).data));
    await expectPageMatchesCore(page);
  });
}

test('typing a size of two digits resizes once, keeping the whole drawing', async ({ page }) => {
  const s = await openSettings(page);
  await s.locator('input[name="rows"]').fill('30');
  await s.locator('input[name="rows"]').press('Enter');
  // 30x9 is drawn on a canvas only: read the picture from the page's link instead.
  await expect(page.locator('[data-map="input"]')).toHaveAttribute('data-cells', 'canvas');
  await page.waitForFunction(() => location.hash.includes('in=30x9'));
  const { input } = decodeLink(new URL(page.url()).hash).state;
  expect([input.height, input.width]).toEqual([30, 9]);
  // The seed's X has 13 stroke pixels; cropping on the way through 3 rows would keep 5.
  expect(input.data.filter((v) => v === 1).length).toBe(13);
});

test('a pinned cell whose map shrinks away is let go instead of explained wrongly', async ({
  page,
}) => {
  const s = await openSettings(page);
  await s.locator('select[name="padding"]').selectOption('1');
  await page.keyboard.press('Escape');
  await page.locator('[data-map="pool-0"] [data-index="24"]').click();
  await expect(page.locator('.explain')).toHaveAttribute('data-explain', 'pool');
  await page.keyboard.press('Control+z');
  await expect(page.locator('[data-card="pool-0"] figcaption')).toHaveText('Pooled map 1 · 4x4');
  await expect(page.locator('.explain')).toHaveAttribute('data-explain', 'none');
  await expect(page.locator('.explain')).not.toContainText('NaN');
});

test('stepping follows the kernels: removing the stepped kernel steps the last one', async ({
  page,
}) => {
  await page.getByLabel('Kernel to step through').selectOption('2');
  await page.getByRole('button', { name: 'Remove kernel 3' }).click();
  await page.locator('[data-step="forward"]').click();
  await expect(page.locator('[data-step-count]')).toHaveText('window 1 of 49');
  await expect(page.getByLabel('Kernel to step through')).toHaveValue('1');
});

test('typing a number is one undo step, however many keystrokes it took', async ({ page }) => {
  const s = await openSettings(page);
  await s.locator('input[name="bias"]').fill('');
  // 0.2 and then 0.25 are applied as they are typed.
  await s.locator('input[name="bias"]').pressSequentially('0.25');
  await page.keyboard.press('Escape');
  await expectPageMatchesCore(page, withConfig({ conv: { bias: 0.25 } }));
  await page.locator('[data-action="undo"]').click();
  await expectPageMatchesCore(page);
});
