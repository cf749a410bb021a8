import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import {
  classify,
  lossAndGradients,
  SEED_NETWORK,
  SEED_VOTES,
  SEED_X,
  tensorFromMatrix,
} from '../../src/core';
import { seedState } from '../../src/state/appState';
import { decisionNetwork } from '../../src/state/decisionNetwork';
import { withVote } from '../../src/state/votes';

/** The header's verdict: each class's data-probability, in the network's order. */
async function probabilities(page: Page): Promise<number[]> {
  return page
    .locator('[data-decision] [data-class]')
    .evaluateAll((els) => els.map((el) => Number((el as HTMLElement).dataset.probability)));
}

test('the decision panel shows the final maps, the votes and the verdict at 1280x720', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/');
  const panel = page.locator('[data-decision-panel]');
  await panel.scrollIntoViewIfNeeded();
  await expect(panel).toBeInViewport();
  await expect(page.locator('[data-decision]')).toHaveCount(1);
  await expect(panel.locator('[data-decision-grid="strip"] [data-index]')).toHaveCount(48);
  await expect(panel.locator('[data-decision-grid^="votes-"]')).toHaveCount(6);
  await expect(panel.locator('[data-panel-winner]')).toHaveText('X · 99.95 %');
  await expect(panel).toContainText('then O · 0.05 %');
  await expect(panel.locator('[data-votes-source]')).toHaveAttribute(
    'data-votes-source',
    'learned',
  );
});

test('pointing at a class shows its score as the sum of feature × vote, then the softmax', async ({
  page,
}) => {
  await page.goto('/');
  const panel = page.locator('[data-decision-panel]');
  await panel.scrollIntoViewIfNeeded();
  await panel.locator('[data-panel-class="X"]').hover();
  const explain = panel.locator('[data-decision-explain="score"]');
  await expect(explain).toBeVisible();
  await expect(explain.locator('[data-term]')).toHaveCount(48);
  const logits = classify(SEED_NETWORK, tensorFromMatrix(SEED_X)).logits;
  await expect(explain.locator('[data-score]')).toHaveAttribute('data-score', String(logits[0]));
  await expect(explain.locator('[data-score]')).toHaveText('3.84');
  await expect(explain.locator('[data-sum]')).toHaveText('4.66');
  await expect(explain).toContainText('− 0.82');
  await expect(explain.locator('.softmax')).toContainText('46.31 / 46.33 = 99.95 %');
  // The largest term is map 3's cell (3, 1): pointing at it outlines that cell in its map.
  await explain.locator('[data-term]').first().hover();
  await expect(page.locator('[data-map="pool-2"] [data-index="8"]')).toHaveAttribute(
    'data-linked',
    'true',
  );
  // A cell of the strip: its vote for each class.
  await panel.locator('[data-decision-grid="strip"] [data-index="40"]').hover();
  const feature = panel.locator('[data-decision-explain="feature"]');
  await expect(feature.locator('[data-vote-of="X"]')).toHaveAttribute(
    'data-vote',
    String(SEED_VOTES.weight[0]![40]),
  );
  await expect(feature.locator('[data-vote-of="O"]')).toContainText('-2.22');
});

test('editing a vote changes the probabilities, and the reset brings the learned ones back', async ({
  page,
}) => {
  await page.goto('/');
  const before = await probabilities(page);
  const panel = page.locator('[data-decision-panel]');
  await panel.scrollIntoViewIfNeeded();
  await expect(page.locator('[data-action="reset-votes"]')).toHaveCount(0);
  await panel.locator('[data-decision-grid="votes-0-2"] [data-index="8"]').click();
  const field = panel.locator('input[name="vote-0-40"]');
  await expect(field).toBeFocused();
  await field.fill('-10');
  await field.press('Enter');
  const edited = decisionNetwork({ ...seedState(), votes: withVote(SEED_VOTES, 0, 40, -10) });
  if ('problem' in edited) throw new Error('a network expected');
  const p = classify(edited.network, tensorFromMatrix(SEED_X)).probabilities;
  await expect(page.locator('[data-decision]')).toHaveAttribute('data-winner', 'O');
  expect(await probabilities(page)).toEqual([p[0], p[1]]);
  await expect(panel.locator('[data-votes-source]')).toHaveAttribute('data-votes-source', 'edited');

  await page.locator('[data-action="reset-votes"]').click();
  await expect(page.locator('[data-decision]')).toHaveAttribute('data-winner', 'X');
  expect(await probabilities(page)).toEqual(before);
});

test('the keyboard moves through the votes, Enter opens a vote to type and Escape closes it', async ({
  page,
}) => {
  await page.goto('/');
  const panel = page.locator('[data-decision-panel]');
  await panel.locator('[data-decision-grid="votes-1-0"] [data-index="0"]').focus();
  const explain = panel.locator('[data-decision-explain="feature"]');
  await expect(explain).toContainText('Final map 1, row 1, column 1');
  await page.keyboard.press('ArrowRight');
  await expect(explain).toContainText('Final map 1, row 1, column 2');
  await expect(panel.locator('[data-decision-grid="votes-1-0"] [data-index="1"]')).toHaveAttribute(
    'aria-label',
    'Vote for O, map 1, row 1, column 2: -1.31',
  );
  await page.keyboard.press('Enter');
  await expect(panel.locator('input[name="vote-1-1"]')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(panel.locator('input[name="vote-1-1"]')).toHaveCount(0);
  await expect(panel.locator('[data-decision-explain="none"]')).toBeVisible();
});

test('when the final maps change shape, the panel says the edited votes were set aside', async ({
  page,
}) => {
  await page.goto('/');
  const panel = page.locator('[data-decision-panel]');
  await panel.locator('[data-panel-class="X"]').click();
  await panel.locator('input[name="bias-0"]').fill('1');
  await panel.locator('input[name="bias-0"]').press('Enter');
  await expect(panel.locator('[data-votes-source]')).toHaveAttribute('data-votes-source', 'edited');
  await page.locator('[data-action="add-kernel"]').click();
  const source = panel.locator('[data-votes-source]');
  await expect(source).toHaveAttribute('data-votes-source', 'prototype');
  await expect(source).toHaveAttribute('data-stale', 'true');
  await expect(source).toContainText('Your edited votes were set aside');
  await expect(source).toContainText('These votes were not learned');
  await expect(panel.locator('[data-decision-grid="strip"] [data-index]')).toHaveCount(64);
  await page.locator('[data-action="reset-votes"]').click();
  await expect(source).toHaveAttribute('data-stale', 'false');
  await expect(page.locator('[data-action="reset-votes"]')).toHaveCount(0);
});

test('the decision panel passes axe, with a class and a vote explained', async ({ page }) => {
  await page.goto('/');
  const serious = async () => {
    const results = await new AxeBuilder({ page }).include('[data-decision-panel]').analyze();
    return results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.help} (${v.nodes.length}) ${v.nodes[0]?.target}`);
  };
  const panel = page.locator('[data-decision-panel]');
  await panel.locator('[data-panel-class="O"]').click();
  await expect(panel.locator('[data-decision-explain="score"]')).toBeVisible();
  expect(await serious()).toEqual([]);
  await panel.locator('[data-decision-grid="votes-1-1"] [data-index="5"]').click();
  await expect(panel.locator('input[name="vote-1-21"]')).toBeFocused();
  expect(await serious()).toEqual([]);
});

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true });

  test('a tap on a number of the strip pins its votes and outlines its cell in its map', async ({
    page,
  }) => {
    await page.goto('/');
    const panel = page.locator('[data-decision-panel]');
    await panel.locator('[data-decision-grid="strip"] [data-index="21"]').tap();
    const feature = panel.locator('[data-decision-explain="feature"]');
    await expect(feature).toContainText('Final map 2, row 2, column 2');
    await expect(feature.locator('input[name="vote-0-21"]')).toBeVisible();
    await expect(page.locator('[data-map="pool-1"] [data-index="5"]')).toHaveAttribute(
      'data-linked',
      'true',
    );
    await panel.locator('[data-panel-class="X"]').tap();
    await expect(panel.locator('[data-decision-explain="score"]')).toBeVisible();
    await expect(page.locator('[data-map="pool-1"] [data-linked]')).toHaveCount(0);
  });
});

test('the panel speaks Chinese: the title, what it reads, a class explained, the reset', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('button', { name: '中文' }).click();
  const panel = page.locator('[data-decision-panel]');
  await expect(panel.locator('h2')).toHaveText('决策');
  await expect(panel).toContainText('第 1 块的 3 张最终特征图（4x4）展平为 48 个数。');
  await panel.locator('[data-panel-class="X"]').click();
  await expect(panel.locator('[data-decision-explain="score"]')).toContainText('得分 X = Σ 4.66');
  await panel.locator('input[name="bias-0"]').fill('0');
  await panel.locator('input[name="bias-0"]').press('Enter');
  await expect(page.locator('[data-action="reset-votes"]')).toHaveText('恢复学到的投票');
});

test("pointing at a cell of a pooled map shows that final number's vote for each class in the panel", async ({
  page,
}) => {
  await page.goto('/');
  await page.locator('[data-map="pool-2"] [data-index="8"]').hover();
  const panel = page.locator('[data-decision-panel]');
  const feature = panel.locator('[data-decision-explain="feature"]');
  await expect(feature).toContainText('Final map 3, row 3, column 1');
  await expect(feature.locator('[data-vote-of="X"]')).toHaveAttribute(
    'data-vote',
    String(SEED_VOTES.weight[0]![40]),
  );
  await expect(panel.locator('[data-decision-grid="strip"] [data-index="40"]')).toHaveAttribute(
    'data-lit',
    'true',
  );
  await expect(panel.locator('[data-decision-grid="votes-1-2"] [data-index="8"]')).toHaveAttribute(
    'data-lit',
    'true',
  );
});

test("a final number's votes explain a training step: (p - y) × feature, the core's gradient", async ({
  page,
}) => {
  await page.goto('/');
  const panel = page.locator('[data-decision-panel]');
  // Pinned (a click), so that the pointer's way to the label buttons below explains nothing
  // else on the way: hovering only, the explanation could change under the pointer.
  await panel.locator('[data-decision-grid="strip"] [data-index="40"]').click();
  const steps = panel.locator('[data-vote-steps]');
  await expect(steps).toHaveAttribute('data-vote-steps', 'X');
  const made = decisionNetwork(seedState());
  if (!('network' in made)) throw new Error('a network expected');
  const gradientOf = (label: number) => {
    const linear = lossAndGradients(
      made.network,
      tensorFromMatrix(SEED_X),
      label,
    ).gradients.layers.at(-1)!;
    if (linear.type !== 'linear') throw new Error('linear expected');
    return [linear.weight[40]!, linear.weight[linear.inFeatures + 40]!].map(String);
  };
  const shown = () =>
    steps
      .locator('[data-vote-gradient]')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-vote-gradient')));
  expect(await shown()).toEqual(gradientOf(0));
  await expect(steps).toContainText('SGD with learning rate 0.1 moves it by');
  // If it is an O: the other label's gradients.
  await steps.getByRole('button', { name: 'O' }).click();
  await expect(steps).toHaveAttribute('data-vote-steps', 'O');
  expect(await shown()).toEqual(gradientOf(1));
});
