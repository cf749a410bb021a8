import { memo, useState } from 'react';
import { LESSON_MESSAGES } from '../../i18n/lesson';
import type { LessonController } from '../../lesson/lessonController';
import { XO_STORY, XO_STORY_ID } from '../../lesson/xoStory';
import type { Store } from '../../state';
import { useStoreSelector } from '../app/useStore';
import { InvarianceLab } from '../invariance/InvarianceLab';
import { LessonEditor } from './LessonEditor';

/**
 * The header's lesson buttons, beside the title (the toolbar's row is full at 1280 px): the
 * built-in lesson, the lesson editor, the invariance lab.
 */
export const LessonButtons = memo(function LessonButtons(props: {
  readonly store: Store;
  readonly controller: LessonController;
}) {
  const { store, controller } = props;
  const language = useStoreSelector(store, (s) => s.language);
  const t = LESSON_MESSAGES[language];
  const [open, setOpen] = useState<'editor' | 'lab' | null>(null);
  return (
    <div className="lesson-buttons" role="group" aria-label={t.lesson}>
      <button
        type="button"
        data-action="start-lesson"
        title={t.lessonTitle}
        onClick={() =>
          controller.dispatch({ type: 'open', lesson: XO_STORY, builtin: XO_STORY_ID })
        }
      >
        {t.lesson}
      </button>
      <button
        type="button"
        data-action="lesson-editor"
        className="lesson-editor-button"
        title={t.editorTitle}
        onClick={() => setOpen('editor')}
      >
        {t.editor}
      </button>
      <button
        type="button"
        data-action="invariance-lab"
        title={t.labTitle}
        onClick={() => setOpen('lab')}
      >
        {t.lab}
      </button>
      {open === 'editor' && (
        <LessonEditor store={store} controller={controller} onClose={() => setOpen(null)} />
      )}
      {open === 'lab' && <InvarianceLab store={store} onClose={() => setOpen(null)} />}
    </div>
  );
});
