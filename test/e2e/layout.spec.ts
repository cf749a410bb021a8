import { expect, test, type Page } from '@playwright/test';
import { box, hitAtCentre, inside, overlaps } from './geometry';

// Issue 11, defects found when the app was tried as a new user would: 2, 3, 4 and 7.

/** The explanation of the maps' cells, under the picture. */
const EXPLAIN = '.input-panel > .explain';

async function open(page: Page, width = 1280, height = 720) {
  await page.setViewportSize({ width, height });
  await page.goto('/');
  await expect(page.locator('[data-map="input"]')).toBeVisible();
}

for (const [width, height] of [
  [1280, 720],
  [390, 844],
] as const) {
  test(`defect 2: at ${width}x${height} nothing in the English settings panel runs out of its box`, async ({
    page,
  }) => {
    await open(page, width, height);
    await page.locator('[data-settings] summary').click();
    const popover = page.locator('[data-settings] .settings-popover');
    await expect(popover).toBeVisible();
    const { scrollWidth, clientWidth, outside, seen } = await popover.evaluate((p) => {
      const r = p.getBoundingClientRect();
      const left = r.left + p.clientLeft;
      const right = left + p.clientWidth;
      const outside: string[] = [];
      const seen: string[] = [];
      for (const el of p.querySelectorAll('label, select, input, button, p, legend')) {
        const b = el.getBoundingClientRect();
        if (b.width === 0) continue;
        seen.push(el.textContent?.trim() ?? '');
        if (b.left < left - 0.5 || b.right > right + 0.5) {
          outside.push(
            `${el.tagName} "${el.textContent?.trim().slice(0, 40)}" ${b.left}..${b.right}`,
          );
        }
      }
      return { scrollWidth: p.scrollWidth, clientWidth: p.clientWidth, outside, seen };
    });
    expect(outside).toEqual([]);
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    // The labels the defect named were among the elements measured.
    const all = seen.join('\n');
    for (const text of [
      "(the seed's ÷ 9)",
      'Try average pooling with tanh',
      'Conv, then activation',
    ]) {
      expect(all).toContain(text);
    }
  });
}

test("defect 3: with kernel 1's weight fields open at 1280x720, its ✕ is clear of 'conv ÷ 9' and a click on it removes the kernel", async ({
  page,
}) => {
  await open(page);
  await page.getByRole('button', { name: 'Type the weights of kernel 1' }).click();
  const remove = page.locator('[data-kernel="0"] [data-action="remove-kernel"]');
  const label = page.locator('[data-kernel="0"] .op-label').first();
  await expect(label).toHaveText('conv ÷ 9');
  expect(overlaps(await box(remove), await box(label))).toBe(false);
  expect(await hitAtCentre(page, remove)).toBe(true);
  await remove.click();
  await expect(page.locator('[data-map^="kernel-"]')).toHaveCount(2);
});

test("defect 3: no kernel's controls, 3x3 or 5x5, reach under the arrow beside them", async ({
  page,
}) => {
  await open(page);
  await page.getByLabel('Size of kernel 2').selectOption('5');
  for (const k of [0, 1, 2]) {
    await page.getByRole('button', { name: `Type the weights of kernel ${k + 1}` }).click();
  }
  for (const k of [0, 1, 2]) {
    const label = await box(page.locator(`[data-kernel="${k}"] .op-label`).first());
    const controls = page.locator(
      `[data-kernel-controls="${k}"] :is(select, button, input, .kernel-about)`,
    );
    const count = await controls.count();
    expect(count).toBeGreaterThanOrEqual(k === 1 ? 29 : 13);
    for (let i = 0; i < count; i++) {
      const b = await box(controls.nth(i));
      expect(b.x + b.width, `kernel ${k + 1}, control ${i}`).toBeLessThanOrEqual(label.x);
    }
  }
});

test("defect 4: the message '… is not a number; keeping 1.' covers none of the weight fields", async ({
  page,
}) => {
  await open(page);
  await page.getByRole('button', { name: 'Type the weights of kernel 1' }).click();
  const fields = page.locator('[data-weights="0"] input');
  await expect(fields).toHaveCount(9);
  await fields.first().fill('abc');
  const message = page.locator('[data-weights="0"] [role="alert"]');
  await expect(message).toHaveText('"abc" is not a number; keeping 1.');
  const m = await box(message);
  for (let i = 0; i < 9; i++) {
    expect(overlaps(m, await box(fields.nth(i))), `weight ${i + 1}`).toBe(false);
    expect(await hitAtCentre(page, fields.nth(i)), `weight ${i + 1} can be clicked`).toBe(true);
  }
  // It stays inside the kernel's column: clear of the arrow beside it.
  const label = await box(page.locator('[data-kernel="0"] .op-label').first());
  expect(m.x + m.width).toBeLessThanOrEqual(label.x);
});

/** What must not move while the page explains: its height, its width, the step buttons, the maps. */
async function layout(page: Page) {
  return page.evaluate((explain) => {
    const at = (s: string) => {
      const r = document.querySelector(s)!.getBoundingClientRect();
      // From the page's top left: hovering a cell low on the page may scroll it into view.
      return [r.x + scrollX, r.y + scrollY, r.width, r.height];
    };
    return {
      height: document.documentElement.scrollHeight,
      width: document.documentElement.clientWidth,
      explain: at(explain),
      forward: at('[data-step="forward"]'),
      featureMap: at('[data-map="conv-0"]'),
    };
  }, EXPLAIN);
}

test('defect 7: at 1280x720 pointing at any map and stepping move nothing and the step buttons stay in view', async ({
  page,
}) => {
  await open(page);
  const before = await layout(page);
  const [, top, , h] = before.forward;
  expect(top! + h!).toBeLessThanOrEqual(720);
  for (const cell of [
    '[data-map="conv-0"] [data-index="24"]',
    '[data-map="pool-0"] [data-index="15"]',
    '[data-map="relu-0"] [data-index="0"]',
    '[data-map="input"] [data-index="40"]',
    '[data-map="conv-2"] [data-index="48"]',
  ]) {
    await page.locator(cell).hover();
    await expect(page.locator(EXPLAIN)).not.toHaveAttribute('data-explain', 'none');
    expect(await layout(page), cell).toEqual(before);
  }
  await page.locator('[data-map="conv-0"] [data-index="24"]').click();
  await expect(page.locator('[data-action="unpin"]')).toBeVisible();
  expect(await layout(page)).toEqual(before);
  await page.locator('[data-action="unpin"]').click();
  await page.mouse.move(5, 5);
  for (let n = 1; n <= 3; n++) {
    await page.locator('[data-step="forward"]').click();
    await expect(page.locator('[data-step-count]')).toHaveAttribute('data-step-count', String(n));
    await expect(page.locator(EXPLAIN)).toHaveAttribute('data-explain', 'conv');
    expect(await layout(page), `after ${n} steps`).toEqual(before);
  }
  // The step's whole arithmetic is in view: the nine products and the result.
  const panel = await box(page.locator(`${EXPLAIN} .explain-body`));
  const products = page.locator(`${EXPLAIN} [data-product]`);
  await expect(products).toHaveCount(9);
  for (let i = 0; i < 9; i++) expect(inside(await box(products.nth(i)), panel)).toBe(true);
  expect(inside(await box(page.locator(`${EXPLAIN} [data-result]`)), panel)).toBe(true);
});
