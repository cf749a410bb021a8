import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { SEED_X } from '../../src/core';
import { decodeLink, encodeLink, seedState } from '../../src/state';
import { expectPageMatchesCore, pixel, readInput, readMap } from './pageMaps';

async function ready(page: Page) {
  await expect(page.locator('[data-map="input"]')).toBeVisible();
}

async function allMaps(page: Page): Promise<Record<string, number[]>> {
  const ids = await page
    .locator('[data-map]')
    .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.map!));
  const out: Record<string, number[]> = {};
  for (const id of ids) out[id] = await readMap(page, id);
  return out;
}

test('a link restores the page exactly: state, then link, then a new page, same numbers', async ({
  page,
  context,
}) => {
  await page.goto('/');
  await ready(page);
  await pixel(page, 0, 4).click();
  await page.getByLabel('Preset for kernel 2').selectOption('sobelY');
  await page.locator('[data-settings] summary').click();
  await page.locator('select[name="poolKind"]').selectOption('avg');
  await page.locator('input[name="bias"]').fill('0.125');
  await page.keyboard.press('Escape');
  const before = await allMaps(page);
  // The link is written a moment after the last change (the bias, here).
  await expect.poll(() => decodeLink(new URL(page.url()).hash).state.config.conv.bias).toBe(0.125);
  const url = page.url();
  expect(url).toContain('#v=2&');
  const other = await context.newPage();
  await other.goto(url);
  await ready(other);
  expect(await allMaps(other)).toEqual(before);
  await expect(other.locator('[data-notice]')).toHaveCount(0);
});

test('a reload brings the work back from this browser', async ({ page }) => {
  await page.goto('/');
  await ready(page);
  await pixel(page, 8, 8).click();
  const before = await allMaps(page);
  await page.goto('/'); // no hash: the saved work, not the seed
  await ready(page);
  expect(await allMaps(page)).toEqual(before);
});

const seedLink = encodeLink(seedState());
const malformed: [string, string, RegExp][] = [
  [
    'a truncated picture',
    seedLink.replace(/in=([^&]+)/, (_, v: string) => `in=${v.slice(0, -3)}`),
    /the picture/,
  ],
  ['kernels with a word in them', seedLink.replace(/k=[^&]+/, 'k=3x3.1,two,3'), /the kernels/],
  ['a stride of 7', seedLink.replace(/c=[^&]+/, 'c=7,0,1,0,1'), /the convolution settings/],
  [
    'markup in the activation',
    seedLink.replace(/a=[^&]+/, 'a=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E'),
    /the activation/,
  ],
  ['another version', '#v=9&in=garbage', /could not be read/],
  ['random bytes', '#%00%ff%fe&&&==', /could not be read/],
];

for (const [name, hash, message] of malformed) {
  test(`a link with ${name} starts from the seed there and says so`, async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('dialog', (d) => errors.push(`dialog: ${d.message()}`));
    await page.goto(`/${hash}`);
    await ready(page);
    await expect(page.locator('[data-notice]')).toContainText(message);
    await expect(page.locator('img')).toHaveCount(0);
    await expectPageMatchesCore(page, (await import('../../src/core')).SEED_CONFIG);
    expect(errors).toEqual([]);
  });
}

test('undo and redo step over edits; a paint stroke is one step', async ({ page }) => {
  await page.goto('/');
  await ready(page);
  const from = (await pixel(page, 0, 0).boundingBox())!;
  const to = (await pixel(page, 0, 8).boundingBox())!;
  await page.mouse.move(from.x + 5, from.y + 5);
  await page.mouse.down();
  await page.mouse.move(to.x + 5, to.y + 5, { steps: 5 });
  await page.mouse.up();
  const painted = await readMap(page, 'input');
  await page.locator('[data-map="kernel-0"] [data-index="1"]').click();
  expect((await readMap(page, 'kernel-0'))[1]).toBe(0);
  await page.keyboard.press('Control+z');
  expect((await readMap(page, 'kernel-0'))[1]).toBe(-1);
  expect(await readMap(page, 'input')).toEqual(painted);
  await page.keyboard.press('Control+z');
  expect(await readMap(page, 'input')).toEqual(Array.from(SEED_X.data));
  await expect(page.locator('[data-action="undo"]')).toBeDisabled();
  await page.keyboard.press('Control+Shift+z');
  expect(await readMap(page, 'input')).toEqual(painted);
  await page.keyboard.press('Control+y');
  expect((await readMap(page, 'kernel-0'))[1]).toBe(0);
  await page.locator('[data-action="reset"]').click();
  expect((await readMap(page, 'kernel-0'))[1]).toBe(-1);
  await page.locator('[data-action="undo"]').click();
  expect((await readMap(page, 'kernel-0'))[1]).toBe(0);
  await expectPageMatchesCore(page);
});

test('Chinese: every visible string is translated, and the choice is remembered', async ({
  page,
}) => {
  await page.goto('/');
  await ready(page);
  await page.getByRole('button', { name: '中文' }).click();
  await expect(page.locator('h1')).toContainText('CNN 演练场');
  await expect(page.locator('[data-card="conv-0"] figcaption')).toHaveText(
    '卷积后的特征图 1 · 7x7',
  );
  await expect(page.locator('#input-title')).toContainText('原图');
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
  // Words of three or more Latin letters, except names that stay as they are.
  const allowed = new Set([
    'CNN',
    'matplotlib',
    'imshow',
    'softmax',
    'ReLU',
    'Leaky',
    'Sigmoid',
    'Tanh',
    'Sobel',
    'English',
    'max',
    'PNG',
    'JPEG',
    'WebP',
    'GIF',
    'BMP',
    'SVG',
    'JSON',
    'NumPy',
    'PyTorch',
    'Python',
    'Esc',
    'Ctrl',
    'Shift',
  ]);
  const texts = await page.evaluate(() => {
    const out: string[] = [];
    const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walk.nextNode(); n; n = walk.nextNode()) {
      const el = n.parentElement!;
      if (el.closest('[hidden], script, style') || !el.checkVisibility()) continue;
      if (n.textContent!.trim()) out.push(n.textContent!.trim());
    }
    for (const el of document.querySelectorAll('[aria-label], [title]')) {
      out.push(el.getAttribute('aria-label') ?? '', el.getAttribute('title') ?? '');
    }
    return out;
  });
  const english = texts
    .flatMap((s) => s.match(/[A-Za-z]{3,}/g) ?? [])
    .filter((w) => !allowed.has(w));
  expect(english).toEqual([]);
  // The link and the saved work are written a quarter second after a change.
  await expect.poll(() => page.evaluate(() => location.hash)).toContain('l=zh');
  await page.reload();
  await ready(page);
  await expect(page.locator('h1')).toContainText('CNN 演练场');
});

test.describe('a browser that prefers Chinese', () => {
  test.use({ locale: 'zh-CN' });
  test('opens in Chinese on the first visit', async ({ page }) => {
    await page.goto('/');
    await ready(page);
    await expect(page.locator('h1')).toContainText('CNN 演练场');
  });
});

test('presentation mode enlarges the maps, hides the controls, and Escape leaves it', async ({
  page,
}) => {
  await page.goto('/');
  await ready(page);
  const small = (await page.locator('[data-map="conv-0"]').boundingBox())!.width;
  await page.locator('[data-action="present"]').click();
  // The toolbar goes; the decision stays.
  await expect(page.locator('.toolbar')).toBeHidden();
  await expect(page.locator('[data-decision]')).toBeVisible();
  const big = (await page.locator('[data-map="conv-0"]').boundingBox())!.width;
  expect(big).toBeGreaterThan(small * 1.1);
  await expect(page.locator('[data-action="exit-presentation"]')).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Escape');
  await expect(page.locator('.toolbar')).toBeVisible();
});

for (const [name, setup] of [
  ['English', async () => {}],
  ['Chinese', async (page: Page) => page.getByRole('button', { name: '中文' }).click()],
  ['presentation mode', async (page: Page) => page.locator('[data-action="present"]').click()],
] as const) {
  test(`an accessibility audit finds no serious or critical violation (${name})`, async ({
    page,
  }) => {
    // axe checks every cell's label and contrast: ~20 s here, more on a busy machine.
    test.setTimeout(120_000);
    await page.goto('/');
    await ready(page);
    await setup(page);
    const results = await new AxeBuilder({ page }).analyze();
    const bad = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.help} (${v.nodes.length}) ${v.nodes[0]?.target}`);
    expect(bad).toEqual([]);
  });
}

test('the offline file works from disk with no network', async ({ browser }) => {
  const context = await browser.newContext();
  const requests: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('file:') || url.startsWith('data:')) return route.continue();
    requests.push(url);
    return route.abort();
  });
  const page = await context.newPage();
  await page.goto(`file://${process.cwd()}/dist-offline/cnn-playground.html`);
  await ready(page);
  await pixel(page, 4, 0).click();
  expect((await readInput(page)).data[4 * 9]).toBe(1);
  await expectPageMatchesCore(page);
  expect(requests).toEqual([]);
  await context.close();
});

test('a tablet fits the board and paints with a finger', async ({ browser }) => {
  const context = await browser.newContext({
    viewport: { width: 768, height: 1024 },
    hasTouch: true,
    isMobile: true,
  });
  const page = await context.newPage();
  await page.goto('/');
  await ready(page);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(768);
  await pixel(page, 4, 0).tap();
  expect((await readInput(page)).data[4 * 9]).toBe(1);
  await page.locator('[data-map="conv-0"] [data-index="3"]').tap();
  await expect(page.locator('[data-action="unpin"]')).toBeVisible();
  await context.close();
});
