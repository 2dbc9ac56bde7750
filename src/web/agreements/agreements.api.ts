import { api } from '../api/client';

/** One agreement of a case as GET /api/cases/{id}/agreements gives it (src/agreements/agreement-view.ts). */
export interface Agreement {
  decidedAt: string;
  decisionId: string;
  description: string;
  dueOn: string | null;
  flaggedForEvaluationAt: string | null;
  id: string;
  ifNotKept: string | null;
  markDueAt: string | null;
  marks: { by: string; channel: 'CASE_VIEW' | 'TASK'; markedAt: string; newDueOn: string | null; note: string; state: MarkState }[];
  mayMark: boolean;
  norm: string;
  overdue: boolean;
  performerKind: 'CHILD' | 'PARENT' | 'PROFESSIONAL' | null;
  responsible: string;
  sequence: number;
  state: 'CHANGED' | 'KEPT' | 'NOT_KEPT' | 'OPEN';
  watcher: { id: string; name: string } | null;
}

export type MarkState = 'CHANGED' | 'KEPT' | 'NOT_KEPT';

export interface Mark {
  changedDescription?: string;
  newDueOn?: string;
  note: string;
  state: MarkState;
}

/** A family member's link as GET /api/cases/{id}/family-links gives it (never its secret). */
export interface FamilyLink {
  expiresAt: string | null;
  lastVisitedAt: string | null;
  name: string;
  participantId: string;
  role: 'CHILD' | 'PARENT';
  state: 'ACTIVE' | 'EXPIRED' | 'NONE' | 'REPLACED';
  visitCount: number;
}

export const agreementsApi = {
  list: (caseId: string, signal?: AbortSignal) => api.get<Agreement[]>(`/cases/${caseId}/agreements`, { signal }),
  mark: (agreementId: string, mark: Mark) => api.post<Agreement>(`/agreements/${agreementId}/marks`, mark),
};

export const familyLinksApi = {
  list: (caseId: string, signal?: AbortSignal) => api.get<FamilyLink[]>(`/cases/${caseId}/family-links`, { signal }),
  resend: (caseId: string, participantId: string) => api.post<{ expiresAt: string; mails: number }>(`/cases/${caseId}/family-links/${participantId}`),
};
