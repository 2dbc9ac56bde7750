import type { SessionUser } from '../api/auth.api';
import { useI18n } from '../i18n/i18n';
import { Link, useLocation } from '../router/router';
import { sectionOf, visibleSections } from '../sections';

/** The main menu: only the parts the user's roles open; the current one is marked for all readers. */
export function MainNav({ user }: { user: SessionUser }) {
  const { t } = useI18n();
  const { pathname } = useLocation();
  const current = sectionOf(pathname)?.section;
  const sections = visibleSections(user);
  if (sections.length === 0) return null;
  return (
    <nav className="main-nav" aria-label={t.nav.label}>
      <div className="container">
        <ul className="main-nav__list">
          {sections.map(({ path, section }) => (
            <li key={section}>
              <Link to={path} className="main-nav__link" aria-current={section === current ? 'page' : undefined}>
                {t.nav[section]}
              </Link>
            </li>
          ))}
        </ul>
      </div>
    </nav>
  );
}
