import { ageOn, dateOnly, dutchToday } from '../cases/child-age';
import { ParticipantRole, Prisma, ReportKind } from '../generated/prisma/client';
import { CaseContext } from '../notifications/case-context';
import { caseRecipients } from '../notifications/case-recipients';
import { tableOfMeeting, WITH_TABLE } from '../notifications/meeting-table';
import { ROLE_LABEL } from '../notifications/participant-roles';
import { OtsReviewContent, ReportAgreement, ReportContent } from './report-text.composer';

type Transaction = Prisma.TransactionClient;

/** The form field in which the chair writes their account of the conversation. */
export const CHAIR_TEXT_FIELD = 'reportText';

/**
 * Gathers a report's content from the case record: the decision with its agreements and meeting (and
 * that meeting's table, which may be a neighbouring one), the participants, the children, the chair's
 * own account (the latest form submission of the case with a `reportText`, so that a corrected text
 * from the approval task is picked up on a redraft), and for an OTS-closure review the GI's intention.
 */
export async function loadReportContent(tx: Transaction, kase: CaseContext, decisionId: string, kind: ReportKind): Promise<ReportContent> {
  const decision = await tx.decision.findFirst({ include: { agreements: { orderBy: { sequence: 'asc' } }, meeting: { include: WITH_TABLE } }, where: { caseId: kase.id, id: decisionId } });
  if (!decision) throw new Error(`Decision ${decisionId} of case ${kase.id} is not in the case record`);
  // An evaluation's report says where the agreements made before stand (issue 13: looked at again at the evaluation).
  const earlier = kind === ReportKind.EVALUATION
    ? await tx.decisionAgreement.findMany({ orderBy: [{ decision: { decidedAt: 'asc' } }, { sequence: 'asc' }], where: { decision: { caseId: kase.id, decidedAt: { lt: decision.decidedAt } } } })
    : [];
  const today = dutchToday();
  const [children, recipients, chairText, otsReview] = await Promise.all([
    tx.child.findMany({ orderBy: { birthDate: 'asc' }, where: { caseId: kase.id } }),
    caseRecipients(tx, kase.id, kase.region),
    latestChairText(tx, kase.id),
    kind === ReportKind.OTS_CLOSURE_REVIEW ? loadOtsReview(tx, kase.id) : null,
  ]);
  const participants = recipients
    .filter((recipient) => recipient.role !== ParticipantRole.CHILD)
    .map((recipient) => (recipient.family ? `${ROLE_LABEL[recipient.role]} ${recipient.name}` : recipient.organisation && recipient.organisation !== recipient.name ? `${ROLE_LABEL[recipient.role]} (${recipient.organisation})` : ROLE_LABEL[recipient.role]));
  return {
    agreements: decision.agreements.map(reportAgreement),
    chairText,
    children: children.map((child) => ({ age: ageOn(dateOnly(child.birthDate), today), givenName: child.givenName })),
    earlierAgreements: earlier.map(reportAgreement),
    decision: {
      basis: decision.basis,
      decidedAt: decision.decidedAt,
      help: decision.decisionHelp,
      outcome: decision.outcome,
      raadAdvisesInvestigation: decision.raadAdvisesInvestigation,
      route: decision.decisionRoute,
      safety: decision.decisionSafety,
    },
    kind,
    meeting: decision.meeting ? { parentsPresent: decision.meeting.parentsPresent, startsAt: decision.meeting.startsAt } : null,
    otsReview,
    participants: [...new Set(participants)],
    tableName: tableOfMeeting(kase, decision.meeting).name,
    track: decision.track ?? kase.track,
  };
}

function reportAgreement(agreement: { description: string; dueOn: Date | null; ifNotKept: string | null; responsible: string; state: ReportAgreement['state']; watcherName: string | null }): ReportAgreement {
  return { description: agreement.description, dueOn: agreement.dueOn, ifNotKept: agreement.ifNotKept, responsible: agreement.responsible, state: agreement.state, watcherName: agreement.watcherName };
}

/** The GI's intention and the Raad's review of it, for the report of an OTS-closure review. */
async function loadOtsReview(tx: Transaction, caseId: string): Promise<OtsReviewContent> {
  const review = await tx.otsClosureReview.findUnique({ include: { giOrganisation: { select: { name: true } } }, where: { caseId } });
  if (!review) throw new Error(`Case ${caseId} has no OTS-closure review in the case record`);
  return {
    giName: review.giOrganisation.name,
    intendedEndDate: review.intendedEndDate,
    intention: review.intention,
    raadReviewNote: review.raadReviewNote,
    supervisionEndsOn: review.supervisionEndsOn,
  };
}

async function latestChairText(tx: Transaction, caseId: string): Promise<string | null> {
  const submissions = await tx.taskFormSubmission.findMany({ orderBy: { submittedAt: 'desc' }, select: { texts: true }, take: 20, where: { task: { caseId } } });
  for (const { texts } of submissions) {
    const text = (texts as Record<string, unknown> | null)?.[CHAIR_TEXT_FIELD];
    if (typeof text === 'string' && text.trim() !== '') return text.trim();
  }
  return null;
}
