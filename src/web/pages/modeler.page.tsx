import { PlaceholderPage } from '../components/placeholder-page';
import { useI18n } from '../i18n/i18n';

export function ModelerPage() {
  const { t } = useI18n();
  return <PlaceholderPage title={t.modeler.title} intro={t.modeler.intro} items={t.modeler.items} />;
}
