import { useCallback, useState } from 'react';
import type { Lesson } from '../../lesson/lesson';
import { emptyLesson } from '../../lesson/lessonEdits';
import { lessonFileText, parseLesson } from '../../lesson/lessonFile';

/** Where the lesson being written is kept between visits (as its file's text). */
export const DRAFT_KEY = 'cnn-playground-lesson-draft';

function readDraft(title: string): Lesson {
  try {
    const text = window.localStorage.getItem(DRAFT_KEY);
    const parsed = text ? parseLesson(text) : null;
    if (parsed?.ok) return parsed.lesson;
  } catch {
    // No storage: the draft lives as long as the page.
  }
  return emptyLesson({ en: title });
}

/** The teacher's lesson being written, saved in the browser at every change. */
export function useLessonDraft(defaultTitle: string): [Lesson, (next: Lesson) => void] {
  const [lesson, setLesson] = useState(() => readDraft(defaultTitle));
  const update = useCallback((next: Lesson) => {
    setLesson(next);
    try {
      window.localStorage.setItem(DRAFT_KEY, lessonFileText(next));
    } catch {
      // Storage full or refused: the draft stays on the page.
    }
  }, []);
  return [lesson, update];
}
