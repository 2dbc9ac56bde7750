import { api } from '../api/client';

/** One open session of the signed-in user (src/auth/sessions/dto/session-list.response.ts). */
export interface OpenSession {
  clientIp: string | null;
  createdAt: string;
  current: boolean;
  expiresAt: string;
  id: string;
  method: 'OIDC' | 'PASSWORD';
  userAgent: string | null;
}

export const accountApi = {
  endSession: (id: string) => api.delete(`/auth/sessions/${encodeURIComponent(id)}`),
  sessions: (signal?: AbortSignal) => api.get<OpenSession[]>('/auth/sessions', { signal }),
};
