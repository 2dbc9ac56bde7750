import type { ReactNode } from 'react';
import { useSession } from '../auth/session';
import { useI18n } from '../i18n/i18n';
import { homePathFor } from '../sections';
import { MainNav } from './main-nav';
import { NoticeRegion } from './notices';
import { SiteHeader } from './site-header';

export const MAIN_ID = 'inhoud';

/**
 * Every page's frame: skip link, header, the menu when signed in, the main landmark (focusable, the
 * skip link's target) with the live region for notices at its top, and the footer.
 */
export function Layout({ children, narrow = false }: { children: ReactNode; narrow?: boolean }) {
  const { t } = useI18n();
  const { user } = useSession();
  return (
    <div className="page">
      <a className="skip-link" href={`#${MAIN_ID}`}>
        {t.app.skipLink}
      </a>
      <SiteHeader homePath={homePathFor(user)} />
      {user && <MainNav user={user} />}
      <main id={MAIN_ID} className={`container main${narrow ? ' main--narrow' : ''}`} tabIndex={-1}>
        <NoticeRegion />
        {children}
      </main>
      <footer className="site-footer">
        <div className="container">
          <p>{t.app.footer}</p>
        </div>
      </footer>
    </div>
  );
}
