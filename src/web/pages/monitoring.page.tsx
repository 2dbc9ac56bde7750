import '../monitoring/monitoring.css';
import { useLocation } from '../router/router';
import { matchPath } from '../router/router';
import { MonitoringCasePage } from './monitoring-case.page';
import { MonitoringCasesPage } from './monitoring-cases.page';
import { MonitoringDashboardPage } from './monitoring-dashboard.page';
import { MonitoringModelPage } from './monitoring-model.page';
import { MonitoringModelsPage } from './monitoring-models.page';
import { MonitoringOutlookPage } from './monitoring-outlook.page';
import { NotFoundPage } from './not-found.page';

/** The monitoring section: its own small routing under /monitoring (the app routes by section). */
export function MonitoringPage() {
  const { pathname } = useLocation();
  const path = pathname.replace(/\/+$/, '') || '/monitoring';
  if (path === '/monitoring') return <MonitoringDashboardPage />;
  if (path === '/monitoring/casussen') return <MonitoringCasesPage />;
  const caseMatch = matchPath('/monitoring/casussen/:caseId', path);
  if (caseMatch) return <MonitoringCasePage key={caseMatch.caseId} caseId={caseMatch.caseId} />;
  if (path === '/monitoring/processen') return <MonitoringModelsPage />;
  if (path === '/monitoring/vooruitblik') return <MonitoringOutlookPage />;
  const modelMatch = matchPath('/monitoring/processen/:key', path);
  if (modelMatch) return <MonitoringModelPage key={modelMatch.key} processDefinitionKey={modelMatch.key} />;
  return <NotFoundPage />;
}
