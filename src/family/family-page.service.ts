import { Injectable } from '@nestjs/common';
import { ageOn, dateOnly, dutchToday } from '../cases/child-age';
import { CaseProcessMessenger } from '../cases/process-messages/case-process.messenger';
import { PrismaService } from '../database/prisma.service';
import { FeedbackAnswerService } from '../feedback/feedback-answer.service';
import { AgreementStatus, ParticipantRole, Prisma, ReactionAuthorKind } from '../generated/prisma/client';
import { caseRecipients, contactLine, referrerOf } from '../notifications/case-recipients';
import { ROLE_LABEL } from '../notifications/participant-roles';
import { REPORT_TITLES } from '../reports/report-text.composer';
import { FamilyLinkUnusableError, FamilyReactionClosedError } from './family.errors';
import { familyTokenHash, looksLikeFamilyToken } from './family-link-tokens';
import { FamilyLinkService } from './family-links.service';
import { FamilyAgreement, FamilyMeeting, FamilyPageModel, FamilyReport } from './family-page.model';
import { audienceOf, FAMILY_LINK_REQUEST_INTERVAL_MS, FamilyAudience, seesDocuments } from './family-page.rules';

type Transaction = Prisma.TransactionClient;

/** Who holds a link: enough to show their page and nothing of anyone else. */
interface Holder {
  audience: FamilyAudience;
  caseId: string;
  childId: string | null;
  expiresAt: Date;
  firstName: string;
  linkId: string;
  parentId: string | null;
  participantId: string;
}

const LINK_INCLUDE = {
  participant: { include: { child: true, parent: true } },
} satisfies Prisma.FamilyPageLinkInclude;

/**
 * The family page behind a personal link (issue 13). The link is the whole authorisation and opens
 * one person's view of one case: a parent sees the meeting, the report with its versions, the
 * agreements and their state, the reaction form and the feedback form; a child sees what the
 * region's rules for their age allow (family-page.rules.ts). Every visit, every action and every
 * refused link is written to the audit log, in the transaction of what it records.
 */
@Injectable()
export class FamilyPageService {
  constructor(
    private readonly feedback: FeedbackAnswerService,
    private readonly links: FamilyLinkService,
    private readonly messenger: CaseProcessMessenger,
    private readonly prisma: PrismaService,
  ) {}

  /** The page for a link; counts and audits the visit. */
  async open(token: string, clientIp: string | null, now = new Date()): Promise<FamilyPageModel> {
    return this.prisma.$transaction(async (tx) => {
      const holder = await this.holder(tx, token, clientIp, 'VIEW_FAMILY_PAGE', now);
      await tx.familyPageLink.update({ data: { lastVisitedAt: now, visitCount: { increment: 1 } }, where: { id: holder.linkId } });
      await this.auditAllowed(tx, holder, clientIp, 'VIEW_FAMILY_PAGE', { audience: holder.audience });
      return this.model(tx, holder, now);
    });
  }

  /** A reaction to the report open for reactions; it is appended to the next version, as through the reaction link. */
  async react(token: string, clientIp: string | null, reaction: { disputesAccuracy: boolean; text: string }, now = new Date()): Promise<void> {
    await this.prisma.$transaction(async (tx) => {
      const holder = await this.holder(tx, token, clientIp, 'REACT_TO_REPORT', now);
      const open = seesDocuments(holder.audience) ? await this.openReport(tx, holder.caseId, now) : null;
      if (!open) throw new FamilyReactionClosedError();
      const created = await tx.reportReaction.create({
        data: {
          authorKind: holder.audience === 'PARENT' ? ReactionAuthorKind.PARENT : ReactionAuthorKind.CHILD,
          disputesAccuracy: reaction.disputesAccuracy,
          parentId: holder.parentId,
          receivedAt: now,
          reportId: open.reportId,
          reportVersionId: open.versionId,
          text: reaction.text.trim(),
        },
      });
      await this.auditAllowed(tx, holder, clientIp, 'REACT_TO_REPORT', { reactionId: created.id, reportId: open.reportId });
      if (open.decisionId) await this.messenger.reportReactionReceived(tx, holder.caseId, open.decisionId, created.id);
    });
    this.messenger.deliverSoon();
  }

  /** The feedback form of the round after the meeting, for a parent who has not answered yet. */
  async answerFeedback(token: string, clientIp: string | null, answer: { comment: string | null; score: number }, now = new Date()): Promise<void> {
    const formToken = await this.prisma.$transaction(async (tx) => {
      const holder = await this.holder(tx, token, clientIp, 'ANSWER_FEEDBACK', now);
      const form = holder.parentId ? await this.feedbackForm(tx, holder.caseId, holder.parentId, now) : null;
      await this.auditAllowed(tx, holder, clientIp, 'ANSWER_FEEDBACK_FROM_FAMILY_PAGE', { feedbackId: form?.id ?? null });
      return form?.formToken ?? null;
    });
    if (!formToken) throw new FamilyLinkUnusableError('unknown');
    await this.feedback.answer(formToken, answer, now);
  }

  /** A report version's PDF, for those who may read the report. */
  async reportPdf(token: string, clientIp: string | null, versionId: string, now = new Date()): Promise<{ bytes: Buffer; fileName: string } | null> {
    return this.prisma.$transaction(async (tx) => {
      const holder = await this.holder(tx, token, clientIp, 'READ_REPORT', now);
      if (!seesDocuments(holder.audience)) return null;
      const version = await tx.reportVersion.findFirst({ select: { pdf: true, report: { select: { case: { select: { caseNumber: true } } } }, version: true }, where: { id: versionId, report: { caseId: holder.caseId }, sentAt: { not: null } } });
      if (!version?.pdf) return null;
      await this.auditAllowed(tx, holder, clientIp, 'READ_REPORT', { reportVersionId: versionId });
      return { bytes: Buffer.from(version.pdf), fileName: `verslag-${version.report.case.caseNumber}-v${version.version}.pdf` };
    });
  }

  /**
   * The holder of an expired or replaced link asks for a new one. It goes to the address on record,
   * at most once an hour; the answer is the same either way, so the page tells nobody whether a
   * link existed or whom it was for.
   */
  async requestNewLink(token: string, clientIp: string | null, now = new Date()): Promise<void> {
    if (!looksLikeFamilyToken(token)) return;
    await this.prisma.$transaction(async (tx) => {
      const link = await tx.familyPageLink.findUnique({ select: { caseId: true, id: true, participantId: true }, where: { tokenHash: familyTokenHash(token) } });
      if (!link) return;
      const recent = await tx.familyPageLink.findFirst({ select: { id: true }, where: { issuedAt: { gt: new Date(now.getTime() - FAMILY_LINK_REQUEST_INTERVAL_MS) }, participantId: link.participantId } });
      const sent = recent ? false : await this.links.sendAgain(tx, link, now);
      await tx.auditEvent.create({ data: { action: 'REQUEST_FAMILY_LINK', actorId: `family-link:${link.id}`, caseId: link.caseId, clientIp, details: { sent }, outcome: sent ? 'ALLOWED' : 'DENIED', resource: 'family_page_link' } });
    });
  }

  /** The link's holder, or the reason it cannot be used (audited as a refused visit). */
  private async holder(tx: Transaction, token: string, clientIp: string | null, action: string, now: Date): Promise<Holder> {
    const link = looksLikeFamilyToken(token) ? await tx.familyPageLink.findUnique({ include: LINK_INCLUDE, where: { tokenHash: familyTokenHash(token) } }) : null;
    // The refusal is recorded outside the transaction, which rolls back when the error is thrown.
    const refuse = async (problem: 'expired' | 'replaced' | 'unknown', caseId: string | null) => {
      await this.prisma.auditEvent.create({ data: { action, actorId: link ? `family-link:${link.id}` : 'family-link:unknown', caseId, clientIp, details: { reason: problem }, outcome: 'DENIED', resource: 'family_page' } });
      return new FamilyLinkUnusableError(problem, caseId ? await this.contactOf(tx, caseId) : null);
    };
    if (!link || link.participant.removedAt) throw await refuse('unknown', link?.caseId ?? null);
    if (link.revokedAt) throw await refuse('replaced', link.caseId);
    if (link.expiresAt <= now) throw await refuse('expired', link.caseId);
    const region = await tx.case.findUniqueOrThrow({ select: { region: { select: { childDocumentsMinAge: true, familyPageChildMinAge: true } } }, where: { id: link.caseId } });
    const { child, parent } = link.participant;
    const age = child ? ageOn(dateOnly(child.birthDate), dutchToday(now)) : undefined;
    const audience = audienceOf({ age, role: link.participant.role }, region.region);
    // A child below the region's age (the setting changed since) no longer opens a page.
    if (!audience) throw await refuse('unknown', link.caseId);
    return {
      audience, caseId: link.caseId, childId: child?.id ?? null, expiresAt: link.expiresAt, firstName: parent?.givenName ?? child?.givenName ?? '',
      linkId: link.id, parentId: parent?.id ?? null, participantId: link.participantId,
    };
  }

  private async auditAllowed(tx: Transaction, holder: Holder, clientIp: string | null, action: string, details: Prisma.InputJsonObject): Promise<void> {
    await tx.auditEvent.create({ data: { action, actorId: `family-link:${holder.linkId}`, caseId: holder.caseId, clientIp, details: { ...details, participantId: holder.participantId }, outcome: 'ALLOWED', resource: 'family_page' } });
  }

  private async contactOf(tx: Transaction, caseId: string): Promise<string> {
    const kase = await tx.case.findUniqueOrThrow({ select: { region: true }, where: { id: caseId } });
    return contactLine(referrerOf(await caseRecipients(tx, caseId, kase.region)));
  }

  private async model(tx: Transaction, holder: Holder, now: Date): Promise<FamilyPageModel> {
    const kase = await tx.case.findUniqueOrThrow({ select: { region: true, table: { select: { location: true, name: true } } }, where: { id: holder.caseId } });
    const recipients = await caseRecipients(tx, holder.caseId, kase.region);
    const documents = seesDocuments(holder.audience);
    const [meetings, agreements, reports, open, pending, feedback] = await Promise.all([
      this.meetings(tx, holder.caseId),
      this.agreements(tx, holder, now),
      documents ? this.reports(tx, holder.caseId) : Promise.resolve(null),
      documents ? this.openReport(tx, holder.caseId, now) : Promise.resolve(null),
      tx.reportReaction.count({ where: { includedInVersionId: null, report: { caseId: holder.caseId }, ...(holder.parentId ? { parentId: holder.parentId } : { authorKind: ReactionAuthorKind.CHILD }) } }),
      holder.parentId ? this.feedbackState(tx, holder.caseId, holder.parentId, now) : Promise.resolve(null),
    ]);
    return {
      agreements,
      audience: holder.audience,
      contact: contactLine(referrerOf(recipients)),
      expiresAt: holder.expiresAt,
      feedback,
      firstName: holder.firstName,
      meetings,
      reaction: open ? { reportTitle: open.title, until: open.until } : null,
      // Reactions carry the parent who wrote them; a child's are not told apart from a sibling's, so only parents see theirs counted.
      reactionsPending: documents && holder.parentId ? pending : 0,
      reports,
      tableName: kase.table.name,
    };
  }

  /** The case's meetings, newest first, with who is invited in words (no addresses). */
  private async meetings(tx: Transaction, caseId: string): Promise<FamilyMeeting[]> {
    const rows = await tx.meeting.findMany({
      include: {
        invitations: { include: { participant: { include: { child: true, organisation: true, parent: true, supportPerson: true, user: true } } } },
        slot: { select: { endsAt: true } },
        table: { select: { location: true, name: true } },
      },
      orderBy: { startsAt: 'desc' },
      where: { caseId },
    });
    return rows.map((meeting) => ({
      endsAt: meeting.endsAt ?? meeting.slot?.endsAt ?? null,
      kind: meeting.kind,
      location: meeting.table.location ?? `Jeugdbeschermingstafel ${meeting.table.name}`,
      startsAt: meeting.startsAt,
      status: meeting.status,
      who: ['de voorzitter van de tafel', ...new Set(meeting.invitations.map(({ participant }) => {
        if (participant.parent) return `${participant.parent.givenName} ${participant.parent.familyName}`;
        if (participant.child) return participant.child.givenName;
        if (participant.supportPerson) return `${participant.supportPerson.name} (vertrouwenspersoon)`;
        const role = participant.role === ParticipantRole.RAAD ? 'de Raad voor de Kinderbescherming' : `de ${ROLE_LABEL[participant.role]}`;
        const name = participant.user?.displayName;
        return name ? `${name}, ${role}${participant.organisation ? ` (${participant.organisation.name})` : ''}` : participant.organisation ? `${role} (${participant.organisation.name})` : role;
      }))],
    }));
  }

  /** The agreements a person may see: a parent and a child with documents all of them; a younger child those they carry out. */
  private async agreements(tx: Transaction, holder: Holder, now: Date): Promise<FamilyAgreement[]> {
    const rows = await tx.decisionAgreement.findMany({
      orderBy: [{ decision: { decidedAt: 'asc' } }, { sequence: 'asc' }],
      where: { decision: { caseId: holder.caseId }, ...(seesDocuments(holder.audience) ? {} : { performerChildId: holder.childId ?? '00000000-0000-0000-0000-000000000000' }) },
    });
    const today = dutchToday(now);
    return rows.map((row) => ({
      description: row.description,
      dueOn: row.dueOn,
      ifNotKept: row.ifNotKept,
      mine: (holder.parentId !== null && row.performerParentId === holder.parentId) || (holder.childId !== null && row.performerChildId === holder.childId),
      overdue: (row.state === AgreementStatus.OPEN || row.state === AgreementStatus.CHANGED) && row.dueOn !== null && dateOnly(row.dueOn) < today,
      responsible: row.responsible,
      state: row.state,
      watcherName: row.watcherName,
    }));
  }

  /** Every sent report with its sent versions, newest first, and the reactions each version includes. */
  private async reports(tx: Transaction, caseId: string): Promise<FamilyReport[]> {
    const reports = await tx.report.findMany({
      include: {
        versions: {
          include: { reactionsIncluded: { include: { parent: true }, orderBy: { receivedAt: 'asc' } } },
          orderBy: { version: 'desc' },
          where: { sentAt: { not: null } },
        },
      },
      orderBy: { createdAt: 'desc' },
      where: { caseId },
    });
    return reports.filter((report) => report.versions.length > 0).map((report) => ({
      kind: report.kind,
      title: REPORT_TITLES[report.kind],
      versions: report.versions.map((version) => ({
        createdAt: version.createdAt,
        id: version.id,
        origin: version.origin,
        reactions: version.reactionsIncluded.map((reaction) => ({
          author: reaction.parent ? `${reaction.parent.givenName} ${reaction.parent.familyName}` : reaction.authorKind === ReactionAuthorKind.CHILD ? 'een kind' : 'een professional',
          disputesAccuracy: reaction.disputesAccuracy,
          receivedAt: reaction.receivedAt,
          text: reaction.text,
        })),
        text: version.text,
        version: version.version,
      })),
    }));
  }

  /** The report open for reactions now: the newest one whose period has not ended, with its latest sent version. */
  private async openReport(tx: Transaction, caseId: string, now: Date) {
    const report = await tx.report.findFirst({
      include: { versions: { orderBy: { version: 'desc' }, select: { id: true }, take: 1, where: { sentAt: { not: null } } } },
      orderBy: { createdAt: 'desc' },
      where: { caseId, reactionPeriodEndsAt: { gt: now } },
    });
    if (!report || report.versions.length === 0 || !report.reactionPeriodEndsAt) return null;
    return { decisionId: report.decisionId, reportId: report.id, title: REPORT_TITLES[report.kind], until: report.reactionPeriodEndsAt, versionId: report.versions[0].id };
  }

  private async feedbackForm(tx: Transaction, caseId: string, parentId: string, now: Date) {
    return tx.feedback.findFirst({
      orderBy: { createdAt: 'desc' },
      select: { formToken: true, id: true, respondedAt: true, round: { select: { closesAt: true } } },
      where: { caseId, parentId, respondedAt: null, round: { closedAt: null, closesAt: { gt: now } } },
    });
  }

  private async feedbackState(tx: Transaction, caseId: string, parentId: string, now: Date): Promise<FamilyPageModel['feedback']> {
    const open = await this.feedbackForm(tx, caseId, parentId, now);
    if (open?.round) return { closesAt: open.round.closesAt, state: 'OPEN' };
    const answered = await tx.feedback.findFirst({ orderBy: { respondedAt: 'desc' }, select: { round: { select: { closesAt: true } } }, where: { caseId, parentId, respondedAt: { not: null } } });
    return answered?.round ? { closesAt: answered.round.closesAt, state: 'ANSWERED' } : null;
  }
}
