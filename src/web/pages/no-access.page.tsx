import { PageHeading } from '../components/page-heading';
import { useSession } from '../auth/session';
import { useI18n } from '../i18n/i18n';
import { Link } from '../router/router';
import { homePathFor } from '../sections';

/** A signed-in user whose roles do not open this part. The server refuses the data anyway. */
export function NoAccessPage() {
  const { t } = useI18n();
  const { user } = useSession();
  const home = homePathFor(user);
  return (
    <>
      <PageHeading title={t.noAccess.title} />
      <p className="lead">{t.noAccess.body}</p>
      {home !== '/geen-toegang' && (
        <p>
          <Link to={home}>{t.noAccess.home}</Link>
        </p>
      )}
    </>
  );
}
