import { dutchToday } from '../cases/child-age';
import { AgreementMarkChannel, AgreementMarkState, AgreementStatus, Prisma } from '../generated/prisma/client';
import { AgreementNewDateMissingError, AgreementNotFoundError, AgreementSettledError } from './agreement.errors';
import { FOLLOWED_STATES } from './agreement-rules';

type Transaction = Prisma.TransactionClient;

/** A mark as the one who watches over an agreement gives it, in the case view or in the task. */
export interface MarkInput {
  channel: AgreementMarkChannel;
  /** A new wording of a changed agreement, if it changed in substance. */
  changedDescription?: string;
  /** The new date of a changed agreement (YYYY-MM-DD). */
  newDueOn?: string;
  note: string;
  state: AgreementMarkState;
}

export interface RecordedMark {
  agreementId: string;
  markId: string;
  state: AgreementMarkState;
}

const STATUS_OF: Readonly<Record<AgreementMarkState, AgreementStatus>> = {
  CHANGED: AgreementStatus.CHANGED,
  KEPT: AgreementStatus.KEPT,
  NOT_KEPT: AgreementStatus.NOT_KEPT,
};

/**
 * Records a mark and sets the agreement's state (issue 13): kept and not kept settle it; a changed
 * agreement takes its new date (and wording) and is followed again. The agreement's row is locked,
 * so that two marks at once (the task and the case view) settle it once: the second is refused.
 */
export async function recordMark(tx: Transaction, caseId: string, agreementId: string, input: MarkInput, by: { id: string; name: string }, now = new Date()): Promise<RecordedMark> {
  const [row] = await tx.$queryRaw<{ id: string; state: AgreementStatus }[]>`
    SELECT a.id, a.state::text AS state FROM decision_agreement a JOIN decision d ON d.id = a.decision_id
     WHERE a.id = ${agreementId}::uuid AND d.case_id = ${caseId}::uuid FOR UPDATE OF a`;
  if (!row) throw new AgreementNotFoundError();
  if (!FOLLOWED_STATES.includes(row.state)) throw new AgreementSettledError(row.state);
  const changed = input.state === AgreementMarkState.CHANGED;
  if (changed && (!input.newDueOn || input.newDueOn < dutchToday(now))) throw new AgreementNewDateMissingError();
  const newDueOn = changed ? new Date(`${input.newDueOn}T00:00:00Z`) : null;
  const mark = await tx.agreementMark.create({
    data: { agreementId, channel: input.channel, markedAt: now, markedById: by.id, markedByName: by.name, newDueOn, note: input.note.trim(), state: input.state },
    select: { id: true },
  });
  await tx.decisionAgreement.update({
    data: {
      state: STATUS_OF[input.state],
      stateChangedAt: now,
      ...(changed ? { dueOn: newDueOn, ...(input.changedDescription?.trim() ? { description: input.changedDescription.trim() } : {}) } : {}),
    },
    where: { id: agreementId },
  });
  return { agreementId, markId: mark.id, state: input.state };
}
