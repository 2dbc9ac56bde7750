import type { SessionUser } from '../api/auth.api';
import { roleLabel } from '../auth/roles';
import { useSession } from '../auth/session';
import { format, useI18n } from '../i18n/i18n';
import type { Language } from '../i18n/messages';
import { Link } from '../router/router';
import { ACCOUNT_PATH } from '../sections';

function LanguageSwitch() {
  const { language, setLanguage, t } = useI18n();
  const other = t.language.switchToLang as Language;
  return (
    <button type="button" className="button button--header-secondary" lang={other} title={t.language.switchHint} onClick={() => setLanguage(other)} data-current-language={language}>
      {t.language.switchTo}
    </button>
  );
}

function UserInfo({ user }: { user: SessionUser }) {
  const { t } = useI18n();
  const lines = Array.from(
    new Set(
      user.memberships.map((membership) => {
        const role = roleLabel(membership, t);
        const region = membership.regionName ?? membership.regionId;
        return region ? format(t.header.roleInRegion, { region, role }) : format(t.header.roleWithoutRegion, { role });
      }),
    ),
  );
  return (
    <div className="user-info">
      <p className="user-info__label">{t.header.signedInAs}</p>
      <p className="user-info__name">{user.displayName}</p>
      {lines.length > 0 && (
        <ul className="user-info__roles">
          {lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** The band at the top: the product, who is signed in with role and region, language, sign out. */
export function SiteHeader({ homePath }: { homePath: string }) {
  const { t } = useI18n();
  const { signOut, user } = useSession();
  return (
    <header className="site-header">
      <div className="container site-header__inner">
        <Link to={homePath} className="brand">
          <span className="brand__tagline">{t.app.tagline}</span>
          <span className="brand__name">{t.app.name}</span>
        </Link>
        <div className="site-header__tools">
          {user && <UserInfo user={user} />}
          <div className="site-header__actions">
            <LanguageSwitch />
            {user && (
              <Link to={ACCOUNT_PATH} className="button button--header-secondary">
                {t.header.account}
              </Link>
            )}
            {user && (
              <button type="button" className="button button--header" onClick={() => void signOut()}>
                {t.header.signOut}
              </button>
            )}
          </div>
        </div>
      </div>
    </header>
  );
}
