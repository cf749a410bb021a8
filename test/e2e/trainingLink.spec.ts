import { expect, test, type Page } from '@playwright/test';

const training = (page: Page) => page.locator('[data-training]');

/** Opens `hash`, learns from scratch for three steps and returns the last loss and the decision. */
async function threeSteps(page: Page, hash: string) {
  await page.goto(`/${hash}`);
  await page.locator('[data-action="train-from-scratch"]').click();
  for (let step = 1; step <= 3; step++) {
    await page.locator('[data-action="train-step"]').click();
    await expect(training(page)).toHaveAttribute('data-step', String(step));
  }
  const loss = await training(page).getAttribute('data-loss');
  const probabilities = await page
    .locator('[data-decision] [data-class]')
    .evaluateAll((els) => els.map((el) => el.getAttribute('data-probability')));
  return { loss, probabilities };
}

test('the training settings are part of the link: the same link and steps give the same run', async ({
  page,
  context,
}) => {
  await page.goto('/');
  const rate = page.locator('[data-train-field="learningRate"]');
  await rate.fill('0.05');
  await rate.press('Enter');
  await expect.poll(() => page.evaluate(() => location.hash)).toContain('t=momentum%2C0.05%2C');

  const hash = '#v=2&t=adam%2C0.01%2C8%2C0%2Call%2C7%2C200%2C100';
  const first = await threeSteps(page, hash);
  await expect(page.locator('[data-train-field="learningRate"]')).toHaveValue('0.01');
  const other = await context.newPage();
  const second = await threeSteps(other, hash);
  expect(first.loss).toMatch(/^\d/);
  expect(second).toEqual(first);
  // Another seed starts from other weights and other pictures.
  const third = await threeSteps(other, hash.replace('all%2C7', 'all%2C8'));
  expect(third.loss).not.toBe(first.loss);
});
