// @vitest-environment happy-dom
import './renderCounter';
import { act, cleanup, fireEvent, render } from '@testing-library/react';
import { Profiler } from 'react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createStore, seedState } from '../../../src/state';
import { App } from '../../../src/view/app/App';
import { fakeGetContext, realGetContext } from '../maps/heatmapFixtures';
import { renders, resetRenders } from './renderCounter';

beforeAll(() => {
  HTMLCanvasElement.prototype.getContext = fakeGetContext as never;
});
afterAll(() => {
  HTMLCanvasElement.prototype.getContext = realGetContext;
});
afterEach(cleanup);

/** The seed page, with the input picture's canvas laid out as 90x90 CSS pixels at (0, 0). */
function seedPage() {
  const store = createStore(seedState('en'));
  let commits = 0;
  const page = render(
    <Profiler id="app" onRender={() => commits++}>
      <App store={store} />
    </Profiler>,
  );
  const canvas = page.container.querySelector('[data-map="input"] .heatmap-canvas')!;
  canvas.getBoundingClientRect = () => new DOMRect(0, 0, 90, 90);
  return { store, page, commits: () => commits };
}

/** Presses and releases the mouse on pixel (row, col) of the 9x9 picture. */
function clickPixel(page: ReturnType<typeof render>, row: number, col: number) {
  const grid = page.container.querySelector('[data-map="input"]')!;
  const at = { clientX: col * 10 + 5, clientY: row * 10 + 5, button: 0, pointerId: 1 };
  act(() => {
    fireEvent.pointerDown(grid, at);
    fireEvent.pointerUp(grid, at);
  });
}

describe('renders per pixel click on the seed page', () => {
  it('the click flips the pixel in one commit', () => {
    const { store, page, commits } = seedPage();
    const before = commits();
    clickPixel(page, 0, 0);
    expect(store.getState().input.data[0]).toBe(-1 * Math.sign(seedState().input.data[0]!));
    expect(commits() - before).toBe(1);
  });

  // Before the views subscribed to slices of the state, this click rendered 61 components.
  const row = ['KernelRow', 'MapCard', 'Heatmap', 'MapCard', 'Heatmap', 'MapCard', 'Heatmap'];
  const page = [
    'App',
    'DecisionBadge',
    'InputTools',
    'InputGrid',
    'Heatmap',
    'ExplainPanel',
    'StepControls',
  ];
  // After the maps: the decision panel (its strip of final-map numbers and the probability
  // bars change with the pixel; the vote heatmaps and the explanation, with nothing probed,
  // stay), the training panel.
  const after = [
    'DecisionPanel',
    'FeatureStrip',
    'ColorGrid',
    'ClassBars',
    'TrainPanel',
    'TrainSettingsForm',
    'TrainField',
  ];

  it('the first click renders 36 components: the picture, the 9 maps it feeds, the decision, undo', () => {
    const { page: p } = seedPage();
    resetRenders();
    clickPixel(p, 0, 0);
    const [first = [], ...rest] = renders();
    expect(rest).toEqual([]);
    expect(first).toEqual([
      'App',
      'DecisionBadge',
      'UndoRedo',
      ...page.slice(2),
      ...row,
      ...row,
      ...row,
      ...after,
    ]);
    expect(first).toHaveLength(36);
  });

  it('a later click renders 35: undo stays enabled, and kernels, legends, toolbar, votes stay', () => {
    const { page: p } = seedPage();
    clickPixel(p, 0, 0);
    resetRenders();
    clickPixel(p, 4, 4);
    expect(renders()).toEqual([[...page, ...row, ...row, ...row, ...after]]);
    expect(renders()[0]).toHaveLength(35);
  });
});
