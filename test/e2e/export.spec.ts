import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { runPipeline, SEED_CONFIG, SEED_KERNELS, SEED_X, toRows } from '../../src/core';
import { mapFigure } from '../../src/export/figure';
import { wholeFigure, type FigureStage } from '../../src/export/wholeFigure';
import { numpyCode } from '../../src/export/pythonNumpy';
import { torchCode } from '../../src/export/pythonTorch';
import { en } from '../../src/i18n/en';
import { stageDomains } from '../../src/present/stageDomains';
import { stageScales } from '../../src/present/stageScales';
import { readMap } from './pageMaps';

const seed = { input: SEED_X, kernels: SEED_KERNELS, config: SEED_CONFIG };
const results = runPipeline(SEED_X, SEED_KERNELS);
const scales = stageScales(stageDomains(SEED_KERNELS, SEED_CONFIG));
const scaleFor = (stage: FigureStage) => scales[stage];

/** The width and height a PNG file declares in its IHDR chunk. */
function pngSize(bytes: Buffer): [number, number] {
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]));
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

async function download(page: Page, selector: string): Promise<{ name: string; bytes: Buffer }> {
  const menu = page.locator('[data-menu="export"]');
  if (!(await menu.evaluate((d) => (d as HTMLDetailsElement).open)))
    await menu.locator('summary').click();
  const [file] = await Promise.all([page.waitForEvent('download'), page.locator(selector).click()]);
  return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
}

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('[data-map="input"]')).toBeVisible();
});

test('the whole figure downloads as a PNG at twice its size', async ({ page }) => {
  const figure = wholeFigure({
    input: SEED_X,
    kernels: SEED_KERNELS,
    results,
    scaleFor,
    noOutput: en.noOutput,
    ops: {
      conv: () => en.opConv(9),
      pool: en.opPool('max', 2),
      activation: en.activationName('relu'),
      fromFeature: en.opFromFeature,
    },
    titles: {
      input: en.input,
      kernel: (n) => en.kernel(n),
      feature: (n) => en.featureMap(n),
      pooled: (n) => en.pooledMap(n),
      activated: (n) => en.activatedMap(n, 'relu'),
      stages: {
        kernels: en.stageKernels,
        feature: en.stageFeature,
        pooled: en.stagePoolTitle('max', 2, 2),
        activated: en.stageActivated('relu'),
      },
    },
  });
  const { name, bytes } = await download(page, '[data-export="figure-png"]');
  expect(name).toBe('cnn-playground.png');
  expect(pngSize(bytes)).toEqual([figure.width * 2, figure.height * 2]);
});

test('the whole figure downloads as an SVG with every map and title', async ({ page }) => {
  const { bytes } = await download(page, '[data-export="figure-svg"]');
  const svg = bytes.toString('utf8');
  expect(svg).toContain('<svg');
  for (const title of [
    'Feature map 1 · 7x7',
    'Pooled map 3 · 4x4',
    'ReLU map 2 · 7x7',
    'Kernel 1 · 3x3',
    // The arrows say what they do, and that the ReLU map is taken from the feature map.
    '>conv ÷ 9<',
    '>max 2x2<',
    '>of the<',
    '>feature map<',
  ]) {
    expect(svg).toContain(title);
  }
});

test('one map downloads as a PNG and as an SVG', async ({ page }) => {
  await page.locator('[data-menu="export"] summary').click();
  await page.getByLabel('Map to export').selectOption('conv-1');
  const figure = mapFigure(results[1]!.feature.map!, scales.feature, 'Feature map 2 · 7x7');
  const { name, bytes } = await download(page, '[data-export="map-png"]');
  expect(name).toBe('conv-1.png');
  expect(pngSize(bytes)).toEqual([figure.width * 2, figure.height * 2]);
  const svg = (await download(page, '[data-export="map-svg"]')).bytes.toString('utf8');
  expect(svg).toContain('Feature map 2 · 7x7');
});

test('every number downloads as JSON equal to the page', async ({ page }) => {
  await page.locator('[data-map="input"] [data-index="40"]').click();
  const { bytes } = await download(page, '[data-export="json"]');
  const json = JSON.parse(bytes.toString('utf8'));
  expect(json.input.flat()).toEqual(await readMap(page, 'input'));
  for (let k = 0; k < 3; k++) {
    expect(json.stages[k].feature.flat()).toEqual(await readMap(page, `conv-${k}`));
    expect(json.stages[k].pooled.flat()).toEqual(await readMap(page, `pool-${k}`));
    expect(json.stages[k].activated.flat()).toEqual(await readMap(page, `relu-${k}`));
  }
  expect(json.kernels.map((k: number[][]) => k.flat())).toEqual(
    SEED_KERNELS.map((k) => toRows(k).flat()),
  );
});

test('show code gives the numpy and PyTorch programs for the current settings', async ({
  page,
}) => {
  await page.locator('[data-menu="export"] summary').click();
  await page.locator('[data-export="code"]').click();
  const dialog = page.locator('[data-code-dialog]');
  await expect(dialog).toBeVisible();
  expect(await dialog.locator('code').textContent()).toBe(numpyCode(seed));
  await dialog.locator('[data-flavour="torch"]').click();
  expect(await dialog.locator('code').textContent()).toBe(torchCode(seed));
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    dialog.locator('[data-action="download-code"]').click(),
  ]);
  expect(file.suggestedFilename()).toBe('cnn_playground_torch.py');
  expect(readFileSync((await file.path())!, 'utf8')).toBe(torchCode(seed));
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
});
