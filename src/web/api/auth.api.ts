import { api } from './client';

/** One role a user holds in one organisation and region (later: claims of an OpenID Connect token). */
export interface Membership {
  organisationId: string;
  /** Display names, when the service sends them; the ids are shown otherwise. */
  organisationName?: string;
  /** null: the role is not bound to one region (an administrator, for instance). */
  regionId: string | null;
  regionName?: string;
  /** The service's spelling (CHAIR, LOCAL_TEAM, ...); see auth/roles.ts. */
  role: string;
}

export interface SessionUser {
  displayName: string;
  id: string;
  memberships: Membership[];
  username: string;
}

export interface LoginResponse {
  /** A bearer token for scripts; the browser ignores it and relies on the HttpOnly cookie. */
  token: string;
  user: SessionUser;
}

/** How one may sign in besides username and password (GET /api/auth/sign-in-options). */
export interface SignInOptions {
  oidc: boolean;
}

/** The calls of the auth module (src/auth): sign in, who am I, sign out here or everywhere. */
export const authApi = {
  login: (username: string, password: string) => api.post<LoginResponse>('/auth/login', { password, username }, { ownUnauthorized: true }),
  logout: () => api.post<void>('/auth/logout', undefined, { ownUnauthorized: true }),
  logoutEverywhere: () => api.post<{ sessionsEnded: number }>('/auth/logout-everywhere', undefined, { ownUnauthorized: true }),
  me: (signal?: AbortSignal) => api.get<SessionUser>('/auth/me', { ownUnauthorized: true, signal }),
  signInOptions: (signal?: AbortSignal) => api.get<SignInOptions>('/auth/sign-in-options', { signal }),
};
