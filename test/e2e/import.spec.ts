import { expect, test, type Page } from '@playwright/test';
import { runPipeline, SEED_KERNELS, SEED_X } from '../../src/core';
import { inputPreset, resizeInput } from '../../src/state/inputPresets';
import { grayScale, LEVEL_RGB } from '../../src/present/grayScale';
import { tinted } from '../../src/view/maps/paintCanvas';
import { readMap } from './pageMaps';

/** A PNG the test draws itself: `width` x `height`, black left of `split` px, white after. */
async function splitPng(page: Page, width: number, height: number, split: number): Promise<Buffer> {
  const b64 = await page.evaluate(
    ([w, h, s]) => {
      const c = document.createElement('canvas');
      c.width = w!;
      c.height = h!;
      const ctx = c.getContext('2d')!;
      ctx.fillStyle = '#fff';
      ctx.fillRect(0, 0, w!, h!);
      ctx.fillStyle = '#000';
      ctx.fillRect(0, 0, s!, h!);
      return c.toDataURL('image/png').split(',')[1]!;
    },
    [width, height, split],
  );
  return Buffer.from(b64, 'base64');
}

const ROW = [-1, -1, -1, -1, 1, 1, 1, 1, 1];

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('[data-map="input"]')).toBeVisible();
});

test('a chosen picture is scaled to the grid, turned gray and mapped to -1..+1', async ({
  page,
}) => {
  const png = await splitPng(page, 90, 90, 36);
  await page
    .locator('[data-file-input]')
    .setInputFiles({ name: 'half.png', mimeType: 'image/png', buffer: png });
  await expect(page.locator('[data-import="done"]')).toHaveText('Imported half.png as 9x9 pixels.');
  expect(await readMap(page, 'input')).toEqual(Array.from({ length: 9 }, () => ROW).flat());
});

test('the import message goes once a preset or an undo changes the picture (defect 6)', async ({
  page,
}) => {
  const png = await splitPng(page, 90, 90, 36);
  const done = page.locator('[data-import="done"]');
  const choose = () =>
    page
      .locator('[data-file-input]')
      .setInputFiles({ name: 'o.png', mimeType: 'image/png', buffer: png });
  await choose();
  await expect(done).toHaveText('Imported o.png as 9x9 pixels.');
  await page.locator('[data-preset="o"]').click();
  await expect(done).toHaveCount(0);
  await choose();
  await expect(done).toHaveText('Imported o.png as 9x9 pixels.');
  await page.locator('[data-action="undo"]').click();
  await expect(done).toHaveCount(0);
  // The undo brought back the O preset, from before the second import.
  expect(await readMap(page, 'input')).toEqual(Array.from(inputPreset('o').data));
});

test('without the black-and-white option, grays stay grays', async ({ page }) => {
  await page.getByLabel('Black and white only').uncheck();
  // Split at 45 px of 90: column 4 (40..50 px) is half black, half white: a middle gray
  // (the browser's resampling may soften the edge a little, hence the tolerance).
  const png = await splitPng(page, 90, 90, 45);
  await page
    .locator('[data-file-input]')
    .setInputFiles({ name: 'g.png', mimeType: 'image/png', buffer: png });
  await expect(page.locator('[data-import="done"]')).toBeVisible();
  const row = (await readMap(page, 'input')).slice(0, 9);
  expect(row.slice(0, 4)).toEqual([-1, -1, -1, -1]);
  expect(Math.abs(row[4]!)).toBeLessThan(0.15);
  expect(row.slice(5)).toEqual([1, 1, 1, 1]);
});

test('a file that is not a picture is refused with a message and the picture is kept', async ({
  page,
}) => {
  await page.locator('[data-file-input]').setInputFiles({
    name: 'notes.png',
    mimeType: 'image/png',
    buffer: Buffer.from('this is not a PNG'),
  });
  await expect(page.getByRole('alert')).toHaveText(
    'That file is not a picture this browser can read (try PNG, JPEG, WebP, GIF or BMP). The picture is unchanged.',
  );
  expect(await readMap(page, 'input')).toEqual(Array.from(SEED_X.data));
  await page
    .locator('[data-file-input]')
    .setInputFiles({ name: 'empty.png', mimeType: 'image/png', buffer: Buffer.alloc(0) });
  await expect(page.getByRole('alert')).toHaveText('That file is empty. The picture is unchanged.');
});

test('a picture dropped on the grid or pasted is imported', async ({ page }) => {
  const png = (await splitPng(page, 18, 18, 8)).toString('base64');
  await page.evaluate(async (b64) => {
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const data = new DataTransfer();
    data.items.add(new File([bytes], 'drop.png', { type: 'image/png' }));
    const zone = document.querySelector('.drop-zone')!;
    zone.dispatchEvent(
      new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }),
    );
  }, png);
  await expect(page.locator('[data-import="done"]')).toHaveText('Imported drop.png as 9x9 pixels.');
  expect((await readMap(page, 'input')).slice(0, 9)).toEqual(ROW);
  await page.locator('[data-action="invert"]').click();
  await page.evaluate(async (b64) => {
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const data = new DataTransfer();
    data.items.add(new File([bytes], 'paste.png', { type: 'image/png' }));
    document.body.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    );
  }, png);
  await expect(page.locator('[data-import="done"]')).toHaveText(
    'Imported paste.png as 9x9 pixels.',
  );
  expect((await readMap(page, 'input')).slice(0, 9)).toEqual(ROW);
});

test('a 40-megapixel photo is imported', async ({ page }) => {
  test.setTimeout(90_000);
  await page.evaluate(async () => {
    const canvas = new OffscreenCanvas(8000, 5000);
    const ctx = canvas.getContext('2d')!;
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, 8000, 5000);
    ctx.fillStyle = '#000';
    ctx.fillRect(0, 0, 3200, 5000);
    const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.9 });
    const data = new DataTransfer();
    data.items.add(new File([blob], 'photo.jpg', { type: 'image/jpeg' }));
    document
      .querySelector('.drop-zone')!
      .dispatchEvent(
        new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }),
      );
  });
  await expect(page.locator('[data-import="done"]')).toHaveText(
    'Imported photo.jpg as 9x9 pixels.',
    { timeout: 60_000 },
  );
  expect((await readMap(page, 'input')).slice(9, 18)).toEqual(ROW);
});

test('a 32x32 picture is drawn on canvases that show the core’s numbers', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.locator('[data-settings] summary').click();
  await page.locator('input[name="rows"]').fill('32');
  await page.locator('input[name="columns"]').fill('32');
  await page.locator('input[name="columns"]').press('Enter');
  await page.keyboard.press('Escape');
  const input = page.locator('[data-map="input"]');
  await expect(input).toHaveAttribute('data-cells', 'canvas');
  // Flip pixel (5, 7) by clicking the middle of its square on the canvas.
  const box = (await input.locator('.heatmap-canvas').first().boundingBox())!;
  await page.mouse.click(
    box.x + ((7 + 0.5) * box.width) / 32,
    box.y + ((5 + 0.5) * box.height) / 32,
  );
  const picture = resizeInput(SEED_X, 32, 32);
  const data = picture.data.slice();
  data[5 * 32 + 7] = 1;
  const [first] = runPipeline({ height: 32, width: 32, data }, SEED_KERNELS);
  const feature = first!.feature.map!;
  const reds = () =>
    page
      .locator('[data-map="conv-0"] .heatmap-canvas')
      .first()
      .evaluate((c) => {
        const canvas = c as HTMLCanvasElement;
        const px = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
        return Array.from({ length: canvas.width * canvas.height }, (_, i) => px[i * 4]);
      });
  const scale = grayScale([-1, 1]);
  // The pointer still rests on pixel (5, 7): the 3x3 windows that contain it, feature cells
  // rows 3-5 and columns 5-7, are tinted orange.
  const lit = (i: number) => Math.abs(Math.floor(i / 30) - 4) <= 1 && Math.abs((i % 30) - 6) <= 1;
  await expect
    .poll(reds)
    .toEqual(
      Array.from(feature.data, (v, i) =>
        lit(i) ? tinted(scale.level(v))[0] : LEVEL_RGB[scale.level(v) * 3],
      ),
    );
  await page.mouse.move(1, 1);
  await expect.poll(reds).toEqual(Array.from(feature.data, (v) => LEVEL_RGB[scale.level(v) * 3]));
  expect(errors).toEqual([]);
});
