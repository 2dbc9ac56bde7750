import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { authApi, type SessionUser } from '../api/auth.api';
import { ApiError, setUnauthorizedHandler, UnauthorizedError } from '../api/client';
import { useNotices } from '../components/notices';
import { useI18n } from '../i18n/i18n';
import { getLocation, navigate } from '../router/history';

export type SessionState = { status: 'checking' } | { status: 'signedIn'; user: SessionUser } | { status: 'signedOut' };

interface Session {
  state: SessionState;
  user: SessionUser | null;
  /** Signs in; the service sets the HttpOnly session cookie, the app keeps only the user it returns. */
  signIn(username: string, password: string): Promise<SessionUser>;
  signOut(): Promise<void>;
  /** Ends every session of the user, on every device and in scripts. */
  signOutEverywhere(): Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

export const SIGN_IN_PATH = '/aanmelden';

/** The sign-in page with the way back to where the user was. */
export function signInPathFor(pathname: string, search = ''): string {
  if (pathname === SIGN_IN_PATH || pathname === '/') return SIGN_IN_PATH;
  return `${SIGN_IN_PATH}?terug=${encodeURIComponent(pathname + search)}`;
}

/** Who is signed in: asked of `GET /api/auth/me` on load, so a reload keeps the session (the cookie). */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'checking' });
  const { notify } = useNotices();
  const { t } = useI18n();
  const texts = useRef(t);
  texts.current = t;
  const stateRef = useRef(state);
  stateRef.current = state;

  useEffect(() => {
    const controller = new AbortController();
    authApi
      .me(controller.signal)
      .then((user) => setState({ status: 'signedIn', user }))
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        setState({ status: 'signedOut' });
        // 401 (or a 4xx while the endpoint is missing) simply means: not signed in.
        const expected = error instanceof UnauthorizedError || (error instanceof ApiError && error.status < 500);
        if (!expected) notify('error', texts.current.notices.serviceUnavailable);
      });
    return () => controller.abort();
  }, [notify]);

  useEffect(() => {
    setUnauthorizedHandler(() => {
      if (stateRef.current.status !== 'signedIn') return;
      setState({ status: 'signedOut' });
      notify('info', texts.current.notices.sessionExpired);
      const { pathname, search } = getLocation();
      navigate(signInPathFor(pathname, search), { replace: true });
    });
    return () => setUnauthorizedHandler(() => undefined);
  }, [notify]);

  const signIn = useCallback(async (username: string, password: string) => {
    const { user } = await authApi.login(username, password);
    setState({ status: 'signedIn', user });
    return user;
  }, []);

  const signOut = useCallback(async () => {
    try {
      await authApi.logout();
    } catch {
      // The cookie may already be gone or the service be away; the app forgets the user either way.
    }
    setState({ status: 'signedOut' });
    notify('success', texts.current.notices.signedOut);
    navigate(SIGN_IN_PATH);
  }, [notify]);

  const signOutEverywhere = useCallback(async () => {
    try {
      await authApi.logoutEverywhere();
    } catch {
      // As with signing out here: the app forgets the user either way.
    }
    setState({ status: 'signedOut' });
    notify('success', texts.current.notices.signedOutEverywhere);
    navigate(SIGN_IN_PATH);
  }, [notify]);

  const value = useMemo<Session>(
    () => ({ signIn, signOut, signOutEverywhere, state, user: state.status === 'signedIn' ? state.user : null }),
    [signIn, signOut, signOutEverywhere, state],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession() outside <SessionProvider>');
  return value;
}
