import { ChairModel } from '../generated/prisma/enums';

/**
 * A region's settings as one document: what the forms show and edit, and what the history keeps
 * before and after each change. Lists are sorted, so that two documents compare by value.
 */
export interface RegionSettingsDocument {
  /** Whether a not-kept agreement brings the case back to the table (issue 13). */
  agreementNotKeptBackToTable: boolean;
  chairModel: ChairModel;
  childDocumentsMinAge: number;
  childHeardMinAge: number;
  /** Children of at least this age get a link to the family page (issue 13; 12 and 16 are in use). */
  familyPageChildMinAge: number;
  giFixedMember: boolean;
  municipalities: { contacts: { email: string; id: string; name: string; phone: string | null }[]; id: string; name: string }[];
  normCountsWorkingDays: boolean;
  normDays: number;
  /** The early moment: working days after the referral at which a case without a booked meeting escalates. */
  normWarningWorkingDays: number;
  otsReviewEnabled: boolean;
  reactionPeriodDays: number;
  reportDueWorkingDays: number;
  supportPersonsReceiveDocuments: boolean;
  tables: {
    id: string;
    name: string;
    neighbours: { priority: number; tableId: string }[];
    schedule: { durationMinutes: number; startTime: string; validFrom: string | null; validUntil: string | null; weekday: number }[];
  }[];
}

/** The scalar settings of the region row, in the order the forms show them. */
export const SCALAR_SETTINGS = [
  'normDays',
  'normCountsWorkingDays',
  'normWarningWorkingDays',
  'reactionPeriodDays',
  'reportDueWorkingDays',
  'chairModel',
  'giFixedMember',
  'otsReviewEnabled',
  'childHeardMinAge',
  'childDocumentsMinAge',
  'familyPageChildMinAge',
  'supportPersonsReceiveDocuments',
  'agreementNotKeptBackToTable',
] as const satisfies readonly (keyof RegionSettingsDocument)[];

/** Which parts of the settings differ between two documents: scalar names, and per table or municipality what changed. */
export function changedSettings(before: RegionSettingsDocument, after: RegionSettingsDocument): string[] {
  const changed: string[] = SCALAR_SETTINGS.filter((key) => before[key] !== after[key]);
  for (const table of after.tables) {
    const old = before.tables.find((candidate) => candidate.id === table.id);
    if (JSON.stringify(old?.schedule) !== JSON.stringify(table.schedule)) changed.push(`tables.${table.id}.schedule`);
    if (JSON.stringify(old?.neighbours) !== JSON.stringify(table.neighbours)) changed.push(`tables.${table.id}.neighbours`);
  }
  for (const municipality of after.municipalities) {
    const old = before.municipalities.find((candidate) => candidate.id === municipality.id);
    const strip = (contacts: RegionSettingsDocument['municipalities'][number]['contacts'] | undefined) => JSON.stringify((contacts ?? []).map(({ email, name, phone }) => ({ email, name, phone })));
    if (strip(old?.contacts) !== strip(municipality.contacts)) changed.push(`municipalities.${municipality.id}.contacts`);
  }
  return changed;
}

export const bySchedule = (a: { startTime: string; weekday: number }, b: { startTime: string; weekday: number }) => a.weekday - b.weekday || a.startTime.localeCompare(b.startTime);
