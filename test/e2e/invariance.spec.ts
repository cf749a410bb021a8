import { expect, test } from '@playwright/test';
import { seriousViolations } from './lessonAxe';

test('the invariance lab judges 19 variants of the X by six networks', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('[data-map="input"]')).toBeVisible();
  await page.locator('[data-action="invariance-lab"]').click();
  const lab = page.locator('[data-invariance-lab]');
  await expect(lab.locator('[data-variant]')).toHaveCount(20);
  await expect(lab.locator('[data-variant="right-2"] .lab-verdict')).toHaveText('X · 86 %');
  const rows = lab.locator('tbody tr');
  await expect(rows).toHaveCount(6);
  await expect(lab.locator('tbody tr[data-state="done"]')).toHaveCount(6, { timeout: 30_000 });
  const right = await rows.evaluateAll((trs) =>
    trs.map((tr) => `${tr.getAttribute('data-network')} ${tr.getAttribute('data-right')}`),
  );
  expect(right).toEqual([
    'page 19',
    'noPool 15',
    'pool2 19',
    'pool3 18',
    'oneBlock 19',
    'twoBlocks 19',
  ]);
  await expect(lab.locator('tr[data-network="noPool"] .lab-right')).toHaveText('15 of 19 · 79 %');
});

test('a picture or a network of the lab opens on the page as one undo step', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('[data-map="input"]')).toBeVisible();
  await page.locator('[data-action="invariance-lab"]').click();
  await page.locator('[data-open-picture="right-1"]').click();
  await expect(page.locator('[data-invariance-lab]')).toHaveCount(0);
  // The X moved one pixel right: its top-left stroke pixel (1, 1) is now at (1, 2).
  await expect(page.locator('[data-map="input"] [data-index="10"]')).toHaveAttribute(
    'data-value',
    '-1',
  );
  await expect(page.locator('[data-map="input"] [data-index="11"]')).toHaveAttribute(
    'data-value',
    '1',
  );
  await page.locator('[data-action="invariance-lab"]').click();
  const noPool = page.locator('[data-open-network="noPool"]');
  await expect(noPool).toBeEnabled({ timeout: 30_000 });
  await noPool.click();
  await expect(page.locator('[data-map="pool-0"] [data-value]')).toHaveCount(49);
  await page.keyboard.press('Control+z');
  await expect(page.locator('[data-map="pool-0"] [data-value]')).toHaveCount(16);
});

test('the invariance lab passes axe', async ({ page }) => {
  await page.goto('/');
  await page.locator('[data-action="invariance-lab"]').click();
  const lab = page.locator('[data-invariance-lab]');
  await expect(lab.locator('tbody tr[data-state="done"]')).toHaveCount(6, { timeout: 30_000 });
  expect(await seriousViolations(page, '[data-invariance-lab]')).toEqual([]);
});
