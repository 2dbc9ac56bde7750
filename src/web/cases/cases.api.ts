import { api } from '../api/client';
import type { Answer, Schema } from '../api/schema-types';

/** The calls of "Casussen" (src/cases and src/referrals on the server). */

/** The service's answers, generated from its OpenAPI document (../api/schema.d.ts). */
export type CaseDocument = Schema<'CaseDocument'>;
export type CaseMeeting = CaseView['meetings'][number];
export type CasePage = Answer<'/cases', 'get'>;
export type CaseParticipant = CaseView['participants'][number];
export type CaseStatus = CaseSummary['status'];
export type CaseSummary = CasePage['items'][number];
export type CaseView = Answer<'/cases/{caseId}', 'get'>;
export type ChronologyEntry = Schema<'ChronologyEntry'>;
export type InformationRequest = CaseView['informationRequests'][number];
/** What happens next in a case (src/cases/next-step/next-step.ts). */
export type NextStep = NextSteps['steps'][number];
export type NextSteps = Schema<'NextSteps'>;
export type PersonRef = NonNullable<InformationRequest['answeredBy']>;

export const casesApi = {
  documentHref: (caseId: string, document: CaseDocument) => `/api/cases/${caseId}/documents/${document.kind}/${document.id}`,
  get: (caseId: string, signal?: AbortSignal) => api.get<CaseView>(`/cases/${caseId}`, { signal }),
  list: (query: { limit?: number; offset?: number; status?: string }, signal?: AbortSignal) => api.get<CasePage>('/cases', { query, signal }),
  nextStep: (caseId: string, signal?: AbortSignal) => api.get<NextSteps>(`/cases/${caseId}/next-step`, { signal }),
  supplyInformation: (caseId: string, requestId: string, answer: string) => api.post<Schema<'InformationRequestView'>>(`/cases/${caseId}/information-requests/${requestId}/reply`, { answer }),
};
