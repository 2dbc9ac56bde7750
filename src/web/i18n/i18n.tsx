import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { en } from './en';
import type { Language, Messages } from './messages';
import { nl } from './nl';

const CATALOGUE: Record<Language, Messages> = { en, nl };

// The language is a display preference, not session data, so it may live in localStorage.
const STORAGE_KEY = 'jbt.taal';

interface I18n {
  language: Language;
  setLanguage(language: Language): void;
  t: Messages;
}

const I18nContext = createContext<I18n | null>(null);

function initialLanguage(): Language {
  try {
    return window.localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'nl';
  } catch {
    return 'nl';
  }
}

/** Fills {name} placeholders: format('{role} · regio {region}', { role, region }). */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(initialLanguage);
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  const setLanguage = useCallback((next: Language) => {
    setLanguageState(next);
    try {
      window.localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // A browser without storage keeps the choice for this page only.
    }
  }, []);
  const value = useMemo(() => ({ language, setLanguage, t: CATALOGUE[language] }), [language, setLanguage]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n() outside <I18nProvider>');
  return value;
}
