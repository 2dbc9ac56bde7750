import { api } from './client';
import type { Answer } from './schema-types';

/** The service's answers, generated from its OpenAPI document (schema.d.ts). */
export type LoginResponse = Answer<'/auth/login', 'post'>;
/** Who is signed in: a bearer token in LoginResponse is for scripts; the browser relies on the HttpOnly cookie. */
export type SessionUser = Answer<'/auth/me', 'get'>;
/** One role a user holds in one organisation and region (regionId null: the national role). */
export type Membership = SessionUser['memberships'][number];
/** How one may sign in besides username and password. */
export type SignInOptions = Answer<'/auth/sign-in-options', 'get'>;

/** The calls of the auth module (src/auth): sign in, who am I, sign out here or everywhere. */
export const authApi = {
  login: (username: string, password: string) => api.post<LoginResponse>('/auth/login', { password, username }, { ownUnauthorized: true }),
  logout: () => api.post<void>('/auth/logout', undefined, { ownUnauthorized: true }),
  logoutEverywhere: () => api.post<Answer<'/auth/logout-everywhere', 'post'>>('/auth/logout-everywhere', undefined, { ownUnauthorized: true }),
  me: (signal?: AbortSignal) => api.get<SessionUser>('/auth/me', { ownUnauthorized: true, signal }),
  signInOptions: (signal?: AbortSignal) => api.get<SignInOptions>('/auth/sign-in-options', { signal }),
};
