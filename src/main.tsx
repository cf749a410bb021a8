import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import {
  createStore,
  decodeLink,
  encodeLink,
  persist,
  seedState,
  startupState,
  type PersistEnv,
} from './state';
import { keepBeforeLink } from './state/persist';
import { App } from './view/app/App';
import { MESSAGES } from './i18n/I18nContext';
import { formatDate } from './view/snapshots/formatDate';
import { announceKept } from './view/snapshots/keptEvent';
import { ErrorBoundary } from './view/app/ErrorBoundary';
import { keepLessonParams } from './lesson/lessonLink';
// Styles, one concern a file; the order matters (later files refine earlier ones, and the
// narrow-screen rules come last).
import './styles/base.css';
import './styles/heatmap.css';
import './styles/stages.css';
import './styles/explain.css';
import './styles/blocks.css';
import './styles/color.css';
import './styles/drawings.css';
import './styles/gradients.css';
import './styles/kernelSteps.css';
import './styles/trainReview.css';
import './styles/lab.css';
import './styles/classroom.css';
import './styles/share.css';
import './styles/train.css';
import './styles/decision.css';
import './styles/decisionExplain.css';
import './styles/lesson.css';
import './styles/responsive.css';

function safeStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

const env: PersistEnv = {
  readHash: () => window.location.hash,
  // The page's link keeps a lesson's parameters (lesson, step, hide) after its own.
  writeHash: (hash) => history.replaceState(null, '', keepLessonParams(hash, window.location.hash)),
  storage: safeStorage(),
  languages: navigator.languages?.length ? navigator.languages : [navigator.language],
  keptName: (time, language) => MESSAGES[language].share.keptName(formatDate(time, language)),
};

const startup = startupState(env);
const store = createStore(startup.state);
// Written a quarter of a second after the first change of a burst, never inside the frame
// of a click: replaceState and localStorage take 1.5-4 ms on a 64x64 picture, and a drag
// changes the picture every frame, so saving after each frame cost a drag that much a frame.
// A drag now saves four times a second; pagehide and visibilitychange flush what is pending.
// The write itself waits for idle time after that (within a second), so it does not land in
// the work of a click that happens to come a quarter of a second after another.
const soon = (write: () => void) =>
  setTimeout(() => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(write, { timeout: 1000 });
    else write();
  }, 250);
const saved = persist(store, env, soon);
// Write any change still waiting before the page goes away.
addEventListener('pagehide', saved.flush);
addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && saved.flush());

const root = createRoot(document.getElementById('root')!);
root.render(
  <StrictMode>
    <ErrorBoundary
      onReset={() => store.dispatch({ type: 'load', state: seedState(store.getState().language) })}
    >
      <App
        store={store}
        initialProblems={startup.problems}
        kept={startup.kept}
        onLink={(listener) => {
          // A link pasted into this tab's address bar: load it as one undoable step.
          const onHashChange = () => {
            const { state, problems } = decodeLink(window.location.hash, store.getState().language);
            // The work it replaces is kept as a snapshot too, and the page says so.
            const kept = keepBeforeLink(env, encodeLink(store.getState()), state);
            store.dispatch({ type: 'load', state });
            listener(problems);
            if (kept) announceKept(kept);
          };
          window.addEventListener('hashchange', onHashChange);
          return () => window.removeEventListener('hashchange', onHashChange);
        }}
      />
    </ErrorBoundary>
  </StrictMode>,
);
