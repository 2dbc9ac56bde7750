import { useI18n } from '../i18n/i18n';
import { modelerEn } from './i18n/en';
import { modelerNl, type ModelerMessages } from './i18n/nl';

/** The modeler's texts in the language the user chose, with the matching date format. */
export function useModelerTexts(): { locale: string; m: ModelerMessages } {
  const { language } = useI18n();
  return language === 'en' ? { locale: 'en-GB', m: modelerEn } : { locale: 'nl-NL', m: modelerNl };
}

/** A date and time as "23 november 2026 om 14:05". */
export function formatDateTime(iso: string, locale: string, m: ModelerMessages): string {
  const date = new Date(iso);
  return m.common.dateTime.replace('{date}', date.toLocaleDateString(locale, { day: 'numeric', month: 'long', year: 'numeric' })).replace('{time}', date.toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit' }));
}

/** The Dutch (or English) title of a rule, or the catch-all for compat rules without one. */
export function ruleTitle(rule: string, m: ModelerMessages): string {
  return m.rules[rule] ?? (rule.startsWith('camunda-compat/') ? m.rules.other : rule);
}
