import { api } from '../api/client';

/** The calls of "Casussen" (src/cases and src/referrals on the server). */

export interface PersonRef {
  displayName: string;
  id: string;
}

export type CaseStatus = 'AWAITING_INFORMATION' | 'CLOSED' | 'DISCUSSED' | 'FILED' | 'IN_FOLLOW_UP' | 'PLANNED' | 'WITHDRAWN';

/** What happens next in a case (src/cases/next-step/next-step.ts). */
export type NextStep =
  | { assignee: PersonRef | null; dueAt: string | null; elementId: string; kind: 'TASK'; name: string; role: string | null; taskId: string }
  | { dueAt: string | null; kind: 'INFORMATION'; requestIds: string[] }
  | { at: string; kind: 'MEETING'; meetingId: string }
  | { elementId: string; kind: 'WAITING'; name: string; until: string }
  | { kind: 'DONE'; status: CaseStatus };

export interface NextSteps {
  settled: boolean;
  steps: NextStep[];
}

export interface CaseSummary {
  caseNumber: string;
  childrenCount: number;
  entryType: string;
  id: string;
  meetingAt: string | null;
  municipality: { id: string; name: string };
  nextStep: NextStep | null;
  norm: { dueAt: string; metAt: string | null } | null;
  referredAt: string;
  region: { id: string; name: string };
  status: CaseStatus;
  table: { id: string; name: string };
  track: string | null;
}

export interface CasePage {
  items: CaseSummary[];
  limit: number;
  offset: number;
  total: number;
}

export interface ChronologyEntry {
  actor: { displayName: string } | null;
  at: string;
  detail?: Record<string, string | number | boolean | null>;
  kind: string;
}

export interface CaseDocument {
  at: string;
  detail: Record<string, string | number | boolean | null>;
  downloadable: boolean;
  id: string;
  kind: 'invitation' | 'report' | 'vto';
}

export interface InformationRequest {
  answer: string | null;
  answeredAt: string | null;
  answeredBy: PersonRef | null;
  dueAt: string | null;
  id: string;
  question: string;
  requestedAt: string;
  requestedBy: PersonRef | null;
  topics: string[];
}

export interface CaseParticipant {
  id: string;
  name: string | null;
  organisation: { id: string; kind: string; name: string } | null;
  removedAt: string | null;
  role: string;
  user: PersonRef | null;
}

export interface CaseMeeting {
  cancelledAt: string | null;
  heldAt: string | null;
  id: string;
  invitations: { id: string; participantId: string; response: string; sent: boolean; sentAt: string | null }[];
  kind: 'EVALUATION' | 'TABLE';
  startsAt: string;
  status: 'CANCELLED' | 'HELD' | 'PLANNED';
  table: { id: string; name: string };
}

export interface CaseView {
  caseNumber: string;
  children: { age: number; familyName: string; givenName: string; id: string; oldEnoughToBeHeard: boolean }[];
  chronology: ChronologyEntry[];
  documents: CaseDocument[];
  entryType: string;
  id: string;
  informationRequests: InformationRequest[];
  meetings: CaseMeeting[];
  municipality: { id: string; name: string };
  norm: { dueAt: string; metAt: string | null; rule: string } | null;
  parents: { familyName: string; givenName: string; id: string; relation: string }[];
  participants: CaseParticipant[];
  referral: {
    childVoice: string;
    familySituation: string;
    filedAt: string;
    helpSoFar: string;
    parentsView: string;
    referrer: PersonRef | null;
    referrerOrganisation: { name: string } | null;
    safetyPlan: { agreements: string | null; noAgreementsReason: string | null; stepsIfNotKept: string };
    worries: string;
  } | null;
  region: { id: string; name: string };
  status: CaseStatus;
  table: { id: string; name: string };
  track: string | null;
}

export const casesApi = {
  documentHref: (caseId: string, document: CaseDocument) => `/api/cases/${caseId}/documents/${document.kind}/${document.id}`,
  get: (caseId: string, signal?: AbortSignal) => api.get<CaseView>(`/cases/${caseId}`, { signal }),
  list: (query: { limit?: number; offset?: number; status?: string }, signal?: AbortSignal) => api.get<CasePage>('/cases', { query, signal }),
  nextStep: (caseId: string, signal?: AbortSignal) => api.get<NextSteps>(`/cases/${caseId}/next-step`, { signal }),
  supplyInformation: (caseId: string, requestId: string, answer: string) => api.post<InformationRequest>(`/cases/${caseId}/information-requests/${requestId}/reply`, { answer }),
};
