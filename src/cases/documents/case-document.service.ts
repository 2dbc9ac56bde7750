import { Injectable } from '@nestjs/common';
import { Actor } from '../../auth/principal';
import { Prisma } from '../../generated/prisma/client';
import { CaseAccessService, CaseGrant } from '../case-access.service';
import { CaseDocumentNotFoundError } from './case-document.errors';
import { CaseDocumentKind, mayDownload } from './document-access';

/** A document's bytes with how to serve them. */
export interface DownloadedDocument {
  bytes: Buffer;
  contentType: string;
  filename: string;
}

type Tx = Prisma.TransactionClient;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Downloads of a case's documents, each through the case's access check and written to the audit
 * log with the document's kind and id (DOWNLOAD_DOCUMENT). A document the user may not download
 * answers like one that does not exist.
 */
@Injectable()
export class CaseDocumentService {
  constructor(private readonly access: CaseAccessService) {}

  download(actor: Actor, caseId: string, kind: CaseDocumentKind, documentId: string): Promise<DownloadedDocument> {
    return this.access.run(actor, caseId, { action: 'read', auditAction: 'DOWNLOAD_DOCUMENT', resource: kind }, async (tx, grant) => {
      const found = UUID.test(documentId) ? await this.find(tx, caseId, kind, documentId, grant, actor) : undefined;
      if (!found) throw new CaseDocumentNotFoundError();
      return { auditDetails: { basis: grant.basis, documentId, kind }, value: found };
    });
  }

  private async find(tx: Tx, caseId: string, kind: CaseDocumentKind, id: string, grant: CaseGrant, actor: Actor): Promise<DownloadedDocument | undefined> {
    const { caseNumber } = await tx.case.findUniqueOrThrow({ select: { caseNumber: true }, where: { id: caseId } });
    if (kind === 'report') {
      const version = await tx.reportVersion.findFirst({ select: { pdf: true, sentAt: true, version: true }, where: { id, report: { caseId } } });
      if (!version?.pdf || !version.sentAt || !mayDownload('report', grant, actor.principal)) return undefined;
      return { bytes: Buffer.from(version.pdf), contentType: 'application/pdf', filename: `verslag-${caseNumber}-versie-${version.version}.pdf` };
    }
    if (kind === 'vto') {
      const request = await tx.raadInvestigationRequest.findFirst({ select: { documentPdf: true }, where: { caseId, id } });
      if (!request?.documentPdf || !mayDownload('vto', grant, actor.principal)) return undefined;
      return { bytes: Buffer.from(request.documentPdf), contentType: 'application/pdf', filename: `verzoek-tot-onderzoek-${caseNumber}.pdf` };
    }
    const invitation = await tx.invitation.findFirst({
      select: { outboxMessage: { select: { attachments: { select: { content: true, contentType: true } } } }, participant: { select: { organisationId: true, role: true, userId: true } } },
      where: { id, meeting: { caseId } },
    });
    const calendar = invitation?.outboxMessage?.attachments.find((attachment) => attachment.contentType.startsWith('text/calendar'));
    if (!invitation || !calendar || !mayDownload('invitation', grant, actor.principal, invitation.participant)) return undefined;
    return { bytes: Buffer.from(calendar.content), contentType: 'text/calendar; charset=utf-8', filename: `uitnodiging-${caseNumber}.ics` };
  }
}
