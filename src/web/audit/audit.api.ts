import { api, type Query } from '../api/client';
import type { Schema } from '../api/schema-types';

/** The service's answers, generated from its OpenAPI document (../api/schema.d.ts). */
export type AuditChainStatus = Schema<'AuditChainStatusResponse'>;
export type AuditEntry = Schema<'AuditLogEntryResponse'>;
export type AuditPage = Schema<'AuditLogPageResponse'>;

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
