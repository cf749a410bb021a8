// @vitest-environment happy-dom
import './renderCounter';
import { act, cleanup, fireEvent, render } from '@testing-library/react';
import { Profiler } from 'react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createStore, resizeKernel, seedState } from '../../../src/state';
import { decisionNetwork } from '../../../src/state/decisionNetwork';
import { decisionScores } from '../../../src/present/decisionReading';
import { formatValue } from '../../../src/present/format';
import { extent, runPipeline } from '../../../src/core';
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

  // Before the views subscribed to slices of the state, this click rendered 61 components;
  // with the decision panel, the training dock and the lesson bar on the page, 36 (35 on a
  // later click) until the decision painted its per-pixel numbers without rendering and the
  // training dock was memoised; 27 (26) until the maps repainted from the store (liveMaps)
  // and the kernels' rows kept their props while only the numbers change.
  // The decision's badge, strip and bars are painted from the store (usePaintScores): with
  // nothing explained in the decision panel, a pixel renders none of its components.
  const page = ['App', 'InputTools', 'InputGrid', 'Heatmap', 'ExplainPanel'];

  it('the first click renders 6 components: the picture, its explanation, undo', () => {
    const { page: p } = seedPage();
    resetRenders();
    clickPixel(p, 0, 0);
    const [first = [], ...rest] = renders();
    expect(rest).toEqual([]);
    expect(first).toEqual(['App', 'UndoRedo', ...page.slice(1)]);
  });

  it('a later click renders 5: no kernel row, map card or map of the first block renders', () => {
    const { page: p } = seedPage();
    clickPixel(p, 0, 0);
    resetRenders();
    clickPixel(p, 4, 4);
    expect(renders()).toEqual([page]);
  });

  /** What the first block's maps show: each map's cell values and its grid's name. */
  function shownMaps(container: HTMLElement) {
    return ['conv', 'pool', 'relu'].flatMap((stage) =>
      [0, 1, 2].map((k) => {
        const grid = container.querySelector(`[data-map="${stage}-${k}"]`)!;
        const values = Array.from(
          grid.querySelectorAll<HTMLElement>('[data-index]'),
          (el) => el.dataset.value,
        );
        return { map: `${stage}-${k}`, values, label: grid.getAttribute('aria-label') };
      }),
    );
  }

  /** What they should show: the core's pipeline on the store's picture. */
  function expectedMaps(state: ReturnType<typeof seedState>) {
    const results = runPipeline(state.input, state.kernels, state.config);
    return ['conv', 'pool', 'relu'].flatMap((stage) =>
      results.map((r, k) => {
        const m = (stage === 'conv' ? r.feature : stage === 'pool' ? r.pooled : r.activated).map!;
        const [lo, hi] = extent(m);
        return {
          map: `${stage}-${k}`,
          values: Array.from(m.data, String),
          label: expect.stringContaining(
            `${m.height} by ${m.width}, values from ${formatValue(lo)} to ${formatValue(hi)}`,
          ) as unknown as string,
        };
      }),
    );
  }

  it("the maps show every click's numbers and range without rendering", () => {
    const { store, page: p } = seedPage();
    const before = shownMaps(p.container);
    for (const [row, col] of [
      [4, 4],
      [0, 8],
      [2, 3],
    ] as const) {
      clickPixel(p, row, col);
    }
    const after = shownMaps(p.container);
    const want = expectedMaps(store.getState());
    expect(after).toEqual(want);
    // The clicks changed the numbers (and the centre's range) of every feature map.
    expect(after.slice(0, 3).map((m) => m.values)).not.toEqual(
      before.slice(0, 3).map((m) => m.values),
    );
  });

  it('maps scaled to their own range render with each click, and show its numbers', () => {
    const { store, page: p } = seedPage();
    act(() => store.dispatch({ type: 'setColorMode', mode: 'perMap' }));
    clickPixel(p, 4, 4);
    resetRenders();
    clickPixel(p, 3, 3);
    expect(renders()[0]).toContain('KernelRow');
    const want = expectedMaps(store.getState());
    expect(shownMaps(p.container)).toEqual(want);
  });

  it('a kernel of a new size renders its maps in their new shape with their numbers', () => {
    const { store, page: p } = seedPage();
    clickPixel(p, 4, 4);
    act(() =>
      store.dispatch({
        type: 'setKernel',
        k: 1,
        kernel: resizeKernel(store.getState().kernels[1]!, 2),
      }),
    );
    clickPixel(p, 0, 0);
    const want = expectedMaps(store.getState());
    expect(shownMaps(p.container)).toEqual(want);
    expect(shownMaps(p.container)[1]!.values).toHaveLength(64);
  });

  it("the decision's badge, bars and strip show each new picture's numbers without rendering", () => {
    const { store, page: p } = seedPage();
    const expected = () => {
      const scores = decisionScores(decisionNetwork(store.getState()), store.getState().input)!;
      return {
        winner: ['X', 'O'][scores.winner],
        probabilities: Array.from(scores.probabilities, String),
        scores: Array.from(scores.scores, String),
        strip: Array.from(scores.features, String),
      };
    };
    const shown = () => ({
      winner: p.container.querySelector<HTMLElement>('[data-decision]')!.dataset.winner,
      probabilities: Array.from(
        p.container.querySelectorAll<HTMLElement>('[data-decision] [data-class]'),
        (el) => el.dataset.probability,
      ),
      scores: Array.from(
        p.container.querySelectorAll<HTMLElement>('[data-panel-class]'),
        (el) => el.dataset.score,
      ),
      strip: Array.from(
        p.container.querySelectorAll<HTMLElement>('[data-decision-grid="strip"] [data-index]'),
        (el) => el.dataset.value,
      ),
    });
    expect(shown()).toEqual(expected());
    const first = shown();
    // Erasing the X's centre and its diagonal's ends changes every number of the decision.
    for (const [row, col] of [
      [4, 4],
      [3, 3],
      [5, 5],
      [2, 2],
      [6, 6],
    ] as const) {
      clickPixel(p, row, col);
    }
    expect(shown()).toEqual(expected());
    expect(shown().probabilities).not.toEqual(first.probabilities);
    // A new network (a fourth kernel: 64 final cells) renders new cells, painted at once.
    act(() => store.dispatch({ type: 'addKernel', kernel: seedState().kernels[0]! }));
    expect(shown().strip).toHaveLength(64);
    expect(shown()).toEqual(expected());
    clickPixel(p, 4, 4);
    expect(shown()).toEqual(expected());
    const verdict = p.container.querySelector('[data-panel-winner]')!;
    expect(verdict.getAttribute('data-panel-winner')).toBe(shown().winner);
    expect(verdict.textContent).toBe(p.container.querySelector('.decision-winner')!.textContent);
  });
});
