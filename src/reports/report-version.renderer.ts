import { Injectable } from '@nestjs/common';
import { RenderedPdf } from '../documents/pdf-document.builder';
import { ReportPdfRenderer, ReportReactionEntry } from '../documents/report-pdf.renderer';
import { Prisma, ReactionAuthorKind, ReportKind } from '../generated/prisma/client';
import { REPORT_TITLES } from './report-text.composer';

type Transaction = Prisma.TransactionClient;

/**
 * Renders one version of a report: its approved text and the reactions included up to and including
 * that version, in the order they arrived.
 */
@Injectable()
export class ReportVersionRenderer {
  constructor(private readonly pdf: ReportPdfRenderer) {}

  async render(tx: Transaction, report: { caseNumber: string; id: string; kind: ReportKind }, version: { createdAt: Date; text: string; version: number }, reactionIds: string[]): Promise<RenderedPdf> {
    const reactions = reactionIds.length === 0 ? [] : await tx.reportReaction.findMany({ include: { parent: true, user: true }, orderBy: { receivedAt: 'asc' }, where: { id: { in: reactionIds }, reportId: report.id } });
    return this.pdf.render({
      caseNumber: report.caseNumber,
      createdAt: version.createdAt,
      reactions: reactions.map((reaction): ReportReactionEntry => ({ author: author(reaction), disputesAccuracy: reaction.disputesAccuracy, receivedAt: reaction.receivedAt, text: reaction.text })),
      text: version.text,
      title: REPORT_TITLES[report.kind],
      version: version.version,
    });
  }
}

function author(reaction: Prisma.ReportReactionGetPayload<{ include: { parent: true; user: true } }>): string {
  if (reaction.parent) return `ouder ${reaction.parent.givenName} ${reaction.parent.familyName}`;
  if (reaction.authorKind === ReactionAuthorKind.CHILD) return 'kind';
  return reaction.user ? `professional ${reaction.user.displayName}` : 'professional';
}
