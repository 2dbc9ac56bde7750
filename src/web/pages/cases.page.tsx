import { PlaceholderPage } from '../components/placeholder-page';
import { useI18n } from '../i18n/i18n';

export function CasesPage() {
  const { t } = useI18n();
  return <PlaceholderPage title={t.cases.title} intro={t.cases.intro} items={t.cases.items} />;
}
