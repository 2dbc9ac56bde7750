import { useEffect, useRef, useState, type FormEvent } from 'react';
import { ApiError, NetworkError, UnauthorizedError, ValidationFailedError } from '../api/client';
import { useSession } from '../auth/session';
import { ErrorSummary, type SummaryItem } from '../components/error-summary';
import { PageHeading } from '../components/page-heading';
import { TextField } from '../components/text-field';
import { OidcSignIn } from '../auth/oidc-sign-in';
import { format, useI18n } from '../i18n/i18n';
import type { Messages } from '../i18n/messages';

type SignInText = keyof Messages['signIn'];
type FieldName = 'password' | 'username';

const FIELD_IDS: Record<FieldName, string> = { password: 'aanmelden-wachtwoord', username: 'aanmelden-gebruikersnaam' };

/**
 * `/aanmelden`. Checks for empty fields itself, then asks `POST /api/auth/login`. Errors are kept as
 * text keys, so that switching the language also translates a message already on screen. On success
 * the session knows the user and the router sends them on (to /taken for a professional).
 */
export function SignInPage() {
  const { t } = useI18n();
  const { signIn } = useSession();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<FieldName, SignInText>>>({});
  const [formError, setFormError] = useState<SignInText | null>(null);
  const [busy, setBusy] = useState(false);
  const [lockedMinutes, setLockedMinutes] = useState(0);
  const [failures, setFailures] = useState(0);
  const summary = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (failures > 0) summary.current?.focus();
  }, [failures]);

  const fail = (errors: Partial<Record<FieldName, SignInText>>, error: SignInText | null) => {
    setFieldErrors(errors);
    setFormError(error);
    setFailures((count) => count + 1);
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    const missing: Partial<Record<FieldName, SignInText>> = {};
    if (!username.trim()) missing.username = 'usernameMissing';
    if (!password) missing.password = 'passwordMissing';
    if (Object.keys(missing).length > 0) return fail(missing, null);
    setBusy(true);
    try {
      await signIn(username.trim(), password);
    } catch (error) {
      setPassword('');
      if (error instanceof UnauthorizedError) fail({}, 'wrongCredentials');
      else if (error instanceof ValidationFailedError) {
        // The service only refuses an empty or malformed field here; its reasons are in English.
        fail(
          {
            ...(error.fieldErrors.username ? { username: 'usernameMissing' as const } : {}),
            ...(error.fieldErrors.password ? { password: 'passwordMissing' as const } : {}),
          },
          null,
        );
      } else if (error instanceof ApiError && error.status === 429) {
        // A locked account says for how long; a throttled attempt asks to wait a moment.
        const body = error.body as { code?: string; details?: { retryAfterSeconds?: number } } | undefined;
        setLockedMinutes(Math.max(1, Math.ceil((body?.details?.retryAfterSeconds ?? 60) / 60)));
        fail({}, body?.code === 'ACCOUNT_LOCKED' ? 'accountLocked' : 'tooManyAttempts');
      } else if (error instanceof ApiError || error instanceof NetworkError) fail({}, 'failed');
      else throw error;
    } finally {
      setBusy(false);
    }
  };

  const items: SummaryItem[] = [
    ...(formError ? [{ fieldId: formError === 'wrongCredentials' ? FIELD_IDS.username : undefined, message: format(t.signIn[formError] as string, { minutes: lockedMinutes }) }] : []),
    ...(Object.entries(fieldErrors) as [FieldName, SignInText][]).map(([field, key]) => ({ fieldId: FIELD_IDS[field], message: t.signIn[key] as string })),
  ];

  return (
    <div className="sign-in">
      <PageHeading title={t.signIn.title} />
      <p className="lead">{t.signIn.intro}</p>
      <ErrorSummary ref={summary} items={items} />
      <OidcSignIn />
      <form className="form" noValidate onSubmit={(event) => void submit(event)} aria-busy={busy}>
        <TextField
          id={FIELD_IDS.username}
          name="username"
          label={t.signIn.username}
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          required
          value={username}
          onChange={(event) => setUsername(event.target.value)}
          error={fieldErrors.username && (t.signIn[fieldErrors.username] as string)}
        />
        <TextField
          id={FIELD_IDS.password}
          name="password"
          type="password"
          label={t.signIn.password}
          autoComplete="current-password"
          required
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          error={fieldErrors.password && (t.signIn[fieldErrors.password] as string)}
        />
        <div className="form__actions">
          <button type="submit" className="button button--primary" aria-disabled={busy || undefined}>
            {busy ? t.signIn.submitting : t.signIn.submit}
          </button>
        </div>
      </form>
      <p className="sign-in__privacy">{t.signIn.privacy}</p>
    </div>
  );
}
