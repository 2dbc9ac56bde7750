import { api, ApiError } from '../api/client';

/** One finding of the service's checks, naming the element and the rule (src/models/lint). */
export interface Problem {
  category: 'error' | 'warn';
  elementId: string;
  message: string;
  rule: string;
}

export interface ValidationReport {
  errorCount: number;
  problems: Problem[];
  processName: string | null;
  readable: boolean;
  warningCount: number;
}

export type VersionOrigin = 'MODELER' | 'RESTORED' | 'SHIPPED';

export interface VersionSummary {
  authorName: string | null;
  bpmnProcessId: string;
  comment: string;
  createdAt: string;
  errorCount: number;
  id: string;
  name: string | null;
  number: number;
  origin: VersionOrigin;
  restoredFrom: number | null;
  warningCount: number;
}

export interface Version extends VersionSummary {
  xml: string;
}

export interface ModelSummary {
  deployed: { deployedAt: string; engineVersion: number; processDefinitionKey: string; source: string; versionNumber: number | null } | null;
  latest: VersionSummary;
  name: string | null;
  pendingProposal: { id: string; proposedAt: string; proposerName: string; versionNumber: number } | null;
  processId: string;
  versionCount: number;
}

export type ProposalStatus = 'DEPLOYED' | 'DEPLOYING' | 'FAILED' | 'PENDING' | 'REJECTED' | 'SUPERSEDED';

export interface Proposal {
  bpmnProcessId: string;
  comment: string;
  decidedAt: string | null;
  deciderId: string | null;
  deciderName: string | null;
  decisionNote: string | null;
  deploymentKey: string | null;
  engineVersion: number | null;
  id: string;
  processDefinitionKey: string | null;
  proposedAt: string;
  proposerId: string;
  proposerName: string;
  status: ProposalStatus;
  version: { authorId: string | null; authorName: string | null; comment: string; number: number };
}

export interface DeploymentRecord {
  deployedAt: string;
  deploymentKey: string;
  engineVersion: number;
  processDefinitionKey: string;
  source: 'modeler' | 'startup';
  versionNumber: number | null;
}

export interface ModelHistory {
  deployments: DeploymentRecord[];
  proposals: Proposal[];
}

export interface ModelDiff {
  added: string[];
  changed: string[];
  from: number;
  moved: string[];
  removed: string[];
  to: number;
}

/**
 * What a building block makes (src/models/catalog/building-blocks.ts). A service or user task carries
 * the attributes of the engine's dialect that the service chose for it (its task type, role, due date
 * and form, e.g. `{ 'camunda:topic': 'jbt.report.send', 'camunda:type': 'external' }`); the editor
 * sets them as they are and knows nothing of their meaning. The server may send more fields; the
 * editor reads only these.
 */
export type BuildingBlockElement =
  | { kind: 'end-event'; name: string }
  | { attributes: Record<string, string>; kind: 'service-task'; name: string }
  | { kind: 'timer'; name: string; timeDuration: string }
  | { attributes: Record<string, string>; kind: 'user-task'; name: string };

export interface BuildingBlock {
  description: string;
  element: BuildingBlockElement;
  group: 'flow' | 'people' | 'service';
  id: string;
  label: string;
}

export interface BuildingBlocks {
  blocks: BuildingBlock[];
  errors: string[];
  escalations: string[];
  messages: string[];
  roles: string[];
  taskTypes: string[];
}

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
  restore: (processId: string, number: number, comment: string) => api.post<{ problems: Problem[]; version: VersionSummary }>(`${path(processId)}/versions/${number}/restore`, { comment }),
  save: (processId: string, xml: string, comment: string) => api.post<{ problems: Problem[]; version: VersionSummary }>(`${path(processId)}/versions`, { comment, xml }),
  validate: (processId: string, xml: string, signal?: AbortSignal) => api.post<ValidationReport>('/models/validate', { processId, xml }, { signal }),
  version: (processId: string, number: number, signal?: AbortSignal) => api.get<Version>(`${path(processId)}/versions/${number}`, { signal }),
  versions: (processId: string, signal?: AbortSignal) => api.get<VersionSummary[]>(`${path(processId)}/versions`, { signal }),
};
