import { api, type Query } from '../api/client';

/** One row of the audit log as the service sends it (src/audit/log/audit-log.response.ts). */
export interface AuditEntry {
  action: string;
  actor: { kind: 'anonymous' | 'link' | 'system' | 'user'; label: string; userId: string | null; username: string | null };
  allowed: boolean;
  case: { caseNumber: string | null; id: string } | null;
  clientIp: string | null;
  details: unknown;
  id: string;
  occurredAt: string;
  onBehalfOf: { organisationId: string; organisationName: string | null; role: string } | null;
  outcome: string;
  resource: string;
  seq: string | null;
}

export interface AuditPage {
  items: AuditEntry[];
  limit: number;
  offset: number;
  total: number;
}

export interface AuditChainStatus {
  checkedAt: string;
  firstSeq: string;
  headSeq: string;
  intact: boolean;
  problems: { kind: string; message: string; seq: string | null }[];
  rowsChecked: number;
}

/** The filters of the log page, as the URL and the API name them. */
export type AuditFilters = Partial<Record<'caseNumber' | 'from' | 'outcome' | 'to' | 'username', string>>;

/** The URL of the log as CSV, with the page's filters: a plain link, so the browser downloads it. */
export function auditCsvUrl(filters: AuditFilters): string {
  const query = new URLSearchParams(Object.entries(filters).filter((entry): entry is [string, string] => Boolean(entry[1])));
  const search = query.toString();
  return `/api/audit/events/csv${search ? `?${search}` : ''}`;
}

export const auditApi = {
  chain: () => api.get<AuditChainStatus>('/audit/chain'),
  events: (query: Query, signal?: AbortSignal) => api.get<AuditPage>('/audit/events', { query, signal }),
};
