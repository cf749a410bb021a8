import { expect, test, type Page } from '@playwright/test';
import {
  classify,
  runPipelineChannels,
  SEED_CONFIG,
  SEED_KERNELS,
  type Matrix,
} from '../../src/core';
import { reducer, seedState } from '../../src/state';
import { decisionNetwork } from '../../src/state/decisionNetwork';
import { pictureTensor } from '../../src/state/colorChannels';
import { readMap, readMatrix } from './pageMaps';

/** The bytes of pixel (r, c) of the test's 9x9 colour picture. */
function bytes(r: number, c: number): [number, number, number] {
  const red = r === c || r + c === 8 ? 255 : 0;
  const green = Math.max(Math.abs(r - 4), Math.abs(c - 4)) === 3 ? 204 : 51;
  return [red, green, c * 25];
}

/** A 36x36 PNG (4x4 pixels a cell: the page's decoding size, so nothing is resampled). */
async function colorPng(page: Page): Promise<Buffer> {
  const cells = Array.from({ length: 81 }, (_, i) => bytes(Math.floor(i / 9), i % 9));
  const b64 = await page.evaluate((colors) => {
    const canvas = document.createElement('canvas');
    canvas.width = 36;
    canvas.height = 36;
    const ctx = canvas.getContext('2d')!;
    colors.forEach(([r, g, b], i) => {
      ctx.fillStyle = `rgb(${r}, ${g}, ${b})`;
      ctx.fillRect((i % 9) * 4, Math.floor(i / 9) * 4, 4, 4);
    });
    return canvas.toDataURL('image/png').split(',')[1]!;
  }, cells);
  return Buffer.from(b64, 'base64');
}

const channel = (k: 0 | 1 | 2) =>
  Array.from({ length: 81 }, (_, i) => (bytes(Math.floor(i / 9), i % 9)[k] / 255) * 2 - 1);

async function importInColor(page: Page) {
  await page.goto('/');
  await expect(page.getByLabel('Black and white only')).toBeChecked();
  await page.locator('[data-import-option="color"]').check();
  // Ticking colour unticks black and white: the channels keep their levels.
  await expect(page.getByLabel('Black and white only')).not.toBeChecked();
  await page
    .locator('[data-file-input]')
    .setInputFiles({ name: 'colour.png', mimeType: 'image/png', buffer: await colorPng(page) });
  await expect(page.locator('[data-import="done"]')).toHaveText(
    'Imported colour.png in colour as 9x9 pixels, three channels.',
  );
}

test('a colour picture is three channels beside it; each kernel sums its three slices', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await importInColor(page);
  const red = await readMap(page, 'input-red');
  const green = await readMap(page, 'input-green');
  const blue = await readMap(page, 'input-blue');
  for (const [got, want] of [
    [red, channel(0)],
    [green, channel(1)],
    [blue, channel(2)],
  ] as const) {
    got.forEach((v, i) => expect(v).toBeCloseTo(want[i]!, 12));
  }
  // The picture's own cells are its red channel.
  expect(await readMap(page, 'input')).toEqual(red);
  // Every kernel has three slices, the seed's kernel on every channel.
  for (let k = 0; k < 3; k++) {
    const slices = await Promise.all(
      [`kernel-${k}`, `kernel-${k}-green`, `kernel-${k}-blue`].map((id) => readMap(page, id)),
    );
    for (const s of slices) expect(s).toEqual(Array.from(SEED_KERNELS[k]!.data));
  }
  // The maps are the core's sums over the three channels, to the last digit.
  const planes = [red, green, blue].map((d): Matrix => ({
    height: 9,
    width: 9,
    data: Float64Array.from(d),
  }));
  const maps = runPipelineChannels(
    planes,
    SEED_KERNELS.map((k) => [k, k, k]),
    SEED_CONFIG,
  );
  for (let k = 0; k < 3; k++) {
    expect(await readMap(page, `conv-${k}`)).toEqual(Array.from(maps[k]!.feature.map!.data));
    expect(await readMap(page, `pool-${k}`)).toEqual(Array.from(maps[k]!.pooled.map!.data));
  }
  // The decision reads the three channels: the core's probabilities on the same picture.
  const state = reducer(seedState(), {
    type: 'setColorInput',
    channels: planes as [Matrix, Matrix, Matrix],
  });
  const made = decisionNetwork(state);
  if (!('network' in made)) throw new Error('no network');
  const { probabilities } = classify(made.network, pictureTensor(state));
  const shown = await page
    .locator('[data-decision] [data-class]')
    .evaluateAll((els) => els.map((el) => Number(el.getAttribute('data-probability'))));
  expect(shown).toEqual(Array.from(probabilities));
  expect(errors).toEqual([]);
});

test('a feature cell explains each channel, a slice weight cycles alone, the link keeps colour', async ({
  page,
}) => {
  await importInColor(page);
  await page.locator('[data-map="conv-0"] [data-index="8"]').hover();
  const explain = page.locator('[data-explain="conv"]');
  await expect(explain.locator('[data-channel]')).toHaveCount(3);
  await expect(explain).toContainText('Red channel');
  await expect(explain).toContainText('÷ 27');
  await expect.poll(() => page.evaluate(() => location.hash)).toContain('rgb=');
  const before = await page.evaluate(() => location.hash);
  // A click on the blue slice's centre cycles it (+1 -> -1); red and green stay.
  await page.locator('[data-map="kernel-0-blue"] [data-index="4"]').click();
  await expect(page.locator('[data-map="kernel-0-blue"] [data-index="4"]')).toHaveAttribute(
    'data-value',
    '-1',
  );
  await expect(page.locator('[data-map="kernel-0"] [data-index="4"]')).toHaveAttribute(
    'data-value',
    '1',
  );
  const conv = await readMatrix(page, 'conv-0');
  await expect.poll(() => page.evaluate(() => location.hash)).not.toBe(before);
  const hash = await page.evaluate(() => location.hash);
  const other = await page.context().newPage();
  await other.goto(`/${hash}`);
  await expect(other.locator('[data-map="input-green"]')).toBeVisible();
  for (const id of ['input-green', 'input-blue', 'kernel-0-blue']) {
    expect(await readMap(other, id), id).toEqual(await readMap(page, id));
  }
  expect(await readMatrix(other, 'conv-0')).toEqual(conv);
  // Back to gray: one channel again, the channel maps and slices gone.
  await other.locator('[data-action="to-gray"]').click();
  await expect(other.locator('[data-map="input-green"]')).toHaveCount(0);
  await expect(other.locator('[data-map="kernel-0-blue"]')).toHaveCount(0);
  await other.locator('[data-action="undo"]').click();
  await expect(other.locator('[data-map="kernel-0-blue"]')).toBeVisible();
});
