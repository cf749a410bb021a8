// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { lossAndGradients, tensorFromMatrix } from '../../../src/core';
import * as gradients from '../../../src/present/gradients';
import { createStore, seedState } from '../../../src/state';
import { decisionNetwork } from '../../../src/state/decisionNetwork';
import { App } from '../../../src/view/app/App';
import { gradientView } from '../../../src/view/gradients/gradientView';
import { fakeGetContext, realGetContext } from '../maps/heatmapFixtures';

vi.mock('../../../src/present/gradients', async (original) => {
  const real = await original<typeof gradients>();
  return { ...real, pageGradients: vi.fn(real.pageGradients) };
});
const computed = vi.mocked(gradients.pageGradients);

beforeAll(() => {
  HTMLCanvasElement.prototype.getContext = fakeGetContext as never;
});
afterAll(() => {
  HTMLCanvasElement.prototype.getContext = realGetContext;
});
afterEach(() => {
  cleanup();
  act(() => gradientView.reset());
  computed.mockClear();
});

function seedPage() {
  const store = createStore(seedState('en'));
  const page = render(<App store={store} />);
  const canvas = page.container.querySelector('[data-map="input"] .heatmap-canvas')!;
  canvas.getBoundingClientRect = () => new DOMRect(0, 0, 90, 90);
  const click = (row: number, col: number) => {
    const grid = page.container.querySelector('[data-map="input"]')!;
    const at = { clientX: col * 10 + 5, clientY: row * 10 + 5, button: 0, pointerId: 1 };
    act(() => {
      fireEvent.pointerDown(grid, at);
      fireEvent.pointerUp(grid, at);
    });
  };
  const values = (mapId: string) =>
    Array.from(
      page.container.querySelectorAll<HTMLElement>(`[data-map="${mapId}"] [data-value]`),
    ).map((c) => Number(c.dataset.value));
  return { store, page, click, values };
}

const made = decisionNetwork(seedState());
if ('problem' in made) throw new Error('a network expected');

describe("the page's gradients", () => {
  it('computes nothing on pixel clicks while they are hidden, and draws no gradient map', () => {
    const { page, click } = seedPage();
    click(0, 0);
    click(4, 4);
    expect(computed).not.toHaveBeenCalled();
    expect(page.container.querySelector('[data-map^="grad-"]')).toBeNull();
    const toggle = page.container.querySelector('[data-action="toggle-gradients"]')!;
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
  });

  it('shown, a click computes them once for the overlay and all three kernels, with the core’s numbers', () => {
    const { store, page, click, values } = seedPage();
    const toggle = page.container.querySelector('[data-action="toggle-gradients"]')!;
    act(() => fireEvent.click(toggle));
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    expect(computed).toHaveBeenCalledTimes(1);
    click(0, 0);
    expect(computed).toHaveBeenCalledTimes(2);
    const input = store.getState().input;
    const asX = lossAndGradients(made.network, tensorFromMatrix(input), 0);
    expect(values('grad-input')).toEqual(Array.from(asX.inputGradient.data, (v) => -v + 0));
    const conv = asX.gradients.layers[0]!;
    if (conv.type !== 'conv2d') throw new Error('conv2d expected');
    for (let k = 0; k < 3; k++) {
      expect(values(`grad-kernel-${k}`)).toEqual(
        Array.from(conv.weight.subarray(k * 9, k * 9 + 9), (v) => -v + 0),
      );
    }
    // Labelled O: the other class's loss, the legend's ends turned round.
    act(() => fireEvent.click(page.container.querySelector('[data-gradient-as="O"]')!));
    const asO = lossAndGradients(made.network, tensorFromMatrix(input), 1);
    expect(values('grad-input')).toEqual(Array.from(asO.inputGradient.data, (v) => -v + 0));
    expect(page.container.querySelector('.gradient-end.toward')!.textContent).toBe('more O');
    expect(page.container.querySelector('.gradient-end.away')!.textContent).toBe('more X');
    // Hidden again: the maps go and clicks compute nothing.
    act(() => fireEvent.click(toggle));
    computed.mockClear();
    click(2, 2);
    expect(computed).not.toHaveBeenCalled();
    expect(page.container.querySelector('[data-map^="grad-"]')).toBeNull();
  });

  it("explains a kernel weight's gradient by the chain rule when a cell is focused, and pins it on Enter", () => {
    const { page, store } = seedPage();
    act(() => gradientView.setShown(true));
    const cell = page.container.querySelector<HTMLElement>(
      '[data-map="grad-kernel-1"] [data-index="4"]',
    )!;
    act(() => cell.focus());
    const box = document.querySelector('[data-weight-gradient]')!;
    expect(box.textContent).toContain('Kernel 2, weight at row 2, column 2');
    expect(box.textContent).toContain('the sum over 49 windows');
    // The step uses the training's learning rate: 0.1 by default, then the one typed.
    expect(box.textContent).toContain('SGD with learning rate 0.1 ');
    act(() =>
      store.dispatch({
        type: 'setTraining',
        training: { ...store.getState().training, learningRate: 0.025 },
      }),
    );
    expect(document.querySelector('[data-weight-gradient]')!.textContent).toContain(
      'SGD with learning rate 0.025 (',
    );
    act(() => {
      fireEvent.keyDown(cell, { key: 'Enter' });
    });
    expect(gradientView.get().probe).toEqual({ k: 1, index: 4, pinned: true });
    act(() => {
      fireEvent.keyDown(document, { key: 'Escape' });
    });
    expect(gradientView.get().probe).toBeNull();
  });
});
