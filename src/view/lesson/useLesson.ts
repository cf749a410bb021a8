import { useEffect, useState, useSyncExternalStore } from 'react';
import {
  createLessonController,
  type LessonController,
  type LessonView,
} from '../../lesson/lessonController';
import type { Store } from '../../state';

/**
 * The page's lesson controller, made once: it reads the URL's lesson at startup and whenever
 * a link is opened in this tab, and writes the lesson's step into the URL with replaceState.
 */
export function useLessonController(store: Store): LessonController {
  const [controller] = useState(() =>
    createLessonController(store, {
      readHash: () => window.location.hash,
      writeHash: (hash) => history.replaceState(history.state, '', hash),
    }),
  );
  useEffect(() => {
    controller.openLink();
    const onHashChange = () => controller.openLink();
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, [controller]);
  return controller;
}

/** The lesson bar's view of the controller, re-rendered when it changes. */
export function useLessonView(controller: LessonController): LessonView {
  return useSyncExternalStore(controller.subscribe, controller.getView, controller.getView);
}
