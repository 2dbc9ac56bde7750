import { api } from '../api/client';
import type { Answer, Schema } from '../api/schema-types';

/** The referral form's calls (src/referrals on the server). */

/** The service's answers, generated from its OpenAPI document (../api/schema.d.ts). */
export type FiledReferral = Schema<'FiledReferral'>;
export type ReferralDraft = Schema<'ReferralDraftView'>;
export type ReferralDraftSummary = Schema<'ReferralDraftSummary'>;
export type ReferralOptions = Answer<'/referrals/options', 'get'>;

export const referralsApi = {
  createDraft: (content: Record<string, unknown>) => api.post<ReferralDraft>('/referral-drafts', { content }),
  deleteDraft: (draftId: string) => api.delete(`/referral-drafts/${draftId}`),
  draft: (draftId: string, signal?: AbortSignal) => api.get<ReferralDraft>(`/referral-drafts/${draftId}`, { signal }),
  drafts: (signal?: AbortSignal) => api.get<Answer<'/referral-drafts', 'get'>>('/referral-drafts', { signal }),
  options: (signal?: AbortSignal) => api.get<ReferralOptions>('/referrals/options', { signal }),
  saveDraft: (draftId: string, content: Record<string, unknown>) => api.put<ReferralDraft>(`/referral-drafts/${draftId}`, { content }),
  sendDraft: (draftId: string) => api.post<FiledReferral>(`/referral-drafts/${draftId}/filing`),
};
