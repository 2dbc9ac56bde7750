import { CaseStatus, Prisma } from '../generated/prisma/client';

/**
 * The life of a case as its status tells it, and from where each status may be reached:
 *
 *   FILED ⇄ AWAITING_INFORMATION → PLANNED → DISCUSSED → IN_FOLLOW_UP → CLOSED
 *   (WITHDRAWN before the meeting, by the referrer)
 *
 * - AWAITING_INFORMATION: the chair asked the referrer for something; back to FILED with the last answer.
 * - PLANNED: a meeting is booked (the planning's worker).
 * - DISCUSSED: the meeting was held and the table's decision recorded (the decision forms); the
 *   report is being written and approved.
 * - IN_FOLLOW_UP: the report has gone to the family and the professionals; what follows the decision
 *   runs (reactions, evaluation moments, the Raad's investigation request, feedback).
 * - CLOSED: the table's involvement ended (jbt.case.close).
 *
 * A status only moves forward along these arrows. Steps that happen again later in a case (an
 * evaluation meeting is booked and held while the case is IN_FOLLOW_UP) leave it where it is, and
 * a repeated or late call changes nothing, so each caller may simply say where the case has got to.
 */
export const REACHED_FROM: Readonly<Record<CaseStatus, readonly CaseStatus[]>> = {
  [CaseStatus.AWAITING_INFORMATION]: [CaseStatus.FILED],
  [CaseStatus.CLOSED]: [CaseStatus.AWAITING_INFORMATION, CaseStatus.DISCUSSED, CaseStatus.FILED, CaseStatus.IN_FOLLOW_UP, CaseStatus.PLANNED],
  [CaseStatus.DISCUSSED]: [CaseStatus.PLANNED],
  [CaseStatus.FILED]: [CaseStatus.AWAITING_INFORMATION],
  [CaseStatus.IN_FOLLOW_UP]: [CaseStatus.DISCUSSED, CaseStatus.PLANNED],
  [CaseStatus.PLANNED]: [CaseStatus.AWAITING_INFORMATION, CaseStatus.FILED],
  [CaseStatus.WITHDRAWN]: [CaseStatus.AWAITING_INFORMATION, CaseStatus.FILED, CaseStatus.PLANNED],
};

/** Whether a case in status `from` may move to `to`. */
export function mayMove(from: CaseStatus, to: CaseStatus): boolean {
  return REACHED_FROM[to].includes(from);
}

/**
 * Moves a case to `to` when its current status allows it (REACHED_FROM), in the caller's
 * transaction; returns whether it moved. A case elsewhere keeps its status.
 */
export async function moveCaseStatus(tx: Prisma.TransactionClient, caseId: string, to: CaseStatus): Promise<boolean> {
  const moved = await tx.case.updateMany({ data: { status: to }, where: { id: caseId, status: { in: [...REACHED_FROM[to]] } } });
  return moved.count > 0;
}
