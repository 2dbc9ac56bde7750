import { api, ApiError } from '../api/client';
import type { Answer } from '../api/schema-types';

/** The service's answers, generated from its OpenAPI document (../api/schema.d.ts). */
export type ValidationReport = Answer<'/models/validate', 'post'>;
/** One finding of the service's checks, naming the element and the rule (src/models/lint). */
export type Problem = ValidationReport['problems'][number];
export type VersionSummary = Answer<'/models/{processId}/versions', 'get'>[number];
export type VersionOrigin = VersionSummary['origin'];
export type Version = Answer<'/models/{processId}/versions/{number}', 'get'>;
export type ModelSummary = Answer<'/models', 'get'>[number];
export type Proposal = Answer<'/models/proposals', 'get'>[number];
export type ProposalStatus = Proposal['status'];
export type ModelHistory = Answer<'/models/{processId}/history', 'get'>;
export type DeploymentRecord = ModelHistory['deployments'][number];
export type ModelDiff = Answer<'/models/{processId}/diff', 'get'>;
type SavedVersion = Answer<'/models/{processId}/versions', 'post'>;

/**
 * What a building block makes (src/models/catalog/building-blocks.ts). A service or user task carries
 * the attributes of the engine's dialect that the service chose for it (its task type, role, due date
 * and form, e.g. `{ 'camunda:topic': 'jbt.report.send', 'camunda:type': 'external' }`); the editor
 * sets them as they are and knows nothing of their meaning.
 */
export type BuildingBlocks = Answer<'/models/building-blocks', 'get'>;
export type BuildingBlock = BuildingBlocks['blocks'][number];
export type BuildingBlockElement = BuildingBlock['element'];

/** The problems of a refused model (400 MODEL_INVALID, 413 MODEL_TOO_LARGE), if the error is one. */
export function problemsOfError(error: unknown): Problem[] | null {
  if (!(error instanceof ApiError) || !error.body || typeof error.body !== 'object') return null;
  const problems = (error.body as { problems?: unknown }).problems;
  return Array.isArray(problems) && problems.every((problem) => problem && typeof problem.rule === 'string' && typeof problem.elementId === 'string') ? (problems as Problem[]) : null;
}

/** The stable code of a refused request (FOUR_EYES_REQUIRED, MODEL_UNCHANGED, ...). */
export function codeOfError(error: unknown): string | null {
  if (!(error instanceof ApiError) || !error.body || typeof error.body !== 'object') return null;
  const code = (error.body as { code?: unknown }).code;
  return typeof code === 'string' ? code : null;
}

const path = (processId: string) => `/models/${encodeURIComponent(processId)}`;

/** The calls of the models API (src/models/models.controller.ts). */
export const modelsApi = {
  approve: (proposalId: string, comment: string) => api.post<Proposal>(`/models/proposals/${proposalId}/approval`, { comment }),
  buildingBlocks: (signal?: AbortSignal) => api.get<BuildingBlocks>('/models/building-blocks', { signal }),
  diff: (processId: string, from: number, to: number, signal?: AbortSignal) => api.get<ModelDiff>(`${path(processId)}/diff`, { query: { from, to }, signal }),
  history: (processId: string, signal?: AbortSignal) => api.get<ModelHistory>(`${path(processId)}/history`, { signal }),
  list: (signal?: AbortSignal) => api.get<ModelSummary[]>('/models', { signal }),
  pending: (signal?: AbortSignal) => api.get<Proposal[]>('/models/proposals', { signal }),
  propose: (processId: string, number: number, comment: string) => api.post<Proposal>(`${path(processId)}/versions/${number}/proposals`, { comment }),
  reject: (proposalId: string, reason: string) => api.post<Proposal>(`/models/proposals/${proposalId}/rejection`, { reason }),
  restore: (processId: string, number: number, comment: string) => api.post<SavedVersion>(`${path(processId)}/versions/${number}/restore`, { comment }),
  save: (processId: string, xml: string, comment: string) => api.post<SavedVersion>(`${path(processId)}/versions`, { comment, xml }),
  validate: (processId: string, xml: string, signal?: AbortSignal) => api.post<ValidationReport>('/models/validate', { processId, xml }, { signal }),
  version: (processId: string, number: number, signal?: AbortSignal) => api.get<Version>(`${path(processId)}/versions/${number}`, { signal }),
  versions: (processId: string, signal?: AbortSignal) => api.get<VersionSummary[]>(`${path(processId)}/versions`, { signal }),
};
