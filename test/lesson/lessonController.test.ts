import { describe, expect, it } from 'vitest';
import { createStore, encodeLink, inputPreset, seedState } from '../../src/state';
import { createLessonController } from '../../src/lesson/lessonController';
import { withLessonParams } from '../../src/lesson/lessonLink';
import { XO_STORY } from '../../src/lesson/xoStory';

function setup(hash = '') {
  const store = createStore(seedState('zh'));
  const written: string[] = [];
  const env = { readHash: () => hash, writeHash: (h: string) => void written.push(h) };
  return { store, written, controller: createLessonController(store, env) };
}

describe('following a lesson on the page', () => {
  it('loads each step’s page as one undo step, in the page’s language', () => {
    const { store, controller } = setup();
    controller.dispatch({ type: 'open', lesson: XO_STORY, builtin: 'xo' });
    expect(store.getState().kernels).toHaveLength(1);
    expect(store.getState().language).toBe('zh');
    controller.dispatch({ type: 'goTo', step: 4 });
    expect(store.getState().input.data).toEqual(inputPreset('shiftedX').data);
    store.dispatch({ type: 'undo' });
    expect(store.getState().kernels).toHaveLength(1);
  });

  it('writes the lesson and its step after the page’s own link', () => {
    const { store, controller, written } = setup();
    controller.dispatch({ type: 'open', lesson: XO_STORY, builtin: 'xo' });
    controller.dispatch({ type: 'next' });
    expect(written.at(-1)).toBe(`${encodeLink(store.getState())}&lesson=xo&step=2`);
    controller.dispatch({ type: 'close' });
    expect(written.at(-1)).toBe(encodeLink(store.getState()));
  });

  it('opens a lesson link at its step, with the parts it hides', () => {
    const hash = withLessonParams('#v=2', { param: 'xo', step: 7 }, ['settings']);
    const { store, controller } = setup(hash);
    controller.openLink();
    expect(controller.getView().session?.step).toBe(7);
    expect(controller.getView().hide).toEqual(['settings']);
    expect(store.getState().blocks).toHaveLength(1);
  });

  it('says when a link’s lesson cannot be read, and opens none', () => {
    const { controller } = setup('#v=2&lesson=nonsense');
    controller.openLink();
    expect(controller.getView()).toEqual({
      session: null,
      hide: [],
      error: { kind: 'notLesson' },
    });
  });
});
