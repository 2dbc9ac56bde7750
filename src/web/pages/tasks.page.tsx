import { PlaceholderPage } from '../components/placeholder-page';
import { useI18n } from '../i18n/i18n';

export function TasksPage() {
  const { t } = useI18n();
  return <PlaceholderPage title={t.tasks.title} intro={t.tasks.intro} items={t.tasks.items} />;
}
