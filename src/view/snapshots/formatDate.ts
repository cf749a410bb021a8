import type { Language } from '../../state';

/** A date and time as a teacher reads it: "2 Dec 2026, 00:31", "2026年12月2日 00:31". */
export function formatDate(time: number, language: Language): string {
  return new Intl.DateTimeFormat(language === 'zh' ? 'zh-CN' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(time);
}
