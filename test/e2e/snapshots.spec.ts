import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { encodeLink, reducer, seedState } from '../../src/state';
import { pixel, readMap } from './pageMaps';

async function ready(page: Page) {
  await expect(page.locator('[data-map="input"]')).toBeVisible();
}

const seed = seedState('en');
const work = reducer(seed, { type: 'flip', cell: { row: 0, col: 0 } });
const student = reducer(seed, { type: 'flip', cell: { row: 4, col: 0 } });
const pixels = (state: typeof seed) => Array.from(state.input.data);

test('opening a link keeps the work saved in this browser, and Restore brings it back', async ({
  page,
  context,
}) => {
  await page.goto('/');
  await ready(page);
  await pixel(page, 0, 0).click();
  await expect
    .poll(() => page.evaluate(() => localStorage.getItem('cnn-playground/state')))
    .toBe(encodeLink(work));
  // A student's link, opened in another tab of the same browser.
  const other = await context.newPage();
  await other.goto(`/${encodeLink(student)}`);
  await ready(other);
  await expect.poll(() => readMap(other, 'input')).toEqual(pixels(student));
  const notice = other.locator('[data-kept-notice]');
  await expect(notice).toContainText(
    'This link replaced the work saved in this browser. That work is kept as the snapshot ' +
      '“Before opening a link, ',
  );
  await other.locator('[data-action="restore-kept"]').click();
  await expect.poll(() => readMap(other, 'input')).toEqual(pixels(work));
  await expect(notice).toContainText('Undo goes back to the link');
  // The link's page is one Undo away, and the kept work stays among the snapshots.
  await other.keyboard.press('Control+z');
  await expect.poll(() => readMap(other, 'input')).toEqual(pixels(student));
  await other.locator('[data-action="snapshots"]').click();
  await expect(other.locator('[data-snapshot-name]')).toHaveCount(1);
  await expect(other.locator('[data-snapshot-name]')).toContainText('Before opening a link, ');
});

test('a link pasted into the same tab keeps the work it replaces too', async ({ page }) => {
  await page.goto('/');
  await ready(page);
  await pixel(page, 0, 0).click();
  await page.evaluate((hash) => (window.location.hash = hash), encodeLink(student));
  await expect.poll(() => readMap(page, 'input')).toEqual(pixels(student));
  await expect(page.locator('[data-kept-notice="shown"]')).toContainText(
    'That work is kept as the snapshot “Before opening a link, ',
  );
  await page.locator('[data-action="restore-kept"]').click();
  await expect.poll(() => readMap(page, 'input')).toEqual(pixels(work));
});

test('a link that holds the saved work opens without a notice', async ({ page, context }) => {
  await page.goto('/');
  await ready(page);
  await pixel(page, 0, 0).click();
  await expect.poll(() => page.url()).toContain(encodeLink(work));
  const other = await context.newPage();
  await other.goto(page.url());
  await ready(other);
  await expect(other.locator('[data-kept-notice]')).toHaveCount(0);
});

test('snapshots are kept by name, renamed, opened, exported, deleted and imported', async ({
  page,
}) => {
  await page.goto('/');
  await ready(page);
  await pixel(page, 0, 0).click();
  await page.locator('[data-action="snapshots"]').click();
  const dialog = page.locator('[data-snapshots-dialog]');
  await dialog.locator('[name="snapshot-name"]').fill('  Lesson 1  ');
  await dialog.locator('[data-action="keep-snapshot"]').click();
  await expect(dialog.locator('[data-snapshot-status]')).toHaveText('Kept “Lesson 1”.');
  await dialog.locator('[data-action="rename-snapshot"]').click();
  await dialog.getByLabel('Name', { exact: true }).last().fill('Corner pixel');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.locator('[data-snapshot-name]')).toHaveText(['Corner pixel']);
  await page.keyboard.press('Escape');

  // Another picture, then the snapshot brings the kept one back.
  await page.locator('[data-action="reset"]').click();
  await expect.poll(() => readMap(page, 'input')).toEqual(pixels(seed));
  await page.locator('[data-action="snapshots"]').click();
  await dialog.locator('[data-action="open-snapshot"]').click();
  await expect(dialog).toHaveCount(0);
  await expect.poll(() => readMap(page, 'input')).toEqual(pixels(work));

  // Export, delete, import the exported file: the snapshot is back.
  await page.locator('[data-action="snapshots"]').click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.locator('[data-action="export-snapshots"]').click(),
  ]);
  const text = readFileSync((await download.path())!, 'utf8');
  expect(JSON.parse(text).snapshots).toEqual([
    { name: 'Corner pixel', link: encodeLink(work), savedAt: expect.any(String) },
  ]);
  await dialog.locator('[data-action="delete-snapshot"]').click();
  await dialog.locator('[data-action="confirm-delete"]').click();
  await expect(dialog.locator('[data-snapshot-name]')).toHaveCount(0);
  const file = dialog.locator('[data-snapshot-file]');
  await file.setInputFiles({
    name: 'kept.json',
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });
  await expect(dialog.locator('[data-snapshot-status]')).toHaveText(
    'Imported 1 snapshot from kept.json.',
  );
  await expect(dialog.locator('[data-snapshot-name]')).toHaveText(['Corner pixel']);

  // A file that is not a snapshot file changes nothing and says why.
  await file.setInputFiles({
    name: 'network.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"layers": []}'),
  });
  await expect(dialog.locator('[data-snapshot-status]')).toHaveText(
    'Nothing imported from network.json: it is not a snapshot file (it has no "format": ' +
      '"cnn-playground-snapshots").',
  );
  await expect(dialog.locator('[data-snapshot-name]')).toHaveText(['Corner pixel']);
});
