import type { ComponentType } from 'react';
import type { Section } from './auth/roles';
import { maySee } from './auth/roles';
import { SessionProvider, SIGN_IN_PATH, signInPathFor, useSession } from './auth/session';
import { Layout } from './components/layout';
import { NoticesProvider } from './components/notices';
import { I18nProvider, useI18n } from './i18n/i18n';
import { isSafeReturnPath } from './router/history';
import { Redirect, useLocation, useSearchParam } from './router/router';
import { AccountPage } from './pages/account.page';
import { AuditPage } from './pages/audit.page';
import { CasesPage } from './pages/cases.page';
import { ModelerPage } from './pages/modeler.page';
import { MonitoringPage } from './pages/monitoring.page';
import { MunicipalityPage } from './pages/municipality.page';
import { NoAccessPage } from './pages/no-access.page';
import { NotFoundPage } from './pages/not-found.page';
import { SignInPage } from './pages/sign-in.page';
import { TasksPage } from './pages/tasks.page';
import { ACCOUNT_PATH, homePathFor, sectionOf } from './sections';

const PAGES: Record<Section, ComponentType> = {
  audit: AuditPage,
  cases: CasesPage,
  modeler: ModelerPage,
  monitoring: MonitoringPage,
  municipality: MunicipalityPage,
  tasks: TasksPage,
};

function Checking() {
  const { t } = useI18n();
  return (
    <p className="loading" aria-busy="true">
      {t.app.loading}
    </p>
  );
}

/** Which page a location shows, given who is signed in. */
function Routes() {
  const { pathname, search } = useLocation();
  const returnPath = useSearchParam('terug');
  const { state, user } = useSession();

  if (state.status === 'checking') {
    return (
      <Layout>
        <Checking />
      </Layout>
    );
  }
  if (pathname === SIGN_IN_PATH) {
    if (user) return <Redirect to={isSafeReturnPath(returnPath) ? returnPath : homePathFor(user)} />;
    return (
      <Layout narrow>
        <SignInPage />
      </Layout>
    );
  }
  if (!user) return <Redirect to={signInPathFor(pathname, search)} />;
  if (pathname === '/') return <Redirect to={homePathFor(user)} />;
  if (pathname === '/geen-toegang') {
    return (
      <Layout>
        <NoAccessPage />
      </Layout>
    );
  }
  if (pathname === ACCOUNT_PATH) {
    return (
      <Layout>
        <AccountPage />
      </Layout>
    );
  }
  const match = sectionOf(pathname);
  const Page = match ? PAGES[match.section] : NotFoundPage;
  return <Layout>{match && !maySee(user, match.section) ? <NoAccessPage /> : <Page />}</Layout>;
}

export function App() {
  return (
    <I18nProvider>
      <NoticesProvider>
        <SessionProvider>
          <Routes />
        </SessionProvider>
      </NoticesProvider>
    </I18nProvider>
  );
}
