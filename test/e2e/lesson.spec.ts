import { expect, test, type Page } from '@playwright/test';
import { seriousViolations } from './lessonAxe';
import { lessonFileText } from '../../src/lesson/lessonFile';
import { XO_STORY } from '../../src/lesson/xoStory';

async function ready(page: Page) {
  await expect(page.locator('[data-map="input"]')).toBeVisible();
}

const caption = (page: Page) => page.locator('[data-lesson-step]');
const conv0 = (page: Page) => page.locator('[data-map="conv-0"]');

test('the built-in lesson opens at step 1 and moves with next and previous', async ({ page }) => {
  await page.goto('/');
  await ready(page);
  await page.locator('[data-action="start-lesson"]').click();
  await expect(caption(page)).toHaveAttribute('data-lesson-step', '1');
  await expect(caption(page)).toContainText('A picture is numbers');
  await expect(page.locator('[data-action="lesson-prev"]')).toBeDisabled();
  // Step 1 shows one kernel and the picture's values.
  await expect(page.locator('[data-map^="kernel-"]')).toHaveCount(1);
  await page.locator('[data-action="lesson-next"]').click();
  await expect(caption(page)).toHaveAttribute('data-lesson-step', '2');
  await page.locator('[data-action="lesson-prev"]').click();
  await expect(caption(page)).toHaveAttribute('data-lesson-step', '1');
  expect(new URL(page.url()).hash).toContain('&lesson=xo&step=1');
});

test('a question hides its map, numbers and all, until Reveal', async ({ page }) => {
  await page.goto('/');
  await ready(page);
  await page.locator('[data-action="start-lesson"]').click();
  await page.locator('[data-action="lesson-next"]').click();
  await expect(caption(page)).toHaveAttribute('data-lesson-step', '2');
  await expect(conv0(page)).toHaveAttribute('data-hidden', 'true');
  expect(await conv0(page).getAttribute('data-value')).toBeNull();
  await expect(conv0(page).locator('[data-value]')).toHaveCount(0);
  await expect(conv0(page).locator('canvas')).toHaveCount(0);
  // The other maps show their numbers.
  await expect(page.locator('[data-map="pool-0"] [data-value]')).toHaveCount(16);
  await page.locator('[data-action="reveal"]').click();
  await expect(conv0(page)).not.toHaveAttribute('data-hidden', 'true');
  await expect(conv0(page).locator('[data-value]')).toHaveCount(49);
  // The seed's feature map 1 at its centre (golden.json): 7 products of +1, 2 of -1, ÷ 9.
  await expect(conv0(page).locator('[data-index="24"]')).toHaveAttribute(
    'data-value',
    String(5 / 9),
  );
  await expect(page.locator('[data-action="reveal"]')).toHaveCount(0);
  await expect(page.locator('[data-lesson-answer]')).toContainText(
    'Brightest (1.00) along the diagonal',
  );
});

test('arrows, Page Up/Down and Space move through the steps, not while in a map', async ({
  page,
}) => {
  await page.goto('/');
  await ready(page);
  await page.locator('[data-action="start-lesson"]').click();
  await page.locator('body').click({ position: { x: 2, y: 700 } });
  await page.keyboard.press('ArrowRight');
  await expect(caption(page)).toHaveAttribute('data-lesson-step', '2');
  await page.keyboard.press('PageDown');
  await expect(caption(page)).toHaveAttribute('data-lesson-step', '3');
  await page.keyboard.press('PageUp');
  await expect(caption(page)).toHaveAttribute('data-lesson-step', '2');
  await page.locator('body').click({ position: { x: 2, y: 700 } });
  await page.keyboard.press(' ');
  await expect(caption(page)).toHaveAttribute('data-lesson-step', '3');
  // In the picture, the arrows move between its pixels.
  await page.locator('[data-map="input"] [data-index="0"]').focus();
  await page.keyboard.press('ArrowRight');
  await expect(caption(page)).toHaveAttribute('data-lesson-step', '3');
});

test('a lesson link opens at its step and hides the controls it names', async ({ page }) => {
  await page.goto('/#v=2&lesson=xo&step=5&hide=settings,export,kernels');
  await expect(caption(page)).toHaveAttribute('data-lesson-step', '5');
  await expect(page.locator('[data-menu="settings"]')).toBeHidden();
  await expect(page.locator('[data-menu="export"]')).toBeHidden();
  await expect(page.locator('[data-action="add-kernel"]')).toBeHidden();
  await expect(page.locator('[data-action="share"]')).toBeVisible();
  await expect(page.locator('[data-map="pool-0"]')).toHaveAttribute('data-hidden', 'true');
  await page.reload();
  await expect(caption(page)).toHaveAttribute('data-lesson-step', '5');
  await expect(page.locator('[data-menu="settings"]')).toBeHidden();
});

test('the lesson speaks Chinese on a Chinese page', async ({ page }) => {
  await page.goto('/#v=2&l=zh&lesson=xo');
  await expect(caption(page)).toContainText('图片就是数字');
  await expect(page.locator('[data-action="lesson-next"]')).toHaveText('下一步 ›');
});

test('a teacher records the page as a step and follows the lesson', async ({ page }) => {
  await page.goto('/');
  await ready(page);
  await page.locator('[data-action="lesson-editor"]').click();
  const editor = page.locator('[data-lesson-editor]');
  await editor.getByLabel('Caption', { exact: true }).fill('Our X, three kernels');
  await editor.getByLabel('Question (optional)').fill('What will pooled map 2 be?');
  await editor.getByLabel('Answer, shown when revealed (optional)').fill('Its centre is bright.');
  await editor.getByLabel('Map hidden by the question').selectOption('pool-1');
  await editor.locator('[data-action="add-lesson-step"]').click();
  await expect(editor.locator('[data-lesson-draft-step]')).toHaveCount(1);
  await editor.locator('[data-action="follow-lesson"]').click();
  await expect(caption(page)).toHaveAttribute('data-lesson-step', '1');
  await expect(caption(page)).toHaveText('Our X, three kernels');
  await expect(page.locator('[data-map="pool-1"]')).toHaveAttribute('data-hidden', 'true');
  expect(new URL(page.url()).hash).toMatch(/&lesson=f\.[A-Za-z0-9_-]+&step=1$/);
  // The link holds the whole lesson: a reload (or a student) opens it again.
  await page.reload();
  await expect(caption(page)).toHaveText('Our X, three kernels');
  await expect(page.locator('[data-map="pool-1"]')).toHaveAttribute('data-hidden', 'true');
  await page.locator('[data-action="reveal"]').click();
  await expect(page.locator('[data-lesson-answer]')).toHaveText('Answer: Its centre is bright.');
});

test('a lesson file opens in the editor, and a wrong one says what is wrong', async ({ page }) => {
  await page.goto('/');
  await ready(page);
  await page.locator('[data-action="lesson-editor"]').click();
  const editor = page.locator('[data-lesson-editor]');
  const file = editor.locator('[data-action="open-lesson-file"]');
  await file.setInputFiles({
    name: 'story.json',
    mimeType: 'application/json',
    buffer: Buffer.from(lessonFileText(XO_STORY)),
  });
  await expect(editor.locator('[data-lesson-draft-step]')).toHaveCount(8);
  const broken = { ...XO_STORY, steps: [{ ...XO_STORY.steps[0]!, caption: {} }] };
  await file.setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from(lessonFileText(broken)),
  });
  await expect(editor.getByRole('alert')).toHaveText(
    'This lesson cannot be opened: step 1 has a wrong caption (an English or Chinese text is needed).',
  );
  await expect(editor.locator('[data-lesson-draft-step]')).toHaveCount(8);
});

test('the lesson bar, a hidden map and the lesson editor pass axe', async ({ page }) => {
  await page.goto('/#v=2&lesson=xo&step=2');
  await expect(conv0(page)).toHaveAttribute('data-hidden', 'true');
  expect(await seriousViolations(page, '[data-lesson]')).toEqual([]);
  expect(await seriousViolations(page, '[data-card="conv-0"]')).toEqual([]);
  await page.locator('[data-action="lesson-editor"]').click();
  await expect(page.locator('[data-lesson-editor]')).toBeVisible();
  expect(await seriousViolations(page, '[data-lesson-editor]')).toEqual([]);
});
