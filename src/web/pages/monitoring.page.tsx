import { PlaceholderPage } from '../components/placeholder-page';
import { useI18n } from '../i18n/i18n';

export function MonitoringPage() {
  const { t } = useI18n();
  return <PlaceholderPage title={t.monitoring.title} intro={t.monitoring.intro} items={t.monitoring.items} />;
}
