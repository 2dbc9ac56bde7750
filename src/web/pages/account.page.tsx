import '../monitoring/monitoring.css';
import { accountApi, type OpenSession } from '../account/account.api';
import { useAccountTexts } from '../account/use-account-texts';
import { useResource } from '../api/use-resource';
import { roleLabel } from '../auth/roles';
import { useSession } from '../auth/session';
import { PageHeading } from '../components/page-heading';
import { ScrollTable } from '../components/scroll-table';
import { useNotices } from '../components/notices';
import { format, useI18n } from '../i18n/i18n';

function formatMoment(iso: string, locale: string): string {
  return new Date(iso).toLocaleString(locale, { day: 'numeric', hour: '2-digit', minute: '2-digit', month: 'short', timeZone: 'Europe/Amsterdam', year: 'numeric' });
}

/**
 * `/mijn-account`: who the user is, with roles per region, and the sessions they have open, each of
 * which they can end, or all at once ("overal afmelden").
 */
export function AccountPage() {
  const { locale, m } = useAccountTexts();
  const { t } = useI18n();
  const { signOutEverywhere, user } = useSession();
  const { notify } = useNotices();
  const sessions = useResource((signal) => accountApi.sessions(signal), 'sessions');
  if (!user) return null;
  const roles = Array.from(new Set(user.memberships.map((membership) => (membership.regionName ? `${roleLabel(membership, t)} · ${membership.regionName}` : roleLabel(membership, t)))));
  const end = async (session: OpenSession) => {
    try {
      await accountApi.endSession(session.id);
      notify('success', m.ended);
      sessions.reload();
    } catch {
      notify('error', m.failed);
    }
  };
  return (
    <>
      <PageHeading title={m.title} />
      <p className="lead">{m.intro}</p>
      <section className="section" aria-labelledby="account-details">
        <h2 id="account-details">{m.details}</h2>
        <dl className="summary-list">
          <div>
            <dt>{m.name}</dt>
            <dd>{user.displayName}</dd>
          </div>
          <div>
            <dt>{m.username}</dt>
            <dd>{user.username}</dd>
          </div>
          <div>
            <dt>{m.roles}</dt>
            <dd>{roles.join(', ') || '–'}</dd>
          </div>
        </dl>
      </section>
      <section className="section" aria-labelledby="account-sessions">
        <h2 id="account-sessions">{m.sessions}</h2>
        <p>{m.sessionsIntro}</p>
        {sessions.status === 'loading' && (
          <p className="loading" aria-busy="true">
            {m.loading}
          </p>
        )}
        {sessions.status === 'failed' && (
          <p className="notice notice--error" role="alert">
            {m.failed}
          </p>
        )}
        {sessions.status === 'ready' && (
          <ScrollTable className="table-wrap" labelledBy="sessies-bijschrift">
            <table className="data-table">
              <caption id="sessies-bijschrift">{m.caption}</caption>
              <thead>
                <tr>
                  {[m.columns.device, m.columns.method, m.columns.since, m.columns.until, m.columns.address, m.columns.action].map((column) => (
                    <th key={column} scope="col">
                      {column}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {sessions.value.map((session) => (
                  <tr key={session.id}>
                    <th scope="row">{session.userAgent ?? m.unknownDevice}</th>
                    <td>{m.methods[session.method] ?? session.method}</td>
                    <td>{formatMoment(session.createdAt, locale)}</td>
                    <td>{formatMoment(session.expiresAt, locale)}</td>
                    <td>{session.clientIp ?? '–'}</td>
                    <td>
                      {session.current ? (
                        <span className="tag tag--success">{m.current}</span>
                      ) : (
                        <button type="button" className="button button--secondary button--small" aria-label={format(m.endLabel, { since: formatMoment(session.createdAt, locale) })} onClick={() => void end(session)}>
                          {m.end}
                        </button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollTable>
        )}
      </section>
      <section className="section section--danger" aria-labelledby="account-everywhere">
        <h2 id="account-everywhere">{m.everywhere}</h2>
        <p>{m.everywhereIntro}</p>
        <button type="button" className="button button--primary" onClick={() => void signOutEverywhere()}>
          {m.everywhere}
        </button>
      </section>
    </>
  );
}
