import { api } from '../../api/client';

export type ChairModel = 'INDEPENDENT' | 'ROTATING_RAAD_MUNICIPALITY';

export interface ScheduleEntry {
  durationMinutes: number;
  startTime: string;
  validFrom?: string | null;
  validUntil?: string | null;
  weekday: number;
}

export interface MunicipalContact {
  email: string;
  id?: string;
  name: string;
  phone: string | null;
}

/** A region's settings as the service holds them (src/regions/region-settings.document.ts). */
export interface RegionSettings {
  agreementNotKeptBackToTable: boolean;
  chairModel: ChairModel;
  childDocumentsMinAge: number;
  childHeardMinAge: number;
  familyPageChildMinAge: number;
  giFixedMember: boolean;
  municipalities: { contacts: MunicipalContact[]; id: string; name: string }[];
  normCountsWorkingDays: boolean;
  normDays: number;
  normWarningWorkingDays: number;
  otsReviewEnabled: boolean;
  reactionPeriodDays: number;
  reportDueWorkingDays: number;
  supportPersonsReceiveDocuments: boolean;
  tables: { id: string; name: string; neighbours: { priority: number; tableId: string }[]; schedule: ScheduleEntry[] }[];
}

export interface RegionSummary {
  code: string;
  id: string;
  name: string;
}

export interface RegionSettingsView {
  region: RegionSummary;
  settings: RegionSettings;
  tableOptions: { id: string; name: string; regionName: string }[];
}

export interface SettingsChange {
  changedAt: string;
  changedByName: string;
  changes: { after: unknown; before: unknown; field: string }[];
  comment: string;
  id: string;
}

/** The body of a change: the settings without names (they are not edited here) and the reason. */
export function updateOf(settings: RegionSettings, comment: string) {
  const { municipalities, tables, ...scalars } = settings;
  return {
    ...scalars,
    comment,
    municipalities: municipalities.map(({ contacts, id }) => ({ contacts: contacts.map((contact) => ({ ...contact, phone: contact.phone?.trim() || null })), id })),
    tables: tables.map(({ id, neighbours, schedule }) => ({ id, neighbours, schedule })),
  };
}

/** The calls of the regions API (src/regions/regions.controller.ts). */
export const regionsApi = {
  history: (regionId: string, signal?: AbortSignal) => api.get<SettingsChange[]>(`/regions/${regionId}/settings/history`, { signal }),
  list: (signal?: AbortSignal) => api.get<RegionSummary[]>('/regions', { signal }),
  settings: (regionId: string, signal?: AbortSignal) => api.get<RegionSettingsView>(`/regions/${regionId}/settings`, { signal }),
  update: (regionId: string, settings: RegionSettings, comment: string) =>
    api.put<{ changeId: string | null; changed: string[]; settings: RegionSettings }>(`/regions/${regionId}/settings`, updateOf(settings, comment)),
};
