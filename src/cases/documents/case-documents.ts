import { Principal } from '../../auth/principal';
import { CaseGrant } from '../case-access.service';
import { CaseRecord } from '../case-detail.include';
import { CaseDocumentKind, mayDownload } from './document-access';

/** One document of a case as the case page lists it; `downloadable` says whether this user may fetch it. */
export interface CaseDocument {
  /** When it was made (a report version, the VTO) or sent (an invitation). */
  at: string;
  downloadable: boolean;
  id: string;
  kind: CaseDocumentKind;
  /** Small facts the page words: the version and whether it was sent, whose invitation, which meeting. */
  detail: Record<string, string | number | boolean | null>;
}

/**
 * The documents of a case: every report version (with its PDF), the Raad investigation request, and
 * the invitations to each meeting (with their calendar file), each marked downloadable or not for
 * this user. The bytes are fetched separately (GET /api/cases/{caseId}/documents/{kind}/{id}).
 */
export function caseDocuments(record: CaseRecord, grant: CaseGrant, principal: Principal): CaseDocument[] {
  const documents: CaseDocument[] = [];
  for (const report of record.reports) {
    for (const version of report.versions) {
      const hasPdf = version.pdfSha256 !== null || version.pdfFileRef !== null;
      documents.push({
        at: version.createdAt.toISOString(),
        detail: { reportKind: report.kind, sentAt: version.sentAt?.toISOString() ?? null, version: version.version },
        downloadable: hasPdf && version.sentAt !== null && mayDownload('report', grant, principal),
        id: version.id,
        kind: 'report',
      });
    }
  }
  for (const request of record.raadInvestigationRequests) {
    const hasDocument = request.documentSha256 !== null || request.documentFileRef !== null;
    documents.push({ at: request.requestedAt.toISOString(), detail: { sentAt: request.sentAt?.toISOString() ?? null }, downloadable: hasDocument && mayDownload('vto', grant, principal), id: request.id, kind: 'vto' });
  }
  const participants = new Map(record.participants.map((participant) => [participant.id, participant]));
  for (const meeting of record.meetings) {
    for (const invitation of meeting.invitations) {
      const participant = participants.get(invitation.participantId);
      const hasCalendar = invitation.outboxMessage?.attachments.some((attachment) => attachment.contentType.startsWith('text/calendar')) ?? false;
      documents.push({
        at: (invitation.outboxMessage?.sentAt ?? invitation.createdAt).toISOString(),
        detail: { meetingAt: meeting.startsAt.toISOString(), meetingKind: meeting.kind, participantId: invitation.participantId, participantRole: participant?.role ?? null, sent: invitation.outboxMessageId !== null },
        downloadable: hasCalendar && participant !== undefined && mayDownload('invitation', grant, principal, participant),
        id: invitation.id,
        kind: 'invitation',
      });
    }
  }
  return documents.sort((a, b) => a.at.localeCompare(b.at));
}
