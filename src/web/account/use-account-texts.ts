import { useI18n } from '../i18n/i18n';
import { accountEn } from './i18n/en';
import { accountNl, type AccountMessages } from './i18n/nl';

/** The account page's texts in the language the user chose, and the locale for dates. */
export function useAccountTexts(): { locale: string; m: AccountMessages } {
  const { language } = useI18n();
  return language === 'en' ? { locale: 'en-GB', m: accountEn } : { locale: 'nl-NL', m: accountNl };
}
