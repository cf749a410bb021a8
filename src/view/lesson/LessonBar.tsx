import { memo } from 'react';
import { LESSON_MESSAGES } from '../../i18n/lesson';
import { captionIn } from '../../lesson/lesson';
import type { LessonController } from '../../lesson/lessonController';
import { currentStep, hiddenMaps } from '../../lesson/lessonSession';
import type { Language } from '../../state';
import { useLessonKeys } from './useLessonKeys';
import { useLessonView } from './useLesson';

/**
 * The lesson being followed, under the header: its title, the step's caption (carrying
 * `data-lesson-step`, 1-based), the question and its Reveal button, previous and next. It
 * renders only when the lesson or the language changes, never for a click on the picture.
 */
export const LessonBar = memo(function LessonBar(props: {
  readonly controller: LessonController;
  readonly language: Language;
}) {
  const { controller, language } = props;
  const { session, error } = useLessonView(controller);
  const t = LESSON_MESSAGES[language];
  useLessonKeys(controller, session !== null);
  if (error) {
    return (
      <div className="lesson-bar lesson-error" role="alert">
        <p>{t.linkError(error)}</p>
        <button type="button" onClick={controller.dismissError}>
          {t.dismiss}
        </button>
      </div>
    );
  }
  if (!session) return null;
  const step = currentStep(session);
  const n = session.step + 1;
  const total = session.lesson.steps.length;
  const question = captionIn(step.question, language);
  const hidden = hiddenMaps(session).length > 0;
  const answer = session.revealed ? captionIn(step.answer, language) : '';
  return (
    <section className="lesson-bar" aria-label={t.lessonBar} data-lesson="">
      <div className="lesson-head">
        <span className="lesson-title">{captionIn(session.lesson.title, language)}</span>
        <span className="lesson-count">{t.stepOf(n, total)}</span>
        <button
          type="button"
          className="lesson-close"
          data-action="lesson-close"
          title={t.closeLesson}
          aria-label={t.closeLesson}
          onClick={() => controller.dispatch({ type: 'close' })}
        >
          ✕
        </button>
      </div>
      <p className="lesson-caption" data-lesson-step={n} aria-live="polite">
        {captionIn(step.caption, language)}
      </p>
      {question && (
        <p className="lesson-question" data-lesson-question="">
          <strong>{t.question}:</strong> {question}{' '}
          {hidden && (
            <button
              type="button"
              data-action="reveal"
              title={t.revealTitle}
              onClick={() => controller.dispatch({ type: 'reveal' })}
            >
              {t.reveal}
            </button>
          )}
        </p>
      )}
      {answer && (
        <p className="lesson-answer" data-lesson-answer="">
          <strong>{t.answer}:</strong> {answer}
        </p>
      )}
      <div className="lesson-nav" title={t.keysHint}>
        <button
          type="button"
          data-action="lesson-prev"
          disabled={session.step === 0}
          onClick={() => controller.dispatch({ type: 'prev' })}
        >
          {t.prev}
        </button>
        <button
          type="button"
          data-action="lesson-next"
          disabled={n === total}
          onClick={() => controller.dispatch({ type: 'next' })}
        >
          {t.next}
        </button>
      </div>
    </section>
  );
});
