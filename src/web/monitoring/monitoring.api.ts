import { api, type Query } from '../api/client';
import type { CaseNorm } from '../tasks/tasks.api';

/** A count as the service sends it: the number, or "<5" when it is small (src/monitoring/small-numbers.ts). */
export type SafeCount = number | '<5';

export interface ShareFigure {
  part: SafeCount;
  share: number | null;
  whole: SafeCount;
}

export interface DayBin {
  cases: SafeCount;
  fromDays: number;
  toDays: number | null;
}

export interface NormMetCell extends ShareFigure {
  month: string | null;
  regionId: string | null;
  tableId: string | null;
}

/** Where one table's agreements stand (issue 13); tableId null: all tables. */
export interface AgreementStateCell {
  agreements: SafeCount;
  kept: ShareFigure;
  notKept: ShareFigure;
  open: ShareFigure;
  overdue: ShareFigure;
  tableId: string | null;
}

export interface DashboardFigures {
  agreementStates: AgreementStateCell[];
  childrenHeard: ShareFigure;
  evaluationsOnTime: ShareFigure;
  feedbackScores: { byRespondent: { average: number | null; respondent: string; responses: SafeCount }[]; marks: { mark: number; responses: SafeCount }[] };
  normMet: NormMetCell[];
  openEscalations: { bins: DayBin[]; medianAgeDays: number | null; total: SafeCount };
  outcomeMix: { decisions: SafeCount; outcomes: { decisions: SafeCount; outcome: string; share: number | null }[]; raadAvoided: ShareFigure };
  parentsPresent: ShareFigure;
  reactionsReceived: ShareFigure & { reactions: SafeCount };
  reportsOnTime: ShareFigure;
  waitingTimes: { bins: DayBin[]; cases: SafeCount; medianDays: number | null };
}

export type FigureId = keyof DashboardFigures;

export interface Dashboard {
  figures: DashboardFigures;
  generatedAt: string;
  period: { from: string; to: string };
  regions: { id: string; name: string }[];
  tables: { id: string; name: string; regionId: string }[];
}

export interface MonitoringOptions {
  outcomes: string[];
  regions: { id: string; municipalities: { id: string; name: string; tableId: string | null }[]; name: string; tables: { id: string; name: string }[] }[];
  steps: { elementId: string; elementName: string }[];
  tracks: string[];
}

export interface ActiveStep {
  elementId: string;
  elementName: string;
  elementType: string;
  since: string | null;
}

/** How the start of a case without a process stands: the service tries again until it runs. */
export interface ProcessStartState {
  attempts: number;
  lastAttemptAt: string | null;
  lastError: string | null;
  nextAttemptAt: string | null;
}

export interface InstanceListItem {
  caseId: string;
  caseNumber: string;
  closedAt: string | null;
  municipality: { id: string; name: string };
  outcome: string | null;
  overdueSince: string | null;
  /** The planning norm (src/deadlines/norm-status.ts); null without one. */
  norm: CaseNorm | null;
  process: { currentSteps: ActiveStep[]; endDate: string | null; incidents: number; key: string; startDate: string | null; state: string } | null;
  processStart: ProcessStartState | null;
  referredAt: string;
  region: { id: string; name: string };
  status: string;
  table: { id: string; name: string };
  track: string | null;
}

export interface InstanceList {
  items: InstanceListItem[];
  limit: number;
  offset: number;
  total: number;
}

export interface ElementStatistic {
  active: number;
  completed: number;
  elementId: string;
  /** The element's label, or a Dutch description of its kind: never its technical id. */
  elementName: string;
  incidents: number;
  terminated: number;
}

/** How often one sequence flow was taken; `name` is its label or "<from> → <to>". */
export interface FlowStatistic {
  flowId: string;
  name: string;
  taken: number;
}

export interface Incident {
  creationDate: string;
  elementId: string;
  elementName: string;
  errorMessage: string;
  errorType: string;
  jobRetries: number | null;
  key: string;
  processInstanceKey: string;
  state: 'ACTIVE' | 'RESOLVED';
}

export interface CaseProcessView {
  canOperate: boolean;
  case: {
    caseNumber: string;
    closedAt: string | null;
    id: string;
    municipality: { id: string; name: string };
    referredAt: string;
    region: { id: string; name: string };
    status: string;
    table: { id: string; name: string };
    track: string | null;
  };
  diagramXml: string | null;
  elements: ElementStatistic[];
  flows: FlowStatistic[];
  history: { completedBy: string | null; elementId: string; elementName: string; elementType: string; endDate: string | null; key: string; startDate: string; state: string }[];
  incidents: Incident[];
  openTasks: { assignee: string | null; dueAt: string | null; elementId: string; id: string; name: string }[];
  process: { bpmnProcessId: string; endDate: string | null; key: string; name: string; startDate: string; state: string; version: number } | null;
  processStart: ProcessStartState | null;
  subProcesses: { bpmnProcessId: string; endDate: string | null; key: string; name: string; startDate: string; state: string }[];
  variables: { name: string; value: string }[];
}

export interface ModelVersion {
  deployedAt: string;
  key: string;
  name: string;
  resourceName: string;
  runningInstances: number;
  version: number;
}

export interface MonitoredModel {
  bpmnProcessId: string;
  name: string;
  versions: ModelVersion[];
}

export interface ModelView {
  definition: ModelVersion & { bpmnProcessId: string };
  diagramXml: string;
  elements: ElementStatistic[];
  /** The heat view: how often each sequence flow of this version was taken. */
  flows: FlowStatistic[];
}

/** The URL of a figure's CSV, with the dashboard's filters: a plain link, so the browser downloads it. */
export function figureCsvUrl(figure: FigureId, query: Query): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  const search = params.toString();
  return `/api/monitoring/dashboard/csv/${figure}${search ? `?${search}` : ''}`;
}

/** The outlook (src/monitoring/outlook): per table, cases whose norm date falls this week or next without a meeting within it. */
export interface OutlookWeek {
  /** Only for roles that see the monitoring case list. */
  caseNumbers?: string[];
  cases: SafeCount;
}

export interface Outlook {
  generatedAt: string;
  nextWeek: { from: string; to: string };
  tables: { nextWeek: OutlookWeek; regionId: string; regionName: string; tableId: string; tableName: string; thisWeek: OutlookWeek }[];
  thisWeek: { from: string; to: string };
}

/** The municipal contact's own page: per linked municipality, waiting cases (no family data), tasks and figures. */
export interface MunicipalOverview {
  generatedAt: string;
  municipalities: {
    cases: { caseNumber: string; daysLeft: number; daysUnit: 'CALENDAR' | 'WORKING'; meetingPlanned: boolean; normDueAt: string; status: string; table: { id: string; name: string } }[];
    figures: { atRisk: SafeCount; escalationsOpen: SafeCount; exceeded: SafeCount; meetingsWithinNorm: ShareFigure; running: SafeCount };
    id: string;
    name: string;
    tasks: { caseNumber: string | null; dueAt: string | null; id: string; name: string }[];
  }[];
  nearNormWorkingDays: number;
}

/** The calls of the monitoring module (src/monitoring). */
export const monitoringApi = {
  cancelProcess: (caseId: string, reason: string) => api.post<{ processInstanceKey: string }>(`/monitoring/cases/${encodeURIComponent(caseId)}/cancel`, { reason }),
  caseProcess: (caseId: string, signal?: AbortSignal) => api.get<CaseProcessView>(`/monitoring/cases/${encodeURIComponent(caseId)}`, { signal }),
  cases: (query: Query, signal?: AbortSignal) => api.get<InstanceList>('/monitoring/cases', { query, signal }),
  dashboard: (query: Query, signal?: AbortSignal) => api.get<Dashboard>('/monitoring/dashboard', { query, signal }),
  model: (key: string, signal?: AbortSignal) => api.get<ModelView>(`/monitoring/models/${encodeURIComponent(key)}`, { signal }),
  models: (signal?: AbortSignal) => api.get<MonitoredModel[]>('/monitoring/models', { signal }),
  municipalOverview: (signal?: AbortSignal) => api.get<MunicipalOverview>('/municipal-contact/overview', { signal }),
  options: (signal?: AbortSignal) => api.get<MonitoringOptions>('/monitoring/options', { signal }),
  outlook: (signal?: AbortSignal) => api.get<Outlook>('/monitoring/outlook', { signal }),
  retryIncident: (incidentKey: string, reason: string) => api.post<{ incidentKey: string }>(`/monitoring/incidents/${encodeURIComponent(incidentKey)}/retry`, { reason }),
};
