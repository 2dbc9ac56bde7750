import { Injectable } from '@nestjs/common';
import { Actor } from '../../auth/principal';
import { ProcessHistory } from '../../engine/process-history.port';
import { CaseStatus, MeetingStatus, Prisma, UserTaskEventKind, UserTaskState } from '../../generated/prisma/client';
import { CaseAccessService } from '../case-access.service';
import { EngineFacts, nextSteps, NextSteps, RecordFacts } from './next-step';

type Tx = Prisma.TransactionClient;

/** How long after completing a task of a case its actor may still ask what comes next. */
const AFTER_COMPLETION_MS = 60 * 60_000;

/**
 * What happens next in a case, and who holds it: for the case page, the list of cases, and the
 * confirmation after a task is completed ("De secretaris plant nu het tafelgesprek; uiterlijk ...").
 * The answer names roles, people of the case's professionals and dates, never the family; who just
 * completed a task of the case may ask it for an hour even when their role sees no case content
 * (the municipal contact after resolving an escalation).
 */
@Injectable()
export class CaseNextStepService {
  constructor(
    private readonly access: CaseAccessService,
    private readonly history: ProcessHistory,
  ) {}

  forCase(actor: Actor, caseId: string, now = new Date()): Promise<NextSteps> {
    const operation = {
      action: 'read' as const,
      alsoAllowed: (tx: Tx) => completedATaskOf(tx, actor.principal.userId, caseId, now),
      auditAction: 'READ_NEXT_STEP',
      resource: 'next_step',
    };
    return this.access.run(actor, caseId, operation, async (tx, grant) => {
      const { processInstanceKey, status } = await tx.case.findUniqueOrThrow({ select: { processInstanceKey: true, status: true }, where: { id: caseId } });
      const record = (await recordFacts(tx, [{ id: caseId, status }], now)).get(caseId)!;
      const engine = processInstanceKey ? await this.engineFacts(processInstanceKey) : undefined;
      const value = nextSteps(record, engine);
      // Without the engine's view (the process of a just-filed referral has not started yet, or its
      // history is not written yet) a case that has not ended is not at rest: the page asks again.
      const ended = value.steps.some((step) => step.kind === 'DONE');
      return { auditDetails: { basis: grant.basis }, value: engine || ended ? value : { ...value, settled: false } };
    });
  }

  /** The engine's view of a case: what is active in its instances, and the timers they wait for. */
  private async engineFacts(rootKey: string): Promise<EngineFacts | undefined> {
    const tree = await this.history.instanceTree(rootKey);
    if (!tree) return undefined;
    const activeInstances = tree.instances.filter((instance) => instance.state === 'ACTIVE').map((instance) => instance.key);
    const timers = activeInstances.length > 0 ? await this.history.pendingTimers(activeInstances) : [];
    return {
      active: tree.elements.filter((element) => element.state === 'ACTIVE' && element.endDate === null).map(({ elementId, elementName, elementType }) => ({ elementId, elementName, elementType })),
      timers: timers.map(({ dueDate, elementId }) => ({ dueDate, elementId })),
    };
  }
}

/** The record's facts for the next steps of several cases at once (three queries). */
export async function recordFacts(tx: Tx, cases: { id: string; status: CaseStatus }[], now = new Date()): Promise<Map<string, RecordFacts>> {
  const ids = cases.map((kase) => kase.id);
  const [tasks, requests, meetings] = await Promise.all([
    tx.userTask.findMany({
      select: { assignee: { select: { displayName: true, id: true } }, candidateRole: true, caseId: true, dueAt: true, elementId: true, id: true, name: true },
      where: { caseId: { in: ids }, state: UserTaskState.OPEN },
    }),
    tx.informationRequest.findMany({ select: { caseId: true, dueAt: true, id: true }, where: { answeredAt: null, caseId: { in: ids } } }),
    tx.meeting.findMany({ select: { caseId: true, id: true, startsAt: true }, where: { caseId: { in: ids }, status: MeetingStatus.PLANNED } }),
  ]);
  return new Map(
    cases.map((kase) => [
      kase.id,
      {
        informationRequests: requests.filter((request) => request.caseId === kase.id),
        meetings: meetings.filter((meeting) => meeting.caseId === kase.id),
        now,
        openTasks: tasks.filter((task) => task.caseId === kase.id),
        status: kase.status,
      },
    ]),
  );
}

async function completedATaskOf(tx: Tx, userId: string, caseId: string, now: Date): Promise<boolean> {
  const found = await tx.userTaskEvent.count({
    where: { actorId: userId, kind: UserTaskEventKind.COMPLETED, occurredAt: { gte: new Date(now.getTime() - AFTER_COMPLETION_MS) }, task: { caseId } },
  });
  return found > 0;
}
