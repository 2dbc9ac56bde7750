import { useI18n } from '../i18n/i18n';
import { auditEn } from './i18n/en';
import { auditNl, type AuditMessages } from './i18n/nl';

/** The audit log texts in the language the user chose, and the locale for dates. */
export function useAuditTexts(): { a: AuditMessages; locale: string } {
  const { language } = useI18n();
  return language === 'en' ? { a: auditEn, locale: 'en-GB' } : { a: auditNl, locale: 'nl-NL' };
}
