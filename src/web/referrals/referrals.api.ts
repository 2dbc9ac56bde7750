import { api } from '../api/client';

/** The referral form's calls (src/referrals on the server). */

export interface ReferralOptions {
  coReferrers: { id: string; kind: string; name: string; regionId: string }[];
  organisations: { id: string; kind: string; name: string }[];
  regions: {
    entryTypes: string[];
    id: string;
    municipalities: { id: string; name: string; tableId: string | null }[];
    name: string;
    tables: { id: string; name: string }[];
  }[];
}

export interface ReferralDraft {
  content: Record<string, unknown>;
  createdAt: string;
  id: string;
  updatedAt: string;
}

export interface ReferralDraftSummary {
  childrenNames: string[];
  createdAt: string;
  entryType: string | null;
  id: string;
  updatedAt: string;
}

export interface FiledReferral {
  caseId: string;
  caseNumber: string;
  status: string;
}

export const referralsApi = {
  createDraft: (content: Record<string, unknown>) => api.post<ReferralDraft>('/referral-drafts', { content }),
  deleteDraft: (draftId: string) => api.delete(`/referral-drafts/${draftId}`),
  draft: (draftId: string, signal?: AbortSignal) => api.get<ReferralDraft>(`/referral-drafts/${draftId}`, { signal }),
  drafts: (signal?: AbortSignal) => api.get<{ items: ReferralDraftSummary[] }>('/referral-drafts', { signal }),
  options: (signal?: AbortSignal) => api.get<ReferralOptions>('/referrals/options', { signal }),
  saveDraft: (draftId: string, content: Record<string, unknown>) => api.put<ReferralDraft>(`/referral-drafts/${draftId}`, { content }),
  sendDraft: (draftId: string) => api.post<FiledReferral>(`/referral-drafts/${draftId}/filing`),
};
