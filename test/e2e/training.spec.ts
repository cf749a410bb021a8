import { execFileSync } from 'node:child_process';
import { expect, test, type Page } from '@playwright/test';

const training = (page: Page) => page.locator('[data-training]');
const number = async (page: Page, name: string): Promise<number> =>
  Number(await training(page).getAttribute(name));

test('learning from scratch: the step count grows, test accuracy rises, pause stops it', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/');
  await expect(training(page)).toHaveAttribute('data-step', '0');
  await page.locator('[data-action="train-from-scratch"]').click();
  await expect(training(page)).toHaveAttribute('data-test-accuracy', /\d/);
  const before = await number(page, 'data-test-accuracy');
  expect(before).toBeLessThan(0.9);
  const kernelBefore = await page.locator('[data-decision]').getAttribute('title');

  await page.locator('[data-action="train"]').click();
  await expect(training(page)).toHaveAttribute('data-running', 'true');
  await expect.poll(() => number(page, 'data-step'), { timeout: 30_000 }).toBeGreaterThan(20);
  await expect
    .poll(() => number(page, 'data-test-accuracy'), { timeout: 30_000 })
    .toBeGreaterThanOrEqual(0.9);
  await page.locator('[data-action="train"]').click();
  await expect(training(page)).toHaveAttribute('data-running', 'false');
  const paused = await number(page, 'data-step');
  // Paused: one more step is exactly one more.
  await page.locator('[data-action="train-step"]').click();
  await expect(training(page)).toHaveAttribute('data-step', String(paused + 1));
  expect(Number.isFinite(await number(page, 'data-loss'))).toBe(true);
  expect(await number(page, 'data-train-accuracy')).toBeGreaterThan(0.5);
  // The decision reads the trained network: the seed's X is still an X to it.
  await expect(page.locator('[data-decision]')).toHaveAttribute('data-winner', 'X');
  expect(kernelBefore).not.toBeNull();
  expect(errors).toEqual([]);
});

test('a diverging learning rate stops training with a problem, and no NaN or Infinity shows', async ({
  page,
}) => {
  await page.goto('/');
  const rate = page.locator('[data-train-field="learningRate"]');
  await rate.fill('1e6');
  await rate.press('Enter');
  await expect(rate).toHaveValue('1000000');
  await page.locator('[data-action="train-from-scratch"]').click();
  await page.locator('[data-action="train"]').click();
  await expect(training(page)).toHaveAttribute('data-problem', /learning rate/, {
    timeout: 30_000,
  });
  await expect(training(page)).toHaveAttribute('data-running', 'false');
  const text = await page.locator('body').innerText();
  expect(text).not.toMatch(/NaN|Infinity/);
  const attributes = await training(page).evaluate((el) =>
    Array.from(el.attributes, (a) => a.value).join(' '),
  );
  expect(attributes).not.toMatch(/NaN|Infinity/);
  // The decision still has numbers.
  await expect(page.locator('[data-decision] [data-class]').first()).toHaveAttribute(
    'data-probability',
    /^\d/,
  );
});

test('a learning rate that is not a number gets a message and changes nothing', async ({
  page,
}) => {
  await page.goto('/');
  const rate = page.locator('[data-train-field="learningRate"]');
  await rate.fill('-1');
  await rate.press('Enter');
  await expect(page.locator('.train-field-error')).toHaveText(
    'The learning rate must be a positive number, such as 0.01; "-1" is not.',
  );
  await page.locator('[data-action="train-step"]').click();
  await expect(training(page)).toHaveAttribute('data-step', '1');
});

test('the docked training panel adds nothing to the page height; screenshots', async ({ page }) => {
  await page.goto('/');
  const height = () => page.evaluate(() => document.documentElement.scrollHeight);
  const withPanel = await height();
  await training(page).evaluate((el) => ((el as HTMLElement).style.display = 'none'));
  expect(await height()).toBe(withPanel);
  await training(page).evaluate((el) => ((el as HTMLElement).style.display = ''));
  await page.locator('[data-action="train-from-scratch"]').click();
  for (let i = 0; i < 15; i++) await page.locator('[data-action="train-step"]').click();
  await expect(training(page)).toHaveAttribute('data-step', '15');
  await page.screenshot({ path: '/tmp/shots-train/bar-1280x720.png' });
  await page.locator('[data-action="train-more"]').click();
  await expect(page.locator('.train-chart')).toHaveCount(2);
  await page.screenshot({ path: '/tmp/shots-train/train-1280x720.png' });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: '/tmp/shots-train/train-390x844.png' });
  await page.locator('[data-action="train-more"]').click();
  await page.screenshot({ path: '/tmp/shots-train/bar-390x844.png' });
});

test("the run's PyTorch program prints the page's last loss within 1e-9", async ({ page }) => {
  await page.goto('/');
  await page.locator('[data-action="train-from-scratch"]').click();
  for (let i = 0; i < 6; i++) await page.locator('[data-action="train-step"]').click();
  await expect(training(page)).toHaveAttribute('data-step', '6');
  const loss = await number(page, 'data-loss');
  await page.locator('[data-action="train-more"]').click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('[data-export="training-python"]').click(),
  ]);
  const path = await download.path();
  const out = JSON.parse(
    execFileSync('/usr/bin/python3', [path, '--json'], { encoding: 'utf8', timeout: 120_000 }),
  ) as { losses: number[] };
  expect(out.losses).toHaveLength(6);
  expect(Math.abs(out.losses[5]! - loss)).toBeLessThan(1e-9);
});

test('the offline single file trains in its inlined worker, from file://', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`file://${process.cwd()}/dist-offline/cnn-playground.html`);
  await page.locator('[data-action="train-from-scratch"]').click();
  await page.locator('[data-action="train"]').click();
  await expect.poll(() => number(page, 'data-step'), { timeout: 30_000 }).toBeGreaterThan(10);
  await page.locator('[data-action="train"]').click();
  await expect(training(page)).toHaveAttribute('data-running', 'false');
  // In the worker: no notice that training fell back to the page.
  await expect(page.locator('.train-message')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('without workers, training runs on the page and says so; the page keeps working', async ({
  page,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'Worker', {
      value: function Worker() {
        throw new Error('blocked by the content policy');
      },
    });
  });
  await page.goto('/');
  await page.locator('[data-action="train-step"]').click();
  await expect(training(page)).toHaveAttribute('data-step', '1');
  await expect(page.locator('.train-message')).toContainText(
    'Training runs on the page itself (the training worker could not start: blocked by the content policy)',
  );
  await page.locator('[data-action="train"]').click();
  await expect.poll(() => number(page, 'data-step'), { timeout: 30_000 }).toBeGreaterThan(5);
  await page.locator('[data-action="train"]').click();
  await expect(training(page)).toHaveAttribute('data-running', 'false');
  await page.locator('[data-preset="o"]').click();
  await expect(page.locator('[data-decision]')).toHaveAttribute('data-winner', /X|O/);
});

test('a whole training run is one undo step', async ({ page }) => {
  await page.goto('/');
  const firstWeight = () =>
    page.evaluate(() => document.querySelector('[data-decision]')?.getAttribute('data-winner'));
  await page.locator('[data-action="train-from-scratch"]').click();
  for (let i = 0; i < 4; i++) await page.locator('[data-action="train-step"]').click();
  await expect(training(page)).toHaveAttribute('data-step', '4');
  await page.locator('[data-action="undo"]').click();
  // Back to the seed network: the seed's kernels and learned votes decide X at 99.95 %.
  await expect(page.locator('[data-decision] [data-class="X"]')).toHaveAttribute(
    'data-probability',
    /^0\.999/,
  );
  expect(await firstWeight()).toBe('X');
});
