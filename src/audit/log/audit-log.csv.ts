import { spreadsheetCsv } from '../../documents/spreadsheet-csv';
import { AuditActorResponse, AuditLogEntryResponse } from './audit-log.response';
import { ACTION_LABELS_NL, OUTCOME_LABELS_NL } from './audit-log.labels';

const HEADER = ['Volgnummer', 'Tijdstip (UTC)', 'Gebruiker', 'Gebruikersnaam', 'Namens (rol)', 'Namens (organisatie)', 'Adres', 'Casus', 'Handeling', 'Code', 'Onderdeel', 'Uitkomst', 'Toegestaan', 'Details'];

/** Who acted, in Dutch: the user's name, or what kind of actor it was. */
function actorLabel(actor: AuditActorResponse): string {
  if (actor.kind === 'user') return actor.label;
  if (actor.kind === 'system') return `Systeem (${actor.label})`;
  if (actor.kind === 'link') return `Link in e-mail (${actor.label})`;
  return 'Onbekend (niet aangemeld)';
}

/**
 * The audit log as CSV, as the monitoring figures are (`spreadsheetCsv`: semicolons, a byte-order mark
 * so that Excel reads UTF-8), with Dutch column names. A cell that a spreadsheet would take for a
 * formula, such as a user name or details typed by someone, is prefixed with '.
 */
export function auditLogCsv(entries: AuditLogEntryResponse[]): string {
  const rows = entries.map((entry) => [
    entry.seq,
    entry.occurredAt,
    actorLabel(entry.actor),
    entry.actor.username,
    entry.onBehalfOf?.role ?? null,
    entry.onBehalfOf ? (entry.onBehalfOf.organisationName ?? entry.onBehalfOf.organisationId) : null,
    entry.clientIp,
    entry.case ? (entry.case.caseNumber ?? entry.case.id) : null,
    ACTION_LABELS_NL[entry.action] ?? entry.action,
    entry.action,
    entry.resource,
    OUTCOME_LABELS_NL[entry.outcome] ?? entry.outcome,
    entry.allowed ? 'ja' : 'nee',
    entry.details === null || entry.details === undefined ? null : JSON.stringify(entry.details),
  ]);
  return spreadsheetCsv([HEADER, ...rows]);
}

export function auditLogFileName(from: string | undefined, to: string | undefined, today: string): string {
  return `jbt-logboek-${from ?? 'begin'}-${to ?? today}.csv`;
}
