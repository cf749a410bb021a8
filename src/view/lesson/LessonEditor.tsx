import { useEffect, useRef, useState } from 'react';
import { LESSON_MESSAGES } from '../../i18n/lesson';
import { HIDE_PARTS, type HidePart } from '../../lesson/hideParts';
import { captionIn } from '../../lesson/lesson';
import type { LessonController } from '../../lesson/lessonController';
import { addStep, recordStep, stepState } from '../../lesson/lessonEdits';
import { lessonFileText, parseLesson, type LessonFileError } from '../../lesson/lessonFile';
import { encodeLessonParam, withLessonParams } from '../../lesson/lessonLink';
import { XO_STORY } from '../../lesson/xoStory';
import type { Store } from '../../state';
import { downloadText } from '../export/exportImage';
import { StepList } from './StepList';
import { useLessonDraft } from './useLessonDraft';

/**
 * The teacher's lesson editor: "Add this as a step" records the page with a caption (and a
 * question that hides a map); steps are edited, reordered and removed; the lesson is
 * followed here, copied as a link (which can hide controls) or saved and opened as a file.
 */
export function LessonEditor(props: {
  readonly store: Store;
  readonly controller: LessonController;
  readonly onClose: () => void;
}) {
  const { store, controller, onClose } = props;
  const language = store.getState().language;
  const t = LESSON_MESSAGES[language];
  const ref = useRef<HTMLDialogElement>(null);
  const [lesson, setLesson] = useLessonDraft(t.defaultTitle);
  const [caption, setCaption] = useState('');
  const [question, setQuestion] = useState('');
  const [answer, setAnswer] = useState('');
  const [hide, setHide] = useState('');
  const [parts, setParts] = useState<readonly HidePart[]>([]);
  const [error, setError] = useState<LessonFileError | null>(null);
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  const kernels = store.getState().kernels.length;
  const maps = ['conv', 'pool', 'relu'].flatMap((kind) =>
    Array.from({ length: kernels }, (_, k) => `${kind}-${k}`),
  );
  const link = () => {
    const first = lesson.steps[0];
    if (!first) return '';
    const hash = withLessonParams(first.link, { param: encodeLessonParam(lesson), step: 0 }, parts);
    const at = window.location.href.indexOf('#');
    return (at < 0 ? window.location.href : window.location.href.slice(0, at)) + hash;
  };
  const onAdd = () => {
    const text = { caption, question, answer, hidden: question.trim() && hide ? [hide] : [] };
    setLesson(addStep(lesson, recordStep(store.getState(), text, language)));
    setCaption('');
    setQuestion('');
    setAnswer('');
    setHide('');
  };
  const onOpenFile = async (file: File | undefined) => {
    if (!file) return;
    const parsed = parseLesson(await file.text());
    setError(parsed.ok ? null : parsed.error);
    if (parsed.ok) setLesson(parsed.lesson);
  };
  return (
    <dialog
      ref={ref}
      className="share-dialog lesson-editor"
      aria-labelledby="lesson-editor-title"
      onClose={onClose}
      data-lesson-editor=""
    >
      <header>
        <h2 id="lesson-editor-title">{t.editor}</h2>
        <button type="button" aria-label={t.close} onClick={() => ref.current?.close()}>
          ✕
        </button>
      </header>
      <p className="note">{t.editorAbout}</p>
      <label className="lesson-field">
        {t.titleLabel}
        <input
          value={captionIn(lesson.title, language)}
          onChange={(e) =>
            setLesson({ ...lesson, title: { ...lesson.title, [language]: e.target.value } })
          }
        />
      </label>
      <fieldset className="lesson-record">
        <label className="lesson-field">
          {t.captionLabel}
          <textarea value={caption} rows={2} onChange={(e) => setCaption(e.target.value)} />
        </label>
        <label className="lesson-field">
          {t.questionLabel}
          <input value={question} onChange={(e) => setQuestion(e.target.value)} />
        </label>
        <label className="lesson-field">
          {t.answerLabel}
          <input value={answer} onChange={(e) => setAnswer(e.target.value)} />
        </label>
        <label className="lesson-field">
          {t.hideLabel}
          <select value={hide} onChange={(e) => setHide(e.target.value)}>
            <option value="">{t.hideNone}</option>
            {maps.map((id) => (
              <option key={id} value={id}>
                {t.mapName(id)}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          data-action="add-lesson-step"
          disabled={caption.trim() === ''}
          onClick={onAdd}
        >
          {t.addStep}
        </button>
      </fieldset>
      <StepList
        lesson={lesson}
        language={language}
        onChange={setLesson}
        onShow={(i) =>
          store.dispatch({ type: 'load', state: stepState(lesson.steps[i]!, language) })
        }
        page={store.getState}
      />
      <fieldset className="lesson-hide">
        <legend>{t.hideParts}</legend>
        {HIDE_PARTS.map((part) => (
          <label key={part} className="check">
            <input
              type="checkbox"
              checked={parts.includes(part)}
              onChange={(e) =>
                setParts(
                  HIDE_PARTS.filter((p) => (p === part ? e.target.checked : parts.includes(p))),
                )
              }
            />
            {t.hidePart(part)}
          </label>
        ))}
      </fieldset>
      {error && (
        <p className="lesson-error" role="alert">
          {t.linkError(error)}
        </p>
      )}
      <footer className="lesson-editor-actions">
        <button
          type="button"
          data-action="follow-lesson"
          disabled={lesson.steps.length === 0}
          onClick={() => {
            controller.dispatch({ type: 'open', lesson });
            ref.current?.close();
          }}
        >
          {t.follow}
        </button>
        <button
          type="button"
          data-action="copy-lesson-link"
          disabled={lesson.steps.length === 0}
          onClick={() => {
            void navigator.clipboard?.writeText(link()).then(() => setCopied(true));
          }}
        >
          {copied ? t.copied : t.copyLink}
        </button>
        <button
          type="button"
          data-action="save-lesson"
          disabled={lesson.steps.length === 0}
          onClick={() => downloadText(lessonFileText(lesson), 'lesson.json', 'application/json')}
        >
          {t.saveFile}
        </button>
        <label className="lesson-open-file">
          {t.openFile}
          <input
            type="file"
            accept=".json,application/json"
            data-action="open-lesson-file"
            onChange={(e) => void onOpenFile(e.target.files?.[0])}
          />
        </label>
        <button type="button" onClick={() => setLesson(XO_STORY)}>
          {t.editBuiltin}
        </button>
      </footer>
    </dialog>
  );
}
