import { api } from '../api/client';
import type { Answer, Schema } from '../api/schema-types';

/** The service's answers and the mark's body, generated from its OpenAPI document (../api/schema.d.ts). */
export type Agreement = Schema<'AgreementView'>;
export type FamilyLink = Schema<'FamilyLinkSummary'>;
export type Mark = Schema<'MarkAgreementDto'>;
export type MarkState = Mark['state'];

export const agreementsApi = {
  list: (caseId: string, signal?: AbortSignal) => api.get<Agreement[]>(`/cases/${caseId}/agreements`, { signal }),
  mark: (agreementId: string, mark: Mark) => api.post<Agreement>(`/agreements/${agreementId}/marks`, mark),
};

export const familyLinksApi = {
  list: (caseId: string, signal?: AbortSignal) => api.get<FamilyLink[]>(`/cases/${caseId}/family-links`, { signal }),
  resend: (caseId: string, participantId: string) => api.post<Answer<'/cases/{caseId}/family-links/{participantId}', 'post'>>(`/cases/${caseId}/family-links/${participantId}`),
};
