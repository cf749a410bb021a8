import { expect, test } from '@playwright/test';

// Defect 8: the focus never falls to the page body, stays in an open menu, and every step
// button has a name and a tooltip.

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('[data-map="input"]')).toBeVisible();
});

const focused = (page: import('@playwright/test').Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return el ? `${el.tagName.toLowerCase()}${el.closest('[data-menu]') ? ' in menu' : ''}` : '';
  });

test('Escape in the open settings gives the focus back to the Settings button', async ({
  page,
}) => {
  const menu = page.locator('[data-settings]');
  await menu.locator('summary').click();
  await menu.locator('select[name="stride"]').focus();
  await page.keyboard.press('Escape');
  await expect(menu).not.toHaveAttribute('open', '');
  expect(await focused(page)).toBe('summary in menu');
});

test('Tab and Shift+Tab stay inside the open settings panel', async ({ page }) => {
  const menu = page.locator('[data-settings]');
  await menu.locator('summary').click();
  await menu.locator('summary').focus();
  const count = await menu
    .locator('summary, button:not(:disabled), input:not(:disabled), select:not(:disabled)')
    .count();
  for (let i = 0; i < count + 3; i++) {
    await page.keyboard.press('Tab');
    expect(await focused(page), `Tab ${i + 1}`).toMatch(/ in menu$/);
  }
  for (let i = 0; i < 3; i++) {
    await page.keyboard.press('Shift+Tab');
    expect(await focused(page), `Shift+Tab ${i + 1}`).toMatch(/ in menu$/);
  }
});

test('removing a kernel moves the focus to the next remove button, not the body', async ({
  page,
}) => {
  await page.locator('[data-kernel="1"] [data-action="remove-kernel"]').click();
  await expect(page.locator('[data-kernel]')).toHaveCount(2);
  // Kernel 3 moved into second place: its remove button has the focus.
  await expect(page.locator('[data-kernel="1"] [data-action="remove-kernel"]')).toBeFocused();
  await page.locator('[data-kernel="1"] [data-action="remove-kernel"]').click();
  await expect(page.locator('[data-kernel]')).toHaveCount(1);
  // The last kernel cannot be removed: the focus goes to "Add kernel".
  await expect(page.locator('[data-action="add-kernel"]')).toBeFocused();
});

test('every step button has an accessible name and the same words as its tooltip', async ({
  page,
}) => {
  const names = [];
  for (const step of ['back', 'play', 'forward', 'stop']) {
    const button = page.locator(`[data-step="${step}"]`);
    const name = await button.getAttribute('aria-label');
    expect(name, step).toBeTruthy();
    expect(await button.getAttribute('title')).toBe(name);
    names.push(name);
  }
  expect(names).toEqual(['Step back', 'Play', 'Step forward', 'Stop and show every cell']);
});
