import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { classify, parseNetwork, tensorFromMatrix, type NetworkJson } from '../../src/core';
import { networkFileText } from '../../src/export/networkFile';
import { networkNumpyCode } from '../../src/export/pythonNetworkNumpy';
import { networkTorchCode } from '../../src/export/pythonNetworkTorch';
import { seedState } from '../../src/state';
import { decisionNetwork } from '../../src/state/decisionNetwork';
import { readInput } from './pageMaps';

/** The page's probabilities, from the decision's contract, in the network's class order. */
async function pageProbabilities(page: Page): Promise<number[]> {
  return page
    .locator('[data-decision] [data-class]')
    .evaluateAll((els) => els.map((el) => Number((el as HTMLElement).dataset.probability)));
}

async function openExportMenu(page: Page) {
  const menu = page.locator('[data-menu="export"]');
  if (!(await menu.evaluate((d) => (d as HTMLDetailsElement).open)))
    await menu.locator('summary').click();
}

async function downloadNetwork(page: Page): Promise<{ name: string; json: NetworkJson }> {
  await openExportMenu(page);
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('[data-export="network"]').click(),
  ]);
  const text = readFileSync((await file.path())!, 'utf8');
  return { name: file.suggestedFilename(), json: JSON.parse(text) as NetworkJson };
}

async function fileProbabilities(page: Page, json: NetworkJson): Promise<number[]> {
  const input = tensorFromMatrix(await readInput(page));
  return Array.from(classify(parseNetwork(json), input).probabilities);
}

/** The seed's network file, edited. */
function seedFile(edit: (json: NetworkJson) => void): NetworkJson {
  const json = JSON.parse(networkFileText(seedState())!) as NetworkJson;
  edit(json);
  return json;
}

async function openFile(page: Page, json: NetworkJson, name = 'net.json') {
  await page.locator('[data-network-file-input]').setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(json)),
  });
}

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('[data-map="input"]')).toBeVisible();
});

test("the downloaded network classifies the page's picture with the page's probabilities", async ({
  page,
}) => {
  const { name, json } = await downloadNetwork(page);
  expect(name).toBe('cnn-playground-network.json');
  expect(json.input).toEqual([1, 9, 9]);
  expect(json.classes).toEqual(['X', 'O']);
  expect(await fileProbabilities(page, json)).toEqual(await pageProbabilities(page));
});

test('after two pixels are flipped, the downloaded network still gives the page its probabilities', async ({
  page,
}) => {
  await page.locator('[data-map="input"] [data-value]').nth(40).click();
  await page.locator('[data-map="input"] [data-value]').nth(0).click();
  const { json } = await downloadNetwork(page);
  expect(await fileProbabilities(page, json)).toEqual(await pageProbabilities(page));
});

test('an opened network file decides on the page, and one undo gives the page back', async ({
  page,
}) => {
  const before = await pageProbabilities(page);
  const file = seedFile((j) => {
    const linear = j.layers[5] as { weight: number[][]; bias: number[] };
    linear.bias = [-3, 3];
    j.classes = ['cross', 'ring'];
  });
  await openFile(page, file);
  await expect(page.locator('[data-network-import="done"]')).toHaveText(
    /^Opened the network of net\.json\. Undo goes back\./,
  );
  await expect(page.locator('[data-decision] [data-class="ring"]')).toHaveCount(1);
  expect(await pageProbabilities(page)).toEqual(await fileProbabilities(page, file));
  await page.locator('[data-action="undo"]').click();
  await expect(page.locator('[data-decision] [data-class="X"]')).toHaveCount(1);
  expect(await pageProbabilities(page)).toEqual(before);
});

test('a file that is not a valid network says which layer and field, and changes nothing', async ({
  page,
}) => {
  const before = await pageProbabilities(page);
  await openFile(
    page,
    seedFile((j) => ((j.layers[3] as { stride: number }).stride = 0)),
  );
  await expect(page.locator('[data-network-import="error"]')).toHaveText(
    /^net\.json is not a network file, nothing changed: layers\[3\]\.stride must be a positive integer \(got 0\)/,
  );
  expect(await pageProbabilities(page)).toEqual(before);
  await expect(page.locator('[data-action="undo"]')).toBeDisabled();
});

test('a valid network the page cannot show is refused with why', async ({ page }) => {
  await openFile(
    page,
    seedFile((j) => ((j.layers[0] as { bias: number[] }).bias = [0, 1, 0])),
  );
  await expect(page.locator('[data-network-import="error"]')).toHaveText(
    /^The page cannot show the network of net\.json, nothing changed: layers\[0\]\.bias: the page has one bias for all kernels of a block, these differ\./,
  );
  await expect(page.locator('[data-action="undo"]')).toBeDisabled();
});

test('a network file dropped on the picture opens as a network, and the picture stays', async ({
  page,
}) => {
  const input = await readInput(page);
  const file = seedFile((j) => {
    (j.layers[5] as { bias: number[] }).bias = [2, -2];
  });
  await page.evaluate((text) => {
    const data = new DataTransfer();
    data.items.add(new File([text], 'dropped.json', { type: 'application/json' }));
    document
      .querySelector('.drop-zone')!
      .dispatchEvent(
        new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }),
      );
  }, JSON.stringify(file));
  await expect(page.locator('[data-network-import="done"]')).toHaveText(
    /^Opened the network of dropped\.json\./,
  );
  await expect(page.locator('[data-import]')).toHaveCount(0);
  expect(await readInput(page)).toEqual(input);
  expect(await pageProbabilities(page)).toEqual(await fileProbabilities(page, file));
});

test("show code gives the whole network's numpy and PyTorch programs", async ({ page }) => {
  await openExportMenu(page);
  await page.locator('[data-export="code"]').click();
  const dialog = page.locator('[data-code-dialog]');
  await dialog.locator('[data-program="network"]').click();
  const made = decisionNetwork(seedState());
  if ('problem' in made) throw new Error('no network');
  const exported = { network: made.network, input: seedState().input };
  await expect(dialog.locator('code')).toHaveAttribute('data-code-program', 'network');
  expect(await dialog.locator('code').textContent()).toBe(networkNumpyCode(exported));
  await dialog.locator('[data-flavour="torch"]').click();
  expect(await dialog.locator('code').textContent()).toBe(networkTorchCode(exported));
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    dialog.locator('[data-action="download-code"]').click(),
  ]);
  expect(file.suggestedFilename()).toBe('cnn_playground_network_torch.py');
});

test('in Chinese, a refused network file says why in Chinese, naming the layer', async ({
  page,
}) => {
  await page.getByRole('button', { name: '中文' }).click();
  await openFile(
    page,
    seedFile((j) => ((j.layers[0] as { divisor: number }).divisor = 4)),
  );
  await expect(page.locator('[data-network-import="error"]')).toHaveText(
    /^页面无法显示 net\.json 中的网络，页面没有改变：layers\[0\]\.divisor：页面只除以 1 或卷积核的格子数 9，不能除以 4。/,
  );
});

test('a network file dropped anywhere on the page opens too', async ({ page }) => {
  const file = seedFile((j) => {
    (j.layers[5] as { bias: number[] }).bias = [-1, 1];
  });
  await page.evaluate((text) => {
    const data = new DataTransfer();
    data.items.add(new File([text], 'anywhere.json', { type: '' }));
    document
      .querySelector('.app-header')!
      .dispatchEvent(
        new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }),
      );
  }, JSON.stringify(file));
  await expect(page.locator('[data-network-import="done"]')).toHaveText(
    /^Opened the network of anywhere\.json\./,
  );
  expect(await pageProbabilities(page)).toEqual(await fileProbabilities(page, file));
});
