import { expect, test } from '@playwright/test';

test("in presentation mode a clicker's keys step through the convolution, and F goes full screen", async ({
  page,
}) => {
  await page.goto('/');
  await page.locator('[data-action="present"]').click();
  const count = page.locator('[data-step-count]');
  await expect(count).toHaveAttribute('data-step-count', '0');
  await page.keyboard.press('PageDown');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('PageDown');
  await expect(count).toHaveAttribute('data-step-count', '3');
  await page.keyboard.press('PageUp');
  await expect(count).toHaveAttribute('data-step-count', '2');
  await page.keyboard.press('f');
  await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
  await page.keyboard.press('f');
  await expect.poll(() => page.evaluate(() => document.fullscreenElement === null)).toBe(true);
  await expect(page.locator('[data-action="full-screen"]')).toBeVisible();
});

test('outside presentation mode the arrow keys leave the convolution steps alone', async ({
  page,
}) => {
  await page.goto('/');
  await page.keyboard.press('PageDown');
  await expect(page.locator('[data-step-count]')).toHaveAttribute('data-step-count', '0');
});
