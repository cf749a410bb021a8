import { expect, test, type Page } from '@playwright/test';

/** The red, green, blue of cell `index` of a map, read from its canvas (one pixel a cell). */
async function pixel(page: Page, mapId: string, index: number): Promise<number[]> {
  return page.locator(`[data-map="${mapId}"] canvas`).evaluate((c, i) => {
    const canvas = c as HTMLCanvasElement;
    const x = i % canvas.width;
    const y = Math.floor(i / canvas.width);
    return Array.from(canvas.getContext('2d')!.getImageData(x, y, 1, 1).data.slice(0, 3));
  }, index);
}

test('the diverging colour map draws negative red, positive blue and zero white, and a link keeps it', async ({
  page,
}) => {
  await page.goto('/');
  // Kernel 1 is the seed's diagonal: +1 at its first cell, -1 at its second.
  expect(await pixel(page, 'kernel-0', 0)).toEqual([255, 255, 255]);
  expect(await pixel(page, 'kernel-0', 1)).toEqual([0, 0, 0]);
  const toggle = page.locator('[data-action="color-map"]');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  expect(await pixel(page, 'kernel-0', 0)).toEqual([5, 48, 97]);
  expect(await pixel(page, 'kernel-0', 1)).toEqual([103, 0, 31]);
  await expect(page.locator('[data-stage="feature"] .legend-ends')).toHaveText(
    'red = -1, white = 0, blue = 1',
  );
  // ReLU maps have no sign: they stay gray, and their legend says so.
  await expect(page.locator('[data-stage="activated"] .legend-ends')).toHaveText(
    'black = 0, white = 1',
  );
  await expect(page).toHaveURL(/d=shared%2C0%2Cdiverging/);
  await page.reload();
  await expect(page.locator('[data-action="color-map"]')).toHaveAttribute('aria-pressed', 'true');
});
