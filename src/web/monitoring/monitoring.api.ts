import { api, type Query } from '../api/client';
import type { Answer, Schema } from '../api/schema-types';

/** The service's answers, generated from its OpenAPI document (../api/schema.d.ts). */
export type ActiveStep = Schema<'ActiveStep'>;
export type AgreementStateCell = Schema<'AgreementStateCell'>;
export type CaseProcessView = Schema<'CaseProcessView'>;
export type Dashboard = Schema<'Dashboard'>;
export type DashboardFigures = Schema<'DashboardFigures'>;
export type DayBin = Schema<'DayBin'>;
export type ElementStatistic = Schema<'ElementStatistic'>;
export type FigureId = keyof DashboardFigures;
export type FlowStatistic = Schema<'FlowStatistic'>;
export type Incident = Schema<'IncidentDetail'>;
export type InstanceList = Schema<'InstanceList'>;
export type InstanceListItem = Schema<'InstanceListItem'>;
export type ModelVersion = MonitoredModel['versions'][number];
export type ModelView = Schema<'ModelView'>;
export type MonitoredModel = Schema<'MonitoredModel'>;
export type MonitoringOptions = Answer<'/monitoring/options', 'get'>;
export type MunicipalOverview = Schema<'MunicipalOverview'>;
export type NormMetCell = Schema<'NormMetCell'>;
export type Outlook = Schema<'Outlook'>;
export type OutlookWeek = Schema<'OutlookWeek'>;
export type ProcessStartState = Schema<'ProcessStartState'>;
/** A count as the service sends it: the number, or "<5" when it is small (src/monitoring/small-numbers.ts). */
export type SafeCount = ShareFigure['part'];
export type ShareFigure = Schema<'ShareFigure'>;

/** The URL of a figure's CSV, with the dashboard's filters: a plain link, so the browser downloads it. */
export function figureCsvUrl(figure: FigureId, query: Query): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  const search = params.toString();
  return `/api/monitoring/dashboard/csv/${figure}${search ? `?${search}` : ''}`;
}

/** The calls of the monitoring module (src/monitoring). */
export const monitoringApi = {
  cancelProcess: (caseId: string, reason: string) => api.post<Answer<'/monitoring/cases/{caseId}/cancel', 'post'>>(`/monitoring/cases/${encodeURIComponent(caseId)}/cancel`, { reason }),
  caseProcess: (caseId: string, signal?: AbortSignal) => api.get<CaseProcessView>(`/monitoring/cases/${encodeURIComponent(caseId)}`, { signal }),
  cases: (query: Query, signal?: AbortSignal) => api.get<InstanceList>('/monitoring/cases', { query, signal }),
  dashboard: (query: Query, signal?: AbortSignal) => api.get<Dashboard>('/monitoring/dashboard', { query, signal }),
  model: (key: string, signal?: AbortSignal) => api.get<ModelView>(`/monitoring/models/${encodeURIComponent(key)}`, { signal }),
  models: (signal?: AbortSignal) => api.get<MonitoredModel[]>('/monitoring/models', { signal }),
  municipalOverview: (signal?: AbortSignal) => api.get<MunicipalOverview>('/municipal-contact/overview', { signal }),
  options: (signal?: AbortSignal) => api.get<MonitoringOptions>('/monitoring/options', { signal }),
  outlook: (signal?: AbortSignal) => api.get<Outlook>('/monitoring/outlook', { signal }),
  retryIncident: (incidentKey: string, reason: string) => api.post<Answer<'/monitoring/incidents/{incidentKey}/retry', 'post'>>(`/monitoring/incidents/${encodeURIComponent(incidentKey)}/retry`, { reason }),
};
