import { Injectable } from '@nestjs/common';
import { CaseProcessMessenger } from '../cases/process-messages/case-process.messenger';
import { PrismaService } from '../database/prisma.service';
import { ParticipantRole, Prisma, ReactionAuthorKind, ReportVersionOrigin } from '../generated/prisma/client';
import { loadCaseContext } from '../notifications/case-context';
import { tableOfMeeting } from '../notifications/meeting-table';
import { reportWithReaction } from '../notifications/texts/report.texts';
import { ReactionLinkNotFoundError, ReactionPeriodClosedError } from './report.errors';
import { mayReact } from './report-recipients';
import { ReportSendingService } from './report-sending.service';
import { REPORT_TITLES } from './report-text.composer';
import { ReportVersionRenderer } from './report-version.renderer';

type Transaction = Prisma.TransactionClient;

/** What someone holding a reaction link sees before reacting. */
export interface ReactionInvitation {
  reactionPeriodEndsAt: Date;
  recipientName: string;
  tableName: string;
  title: string;
}

/**
 * Reactions to a report (domain.md step 7): a parent or the professional says the report is not a
 * correct account, or adds to it. Recording keeps the reaction and tells the report's process; the
 * process then appends it as a new version, which goes to everyone who received the report.
 */
@Injectable()
export class ReportReactionService {
  constructor(
    private readonly messenger: CaseProcessMessenger,
    private readonly prisma: PrismaService,
    private readonly renderer: ReportVersionRenderer,
    private readonly sending: ReportSendingService,
  ) {}

  /** Records a reaction through a personal link and publishes jbt-report-reaction-received. */
  async record(token: string, reaction: { disputesAccuracy: boolean; text: string }, now = new Date()): Promise<{ reactionId: string }> {
    const recorded = await this.prisma.$transaction(async (tx) => {
      const delivery = await this.delivery(tx, token);
      const report = delivery.reportVersion.report;
      if (!report.reactionPeriodEndsAt || report.reactionPeriodEndsAt < now) throw new ReactionPeriodClosedError(report.reactionPeriodEndsAt);
      const { participant } = delivery;
      const created = await tx.reportReaction.create({
        data: {
          authorKind: participant.role === ParticipantRole.PARENT ? ReactionAuthorKind.PARENT : ReactionAuthorKind.PROFESSIONAL,
          disputesAccuracy: reaction.disputesAccuracy,
          parentId: participant.parentId,
          receivedAt: now,
          reportId: report.id,
          reportVersionId: delivery.reportVersionId,
          text: reaction.text.trim(),
          userId: participant.userId,
        },
      });
      await tx.auditEvent.create({ data: { action: 'REACT_TO_REPORT', actorId: `reaction-link:${participant.id}`, caseId: report.caseId, details: { reactionId: created.id, reportId: report.id }, outcome: 'ALLOWED', resource: 'report_reaction' } });
      if (report.decisionId) await this.messenger.reportReactionReceived(tx, report.caseId, report.decisionId, created.id);
      return { reactionId: created.id };
    });
    this.messenger.deliverSoon();
    return { reactionId: recorded.reactionId };
  }

  /** What the reaction page shows to the holder of a link. */
  async invitation(token: string): Promise<ReactionInvitation> {
    return this.prisma.$transaction(async (tx) => {
      const delivery = await this.delivery(tx, token);
      const kase = await loadCaseContext(tx, delivery.reportVersion.report.caseId);
      const report = await this.sending.report(tx, kase.id, delivery.reportVersion.report.id);
      const { participant } = delivery;
      const name = participant.parent ? `${participant.parent.givenName} ${participant.parent.familyName}` : participant.user?.displayName ?? 'betrokkene';
      return { reactionPeriodEndsAt: report.reactionPeriodEndsAt ?? new Date(0), recipientName: name, tableName: tableOfMeeting(kase, report.meeting).name, title: REPORT_TITLES[report.kind] };
    });
  }

  /**
   * jbt.report.add-reaction: appends the reaction as a new version (the text unchanged, the reactions
   * so far appended) and sends that version to everyone who received the report.
   */
  async append(tx: Transaction, request: { caseId: string; dedupePrefix: string; reactionId: string; reportId: string }): Promise<{ reportVersion: number }> {
    const kase = await loadCaseContext(tx, request.caseId);
    const report = await this.sending.report(tx, kase.id, request.reportId);
    const reaction = await tx.reportReaction.findFirst({ include: { includedInVersion: true }, where: { id: request.reactionId, reportId: report.id } });
    if (!reaction) throw new Error(`Reaction ${request.reactionId} to report ${report.id} is not in the case record`);
    if (reaction.includedInVersion) return { reportVersion: reaction.includedInVersion.version };
    const latest = await tx.reportVersion.findFirstOrThrow({ orderBy: { version: 'desc' }, where: { reportId: report.id } });
    const included = await tx.reportReaction.findMany({ select: { id: true }, where: { includedInVersionId: { not: null }, reportId: report.id } });
    const number = latest.version + 1;
    const createdAt = new Date();
    const pdf = await this.renderer.render(tx, { caseNumber: kase.caseNumber, id: report.id, kind: report.kind }, { createdAt, text: latest.text, version: number }, [...included.map((row) => row.id), reaction.id]);
    const version = await tx.reportVersion.create({
      data: {
        approvedAt: latest.approvedAt, approvedById: latest.approvedById, createdAt, origin: ReportVersionOrigin.REACTION, pdf: new Uint8Array(pdf.bytes), pdfSha256: pdf.sha256,
        reportId: report.id, sentAt: createdAt, text: latest.text, version: number,
      },
    });
    await tx.reportReaction.update({ data: { includedInVersionId: version.id }, where: { id: reaction.id } });
    await this.sending.deliver(tx, kase, report, { id: version.id, pdf: pdf.bytes, version: number }, request.dedupePrefix, (facts, recipient) => reportWithReaction(facts, recipient.name, reaction.receivedAt));
    return { reportVersion: number };
  }

  private async delivery(tx: Transaction, token: string) {
    const delivery = token.length > 10 && token.length < 100
      ? await tx.reportDelivery.findUnique({ include: { participant: { include: { parent: true, user: true } }, reportVersion: { include: { report: true } } }, where: { reactionToken: token } })
      : null;
    if (!delivery || !mayReact(delivery.participant.role) || delivery.participant.removedAt) throw new ReactionLinkNotFoundError();
    return delivery;
  }
}
