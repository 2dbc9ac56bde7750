import { api } from '../api/client';
import type { Schema } from '../api/schema-types';

/** One open session of the signed-in user, generated from the OpenAPI document (../api/schema.d.ts). */
export type OpenSession = Schema<'SessionSummaryResponse'>;

export const accountApi = {
  endSession: (id: string) => api.delete(`/auth/sessions/${encodeURIComponent(id)}`),
  sessions: (signal?: AbortSignal) => api.get<OpenSession[]>('/auth/sessions', { signal }),
};
