import { useI18n } from '../i18n/i18n';
import { monitoringEn } from './i18n/en';
import { monitoringNl, type MonitoringMessages } from './i18n/nl';

/** The monitoring texts in the language the user chose, and the date and number formats that go with it. */
export function useMonitoringTexts(): { locale: string; m: MonitoringMessages } {
  const { language } = useI18n();
  return language === 'en' ? { locale: 'en-GB', m: monitoringEn } : { locale: 'nl-NL', m: monitoringNl };
}
