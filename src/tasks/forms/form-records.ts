import { amsterdamInstant, toAmsterdamIso } from '../../calendar/dutch-calendar';
import { ageOn, dateOnly, dutchToday } from '../../cases/child-age';
import { RaadView, Track } from '../../engine/process-catalog';
import { Prisma } from '../../generated/prisma/client';
import { moveCaseStatus } from '../../cases/case-status';
import { CaseStatus, DecisionBasis, DecisionOutcome, MeetingStatus, Track as CaseTrack } from '../../generated/prisma/enums';
import { ChoiceOption, FormContext } from './task-form';

/**
 * What task forms write in the case record. The case record has no decisions service yet, so the
 * decision forms write the decision row here, in the completion's transaction; when a service for
 * decisions exists, these functions call it instead (the forms do not change).
 */

/** A date chosen in a form, as the engine's date-time: 09:00 in Amsterdam that day. */
export function engineDateTime(date: string): string {
  return toAmsterdamIso(amsterdamInstant(date, '09:00'));
}

export const CASE_TRACK: Readonly<Record<Track, CaseTrack>> = { KWART_VOOR_TWAALF: CaseTrack.QUARTER_TO_TWELVE, VIJF_VOOR_TWAALF: CaseTrack.FIVE_TO_TWELVE };
export const PROCESS_TRACK: Readonly<Record<CaseTrack, Track>> = { FIVE_TO_TWELVE: Track.VIJF_VOOR_TWAALF, QUARTER_TO_TWELVE: Track.KWART_VOOR_TWAALF };

export interface DecisionInput {
  basis: DecisionBasis;
  help: string;
  /** One of the four outcomes of a referral (the engine's Outcome, a subset), or one of an OTS-closure review's own. */
  outcome: DecisionOutcome;
  raadView?: RaadView;
  raadViewNote?: string;
  route: string;
  safety: string;
}

/** Records the table's decision (a, b, c and the outcome) beside the case's current meeting; returns its id. */
export async function recordDecision(context: FormContext, input: DecisionInput): Promise<string> {
  const { tx } = context;
  const found = await tx.case.findUniqueOrThrow({ select: { track: true }, where: { id: context.caseId } });
  const meeting = await tx.meeting.findFirst({ orderBy: { startsAt: 'desc' }, select: { id: true }, where: { caseId: context.caseId, status: { not: MeetingStatus.CANCELLED } } });
  const decision = await tx.decision.create({
    data: {
      basis: input.basis,
      caseId: context.caseId,
      decidedAt: context.now,
      decisionHelp: input.help,
      decisionRoute: input.route,
      decisionSafety: input.safety,
      meetingId: meeting?.id ?? null,
      outcome: input.outcome,
      raadAdvisesInvestigation: input.raadView === undefined ? null : input.raadView === RaadView.INVESTIGATION_INDICATED,
      raadView: input.raadViewNote ?? null,
      recordedById: context.actorId,
      track: found.track,
    },
    select: { id: true },
  });
  // The meeting was held and the table decided (src/cases/case-status.ts); an evaluation's decision leaves a case in follow-up.
  await moveCaseStatus(tx, context.caseId, CaseStatus.DISCUSSED);
  return decision.id;
}

/** Takes back a decision the engine did not accept, and the evaluation that pointed at it. */
export function undoDecision(decisionId: string) {
  return async (tx: Prisma.TransactionClient): Promise<void> => {
    await tx.evaluation.updateMany({ data: { decisionId: null, heldAt: null, outcome: null, outcomeNote: null }, where: { decisionId } });
    const decision = await tx.decision.findUnique({ select: { caseId: true }, where: { id: decisionId } });
    await tx.decision.deleteMany({ where: { id: decisionId } });
    // Without a decision the case was not discussed after all.
    if (decision && (await tx.decision.count({ where: { caseId: decision.caseId } })) === 0) {
      await tx.case.updateMany({ data: { status: CaseStatus.PLANNED }, where: { id: decision.caseId, status: CaseStatus.DISCUSSED } });
    }
  };
}

/** Marks the case's current meeting as held, with who was there. */
export async function markMeetingHeld(context: FormContext, facts: { childrenHeard: boolean; parentsPresent: boolean }): Promise<void> {
  const meeting = await context.tx.meeting.findFirst({ orderBy: { startsAt: 'desc' }, select: { id: true }, where: { caseId: context.caseId, status: MeetingStatus.PLANNED } });
  if (!meeting) return;
  await context.tx.meeting.update({ data: { childrenHeard: facts.childrenHeard, heldAt: context.now, parentsPresent: facts.parentsPresent, status: MeetingStatus.HELD }, where: { id: meeting.id } });
}

/** The children of the case old enough to be heard (region setting, 12 in most regions). */
export async function childrenOfHearingAge(context: FormContext): Promise<ChoiceOption[]> {
  const found = await context.tx.case.findUniqueOrThrow({
    select: { children: { orderBy: { birthDate: 'asc' }, select: { birthDate: true, familyName: true, givenName: true, id: true } }, region: { select: { childHeardMinAge: true } } },
    where: { id: context.caseId },
  });
  const today = dutchToday(context.now);
  return found.children
    .filter((child) => ageOn(dateOnly(child.birthDate), today) >= found.region.childHeardMinAge)
    .map((child) => ({ label: `${child.givenName} ${child.familyName} (${ageOn(dateOnly(child.birthDate), today)})`, value: child.id }));
}
