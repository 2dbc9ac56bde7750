import { dateOnly, dutchToday } from '../cases/child-age';
import { toAmsterdamIso } from '../calendar/dutch-calendar';
import { AgreementMarkChannel, AgreementMarkState, AgreementPerformerKind, AgreementStatus, Prisma } from '../generated/prisma/client';
import { AGREEMENT_MARK_NORM, agreementMarkDueAt, FOLLOWED_STATES } from './agreement-rules';

type Transaction = Prisma.TransactionClient;

/** One agreement as a case view shows it: what, who, by when, who watches, its state and its marks. */
export interface AgreementView {
  decidedAt: string;
  decisionId: string;
  description: string;
  /** YYYY-MM-DD; null only for agreements recorded before agreements were followed. */
  dueOn: string | null;
  /** Flagged for the evaluation because it was not kept. */
  flaggedForEvaluationAt: string | null;
  id: string;
  ifNotKept: string | null;
  /** By when the watcher marks it once its date has passed (the norm), while it is followed. */
  markDueAt: string | null;
  marks: { by: string; channel: AgreementMarkChannel; markedAt: string; newDueOn: string | null; note: string; state: AgreementMarkState }[];
  /** Whether the signed-in user may mark it now. */
  mayMark: boolean;
  /** The norm for marking, in words. */
  norm: string;
  /** Past its date and not yet marked kept or not kept. */
  overdue: boolean;
  performerKind: AgreementPerformerKind | null;
  responsible: string;
  sequence: number;
  state: AgreementStatus;
  watcher: { id: string; name: string } | null;
}

export const AGREEMENT_VIEW_INCLUDE = {
  decision: { select: { decidedAt: true, id: true } },
  marks: { orderBy: { markedAt: 'asc' } },
} satisfies Prisma.DecisionAgreementInclude;

export type AgreementRow = Prisma.DecisionAgreementGetPayload<{ include: typeof AGREEMENT_VIEW_INCLUDE }>;

/** The agreements of a case, decision by decision in the order they were made. */
export function loadAgreements(tx: Transaction, caseId: string, where: Prisma.DecisionAgreementWhereInput = {}): Promise<AgreementRow[]> {
  return tx.decisionAgreement.findMany({
    include: AGREEMENT_VIEW_INCLUDE,
    orderBy: [{ decision: { decidedAt: 'asc' } }, { sequence: 'asc' }],
    where: { ...where, decision: { caseId } },
  });
}

export function toAgreementView(row: AgreementRow, mayMark: (row: AgreementRow) => boolean, now = new Date()): AgreementView {
  const dueOn = row.dueOn ? dateOnly(row.dueOn) : null;
  const followed = FOLLOWED_STATES.includes(row.state);
  return {
    decidedAt: row.decision.decidedAt.toISOString(),
    decisionId: row.decision.id,
    description: row.description,
    dueOn,
    flaggedForEvaluationAt: row.flaggedForEvaluationAt?.toISOString() ?? null,
    id: row.id,
    ifNotKept: row.ifNotKept,
    markDueAt: followed && dueOn ? toAmsterdamIso(agreementMarkDueAt(dueOn)) : null,
    marks: row.marks.map((mark) => ({
      by: mark.markedByName, channel: mark.channel, markedAt: mark.markedAt.toISOString(), newDueOn: mark.newDueOn ? dateOnly(mark.newDueOn) : null, note: mark.note, state: mark.state,
    })),
    mayMark: followed && mayMark(row),
    norm: AGREEMENT_MARK_NORM,
    overdue: followed && dueOn !== null && dueOn < dutchToday(now),
    performerKind: row.performerKind,
    responsible: row.responsible,
    sequence: row.sequence,
    state: row.state,
    watcher: row.watcherUserId ? { id: row.watcherUserId, name: row.watcherName ?? '' } : null,
  };
}
