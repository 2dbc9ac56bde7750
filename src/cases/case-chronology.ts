import { CaseRecord } from './case-detail.include';

/** A person who did something, as the chronology names them. */
export interface ChronologyActor {
  displayName: string;
  id: string;
}

/** One step in the life of a case. */
export interface ChronologyEntry {
  actor: ChronologyActor | null;
  at: string;
  /** Small facts of the step (ids, enums, numbers); the UI words them in Dutch. */
  detail?: Record<string, string | number | boolean | null>;
  kind: string;
  ref: { id: string; type: string };
}

type Entry = Omit<ChronologyEntry, 'at'> & { at: Date | null };

/**
 * Every step of a case in time order: filing, the chair's questions and the answers, tasks and who
 * handled them, meetings, decisions, every report version and reaction, follow-up, escalations,
 * the Raad request, withdrawal and closing. Built from the record itself, so it cannot drift from it.
 */
export function buildChronology(record: CaseRecord): ChronologyEntry[] {
  const entries: Entry[] = [];
  const add = (entry: Entry) => entries.push(entry);
  const referral = record.referral;
  if (referral) {
    add({ actor: referral.referrer, at: referral.filedAt, detail: { caseNumber: record.caseNumber, entryType: record.entryType, track: record.track }, kind: 'REFERRAL_FILED', ref: { id: referral.id, type: 'referral' } });
    add({ actor: null, at: referral.completenessCheckedAt, detail: { complete: referral.complete }, kind: 'REFERRAL_CHECKED', ref: { id: referral.id, type: 'referral' } });
    add({ actor: referral.withdrawnBy, at: referral.withdrawnAt, kind: 'REFERRAL_WITHDRAWN', ref: { id: referral.id, type: 'referral' } });
  }
  add({ actor: null, at: record.processStartedAt, detail: { processInstanceKey: record.processInstanceKey }, kind: 'PROCESS_STARTED', ref: { id: record.id, type: 'case' } });
  for (const request of record.informationRequests) {
    add({ actor: request.requestedBy, at: request.requestedAt, kind: 'INFORMATION_REQUESTED', ref: { id: request.id, type: 'information_request' } });
    add({ actor: request.answeredBy, at: request.answeredAt, kind: 'INFORMATION_SUPPLIED', ref: { id: request.id, type: 'information_request' } });
  }
  for (const task of record.userTasks) {
    for (const event of task.events) {
      add({ actor: event.actor, at: event.occurredAt, detail: { elementId: task.elementId, name: task.name }, kind: `TASK_${event.kind}`, ref: { id: task.id, type: 'user_task' } });
    }
  }
  for (const deadline of record.deadlines) {
    // Each deadline by its kind and date (the page says "Uiterlijk tafelgesprek: 12 december"), and when it was met.
    const detail = { dueAt: deadline.dueAt.toISOString(), kind: deadline.kind, rule: deadline.rule };
    add({ actor: null, at: deadline.computedAt, detail, kind: 'DEADLINE_SET', ref: { id: deadline.id, type: 'deadline' } });
    add({ actor: null, at: deadline.metAt, detail: { ...detail, onTime: deadline.metAt !== null && deadline.metAt <= deadline.dueAt }, kind: 'DEADLINE_MET', ref: { id: deadline.id, type: 'deadline' } });
  }
  for (const choice of record.beyondNormChoices) {
    // A slot chosen beyond the norm while an earlier one was free: who, which slot, and why (issue 11).
    const detail = { earlierSlotAt: choice.earlierSlotAt.toISOString(), normDueAt: choice.normDueAt.toISOString(), reason: choice.reason, slotStartsAt: choice.slotStartsAt.toISOString() };
    add({ actor: choice.chosenBy, at: choice.chosenAt, detail, kind: 'SLOT_CHOSEN_BEYOND_NORM', ref: { id: choice.id, type: 'beyond_norm_choice' } });
  }
  for (const meeting of record.meetings) {
    const detail = { kind: meeting.kind, startsAt: meeting.startsAt.toISOString(), tableId: meeting.table.id };
    add({ actor: null, at: meeting.createdAt, detail, kind: 'MEETING_PLANNED', ref: { id: meeting.id, type: 'meeting' } });
    add({ actor: null, at: meeting.heldAt, detail: { childrenHeard: meeting.childrenHeard, parentsPresent: meeting.parentsPresent }, kind: 'MEETING_HELD', ref: { id: meeting.id, type: 'meeting' } });
    add({ actor: null, at: meeting.cancelledAt, kind: 'MEETING_CANCELLED', ref: { id: meeting.id, type: 'meeting' } });
  }
  for (const escalation of record.escalations) {
    add({ actor: null, at: escalation.raisedAt, detail: { reason: escalation.reason }, kind: 'ESCALATION_RAISED', ref: { id: escalation.id, type: 'escalation' } });
    add({ actor: null, at: escalation.resolvedAt, detail: { resolution: escalation.resolution }, kind: 'ESCALATION_RESOLVED', ref: { id: escalation.id, type: 'escalation' } });
  }
  for (const decision of record.decisions) {
    add({ actor: decision.recordedBy, at: decision.decidedAt, detail: { basis: decision.basis, outcome: decision.outcome }, kind: 'DECISION_RECORDED', ref: { id: decision.id, type: 'decision' } });
  }
  for (const report of record.reports) {
    for (const version of report.versions) {
      const ref = { id: version.id, type: 'report_version' };
      add({ actor: null, at: version.createdAt, detail: { version: version.version }, kind: 'REPORT_VERSION_CREATED', ref });
      add({ actor: version.approvedBy, at: version.approvedAt, detail: { version: version.version }, kind: 'REPORT_VERSION_APPROVED', ref });
      add({ actor: null, at: version.sentAt, detail: { version: version.version }, kind: 'REPORT_VERSION_SENT', ref });
    }
    for (const reaction of report.reactions) {
      const actor = reaction.user ?? (reaction.parent ? { displayName: `${reaction.parent.givenName} ${reaction.parent.familyName}`, id: reaction.parent.id } : null);
      add({ actor, at: reaction.receivedAt, detail: { authorKind: reaction.authorKind, disputesAccuracy: reaction.disputesAccuracy }, kind: 'REPORT_REACTION_RECEIVED', ref: { id: reaction.id, type: 'report_reaction' } });
    }
  }
  for (const evaluation of record.evaluations) {
    const ref = { id: evaluation.id, type: 'evaluation' };
    add({ actor: null, at: evaluation.createdAt, detail: { dueAt: evaluation.dueAt.toISOString(), mode: evaluation.mode, sequence: evaluation.sequence }, kind: 'EVALUATION_PLANNED', ref });
    add({ actor: null, at: evaluation.heldAt, detail: { outcome: evaluation.outcome, sequence: evaluation.sequence }, kind: 'EVALUATION_HELD', ref });
  }
  for (const request of record.raadInvestigationRequests) {
    const ref = { id: request.id, type: 'raad_investigation_request' };
    add({ actor: request.requestedBy, at: request.requestedAt, kind: 'RAAD_INVESTIGATION_REQUESTED', ref });
    add({ actor: null, at: request.sentAt, kind: 'RAAD_INVESTIGATION_REQUEST_SENT', ref });
    add({ actor: null, at: request.investigationStartedAt, kind: 'RAAD_INVESTIGATION_STARTED', ref });
  }
  const review = record.otsClosureReview;
  if (review) add({ actor: null, at: review.reviewedAt, detail: { outcome: review.raadReviewOutcome }, kind: 'OTS_CLOSURE_REVIEWED', ref: { id: review.id, type: 'ots_closure_review' } });
  for (const feedback of record.feedback) {
    const ref = { id: feedback.id, type: 'feedback' };
    add({ actor: null, at: feedback.formSentAt, detail: { respondentKind: feedback.respondentKind }, kind: 'FEEDBACK_FORM_SENT', ref });
    add({ actor: null, at: feedback.respondedAt, detail: { respondentKind: feedback.respondentKind }, kind: 'FEEDBACK_RECEIVED', ref });
  }
  add({ actor: null, at: record.closedAt, detail: { closeReason: record.closeReason }, kind: 'CASE_CLOSED', ref: { id: record.id, type: 'case' } });
  return entries
    .filter((entry): entry is Entry & { at: Date } => entry.at !== null)
    // A stable sort: steps at the same moment keep the order in which they happen in the route.
    .sort((a, b) => a.at.getTime() - b.at.getTime())
    .map(({ at, ...entry }) => ({ ...entry, at: at.toISOString() }));
}
