import { authApi } from '../api/auth.api';
import { useResource } from '../api/use-resource';
import { format, useI18n } from '../i18n/i18n';
import { isSafeReturnPath } from '../router/history';
import { useSearchParam } from '../router/router';

/**
 * On the sign-in page: the way in through the organisation's own sign-in (OpenID Connect), when the
 * service offers it, and why a sign-in there was refused (`?oidc-fout=<code>&waarde=<value>`, set by
 * the service's callback). The button is a plain link: the browser leaves for the provider.
 */
export function OidcSignIn() {
  const { t } = useI18n();
  const refusal = useSearchParam('oidc-fout');
  const value = useSearchParam('waarde') ?? '';
  const returnPath = useSearchParam('terug');
  const options = useResource((signal) => authApi.signInOptions(signal), 'sign-in-options');
  const offered = options.status === 'ready' && options.value.oidc;
  const start = `/api/auth/oidc/start${isSafeReturnPath(returnPath) ? `?terug=${encodeURIComponent(returnPath)}` : ''}`;
  return (
    <>
      {refusal && (
        <div className="notice notice--error" role="alert">
          <p className="notice__text">{format(t.signIn.oidcErrors[refusal] ?? t.signIn.oidcErrors.OIDC_PROVIDER_ERROR, { value: `“${value}”` })}</p>
        </div>
      )}
      {offered && (
        <div className="sign-in__oidc">
          <p>
            <a className="button button--primary" href={start}>
              {t.signIn.oidc}
            </a>
          </p>
          <p>{t.signIn.oidcOr}</p>
        </div>
      )}
    </>
  );
}
