import { expect, test, type Browser } from '@playwright/test';
import { en } from '../../src/i18n/en';
import { zh } from '../../src/i18n/zh';
import { box, hitAtCentre } from './geometry';

// Issue 13, in students' hands: on a 390x844 phone the picture and at least the first
// kernel's maps are in view together, and the hints speak of tapping.

const EXPLAIN = '.input-panel > .explain';
const FIRST_ROW = ['input', 'kernel-0', 'conv-0', 'pool-0', 'relu-0'];

async function phone(browser: Browser) {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    hasTouch: true,
    isMobile: true,
  });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.locator('[data-map="input"]')).toBeVisible();
  return { context, page };
}

test("on a 390x844 phone the picture and the first kernel's four maps are in view together", async ({
  browser,
}) => {
  const { context, page } = await phone(browser);
  expect(await page.evaluate(() => [scrollX, scrollY])).toEqual([0, 0]);
  for (const id of FIRST_ROW) {
    const map = page.locator(`[data-map="${id}"]`);
    const b = await box(map);
    expect(b.x, id).toBeGreaterThanOrEqual(0);
    expect(b.x + b.width, id).toBeLessThanOrEqual(390);
    expect(b.y, id).toBeGreaterThanOrEqual(0);
    expect(b.y + b.height, id).toBeLessThanOrEqual(844);
    // Nothing covers it: a finger on its middle reaches it.
    expect(await hitAtCentre(page, map), `${id} is not covered`).toBe(true);
  }
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(390);
  await context.close();
});

test('a tap on a feature-map cell explains it without moving the picture or the map', async ({
  browser,
}) => {
  const { context, page } = await phone(browser);
  const before = await Promise.all(FIRST_ROW.map((id) => box(page.locator(`[data-map="${id}"]`))));
  await page.locator('[data-map="conv-0"] [data-index="24"]').tap();
  await expect(page.locator(EXPLAIN)).toHaveAttribute('data-explain', 'conv');
  await expect(page.locator(`${EXPLAIN} [data-result]`)).toHaveText('0.56');
  const after = await Promise.all(FIRST_ROW.map((id) => box(page.locator(`[data-map="${id}"]`))));
  expect(after).toEqual(before);
  // The explanation shows on the screen, over the maps further down.
  const panel = await box(page.locator(EXPLAIN));
  expect(panel.y).toBeLessThan(844);
  expect(panel.y + panel.height).toBeLessThanOrEqual(844);
  await context.close();
});

test('on a touch screen the hint speaks of tapping, not pointing or Escape, in English and Chinese', async ({
  browser,
}) => {
  const { context, page } = await phone(browser);
  const hint = page.locator(`${EXPLAIN} .explain-hint`);
  await expect(hint).toHaveText(en.explainHintTouch);
  expect(en.explainHintTouch).toMatch(/^Tap /);
  expect(en.explainHintTouch).not.toMatch(/point|esc|click|hover/i);
  await page.getByRole('button', { name: '中文' }).click();
  await expect(hint).toHaveText(zh.explainHintTouch);
  expect(zh.explainHintTouch).toMatch(/^轻点/);
  expect(zh.explainHintTouch).not.toMatch(/鼠标|Esc|点击|指向/);
  await context.close();
});

test('with a mouse the hint still speaks of pointing and Escape', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator(`${EXPLAIN} .explain-hint`)).toHaveText(en.explainHint);
});

test('on a touch screen the button that leaves presentation mode names no Escape key', async ({
  browser,
}) => {
  const { context, page } = await phone(browser);
  await page.locator('[data-action="present"]').tap();
  const exit = page.locator('[data-action="exit-presentation"]');
  await expect(exit).toHaveText(en.exitPresentationTouch);
  expect(en.exitPresentationTouch).not.toMatch(/esc/i);
  await exit.tap();
  await expect(page.locator('[data-action="present"]')).toBeVisible();
  await context.close();
});
