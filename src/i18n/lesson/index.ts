import type { Language } from '../../state';
import { lessonEn } from './en';
import type { LessonMessages } from './messages';
import { lessonZh } from './zh';

/** The lesson and lab strings in each language (kept apart from the app's Messages). */
export const LESSON_MESSAGES: Record<Language, LessonMessages> = { en: lessonEn, zh: lessonZh };
