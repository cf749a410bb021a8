import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { encodeLink, reducer, seedState } from '../../src/state';
import { QUIET_ZONE, qrMatrix } from '../../src/view/share/qrMatrix';
import { pixel } from './pageMaps';

async function ready(page: Page) {
  await expect(page.locator('[data-map="input"]')).toBeVisible();
}

/**
 * The QR code as drawn: the dialog's SVG rendered into a canvas at its size on screen, and
 * each module read at its centre (dark below mid-gray). Returns the modules a side and the
 * module edge in CSS pixels.
 */
async function drawnModules(page: Page) {
  return page.locator('[data-share-qr] svg').evaluate(async (svg) => {
    const n = Number(svg.getAttribute('data-modules'));
    const side = n + 2 * 4;
    const px = svg.getBoundingClientRect().width;
    const scale = Math.ceil(px / side) * 4; // several device pixels a module
    const image = new Image();
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(svg))}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = side * scale;
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(image, 0, 0, canvas.width, canvas.height);
    const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
    const dark: boolean[] = [];
    for (let r = 0; r < side; r++)
      for (let c = 0; c < side; c++) {
        const x = Math.floor((c + 0.5) * scale);
        const y = Math.floor((r + 0.5) * scale);
        dark.push(data[(y * canvas.width + x) * 4]! < 128);
      }
    return { n, dark, modulePx: px / side };
  });
}

test('the share dialog shows the link of the page as it is, and its QR code encodes exactly it', async ({
  page,
}) => {
  await page.goto('/');
  await ready(page);
  await pixel(page, 0, 0).click();
  // The address bar's link follows a moment after the change.
  const flipped = reducer(seedState('en'), { type: 'flip', cell: { row: 0, col: 0 } });
  const expected = `http://127.0.0.1:4173/${encodeLink(flipped)}`;
  await expect.poll(() => page.url()).toBe(expected);
  await page.locator('[data-action="share"]').click();
  const dialog = page.locator('[data-share-dialog]');
  await expect(dialog).toBeVisible();
  await expect(dialog.locator('[data-share-link]')).toHaveValue(expected);
  await expect(dialog).toContainText('Share with the class');
  // The code drawn on the screen, module by module, with its white quiet zone.
  const qr = qrMatrix(expected);
  if (qr.kind !== 'ok') throw new Error('the seed link fits a QR code');
  const drawn = await drawnModules(page);
  expect(drawn.n).toBe(qr.size);
  const side = qr.size + 2 * QUIET_ZONE;
  const want = Array.from({ length: side * side }, (_, i) => {
    const r = Math.floor(i / side) - QUIET_ZONE;
    const c = (i % side) - QUIET_ZONE;
    return r >= 0 && c >= 0 && r < qr.size && c < qr.size && qr.dark[r * qr.size + c]!;
  });
  expect(drawn.dark).toEqual(want);
  // Large enough to scan across a room from a projector: at least 8 CSS pixels a module.
  expect(drawn.modulePx).toBeGreaterThanOrEqual(8);
  // Served on 127.0.0.1 here: the dialog says phones cannot reach it.
  await expect(dialog.locator('[data-share-reach="local"]')).toContainText('npm run classroom');
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
});

test('the copy button puts the link on the clipboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/');
  await ready(page);
  await page.locator('[data-action="share"]').click();
  await page.locator('[data-action="copy-link"]').click();
  await expect(page.locator('[data-action="copy-link"]')).toHaveText('Copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(`http://127.0.0.1:4173/${encodeLink(seedState('en'))}`);
});

test('a link too long for any QR code says so in the dialog, with its length', async ({ page }) => {
  const data = new Float64Array(64 * 64).map((_, i) => Math.round(Math.sin(i) * 1000) / 1000);
  const hash = encodeLink({ ...seedState('en'), input: { height: 64, width: 64, data } });
  await page.goto(`/${hash}`);
  await ready(page);
  await page.locator('[data-action="share"]').click();
  const dialog = page.locator('[data-share-dialog]');
  const length = `http://127.0.0.1:4173/${hash}`.length;
  expect(length).toBeGreaterThan(2953);
  await expect(dialog.locator('[data-share-too-long]')).toHaveText(
    `This link is too long for a QR code: ${length.toLocaleString('en')} characters, and a QR ` +
      'code holds at most 2,953. Make the picture smaller, or keep this page as a snapshot, ' +
      'export the snapshots to a file and send the file.',
  );
  await expect(dialog.locator('[data-share-qr]')).toHaveCount(0);
  await expect(dialog.locator('[data-share-link]')).toHaveValue(`http://127.0.0.1:4173/${hash}`);
});

test('the share dialog speaks Chinese on a Chinese page', async ({ page }) => {
  await page.goto(`/${encodeLink(seedState('zh'))}`);
  await ready(page);
  await page.locator('[data-action="share"]').click();
  await expect(page.locator('[data-share-dialog] h2')).toHaveText('分享给全班');
  await expect(page.locator('[data-action="copy-link"]')).toHaveText('复制链接');
});

test('the offline file draws the QR code with no network, and says phones cannot open it', async ({
  browser,
}) => {
  const context = await browser.newContext();
  const requests: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('file:') || url.startsWith('data:')) return route.continue();
    requests.push(url);
    return route.abort();
  });
  const page = await context.newPage();
  const file = `file://${process.cwd()}/dist-offline/cnn-playground.html`;
  await page.goto(file);
  await ready(page);
  await page.locator('[data-action="share"]').click();
  const link = await page.locator('[data-share-link]').inputValue();
  expect(link).toBe(`${file}${encodeLink(seedState('en'))}`);
  const qr = qrMatrix(link);
  await expect(page.locator('[data-share-qr] svg')).toHaveAttribute(
    'data-modules',
    String(qr.kind === 'ok' && qr.size),
  );
  await expect(page.locator('[data-share-reach="file"]')).toContainText(
    'opened from a file on this computer',
  );
  expect(requests).toEqual([]);
  await context.close();
});

test('the share and snapshots dialogs pass axe, open with the name to keep filled in', async ({
  page,
}) => {
  await page.goto('/');
  await ready(page);
  const serious = async (selector: string) => {
    const results = await new AxeBuilder({ page }).include(selector).analyze();
    return results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.help} (${v.nodes.length}) ${v.nodes[0]?.target}`);
  };
  await page.locator('[data-action="share"]').click();
  await expect(page.locator('[data-share-qr] svg')).toBeVisible();
  expect(await serious('[data-share-dialog]')).toEqual([]);
  await page.keyboard.press('Escape');
  await page.locator('[data-action="snapshots"]').click();
  await expect(page.locator('[name="snapshot-name"]')).toHaveValue(/^Snapshot, /);
  await page.locator('[data-action="keep-snapshot"]').click();
  await expect(page.locator('[data-snapshot-name]')).toHaveCount(1);
  expect(await serious('[data-snapshots-dialog]')).toEqual([]);
});
