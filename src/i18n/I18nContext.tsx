import { createContext, useContext } from 'react';
import type { Language } from '../state';
import { en } from './en';
import type { Messages } from './messages';
import { zh } from './zh';

export const MESSAGES: Record<Language, Messages> = { en, zh };

const I18nContext = createContext<Messages>(en);

export const I18nProvider = I18nContext.Provider;

/** The UI text in the current language. */
export function useMessages(): Messages {
  return useContext(I18nContext);
}
