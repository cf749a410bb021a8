import { LESSON_MESSAGES } from '../../i18n/lesson';
import { captionIn, type Lesson } from '../../lesson/lesson';
import { editStep, moveStep, removeStep, updateStepPage } from '../../lesson/lessonEdits';
import type { AppState, Language } from '../../state';

/** The steps of a lesson being written: each caption editable, shown, moved or removed. */
export function StepList(props: {
  readonly lesson: Lesson;
  readonly language: Language;
  readonly onChange: (next: Lesson) => void;
  readonly onShow: (index: number) => void;
  readonly page: () => AppState;
}) {
  const { lesson, language, onChange, onShow, page } = props;
  const t = LESSON_MESSAGES[language];
  if (lesson.steps.length === 0) return <p className="note">{t.noSteps}</p>;
  const last = lesson.steps.length - 1;
  return (
    <ol className="lesson-steps">
      {lesson.steps.map((step, i) => (
        <li key={i} data-lesson-draft-step={i + 1}>
          <textarea
            aria-label={`${t.captionLabel} ${i + 1}`}
            value={captionIn(step.caption, language)}
            rows={2}
            onChange={(e) => onChange(editStep(lesson, i, language, { caption: e.target.value }))}
          />
          {step.question && (
            <span className="note">
              {t.question}: {captionIn(step.question, language)}
              {step.hidden?.length ? ` (${step.hidden.map(t.mapName).join(', ')})` : ''}
            </span>
          )}
          <span className="lesson-step-tools">
            <button type="button" onClick={() => onShow(i)}>
              {t.show}
            </button>
            <button type="button" onClick={() => onChange(updateStepPage(lesson, i, page()))}>
              {t.usePage}
            </button>
            <button
              type="button"
              aria-label={t.moveUp}
              title={t.moveUp}
              disabled={i === 0}
              onClick={() => onChange(moveStep(lesson, i, i - 1))}
            >
              ↑
            </button>
            <button
              type="button"
              aria-label={t.moveDown}
              title={t.moveDown}
              disabled={i === last}
              onClick={() => onChange(moveStep(lesson, i, i + 1))}
            >
              ↓
            </button>
            <button
              type="button"
              aria-label={t.remove}
              title={t.remove}
              onClick={() => onChange(removeStep(lesson, i))}
            >
              ✕
            </button>
          </span>
        </li>
      ))}
    </ol>
  );
}
