import { Injectable } from '@nestjs/common';
import { toAmsterdamIso } from '../calendar/dutch-calendar';
import { EngineVariables } from '../engine/engine.types';
import { DeadlineKind, EvaluationMode } from '../engine/process-catalog';
import { Prisma } from '../generated/prisma/client';
import { DeadlineKind as StoredKind } from '../generated/prisma/enums';
import { ComputedDeadline, evaluationDeadlines, meetingDeadlines, normWarningDeadline, NormSetting, planningNormDeadlines } from './deadline-rules';
import { MissingDeadlineInputError } from './deadline.errors';

type Tx = Prisma.TransactionClient;

/** What jbt.deadline.compute knows (TASK_CONTRACTS); which fields matter depends on the kind. */
export interface DeadlineRequest {
  caseId: string;
  deadlineKind: DeadlineKind;
  evaluationAt?: string;
  evaluationMode?: EvaluationMode;
  meetingAt?: string;
  normCountsWorkingDays?: boolean;
  normDays?: number;
  /** PLANNING_WARNING: the earliest date of an evaluation meeting, which its norm counts from. */
  earliestSlotAt?: string;
  /** PLANNING_WARNING: the norm the early moment comes before. */
  planningDeadlineAt?: string;
  referralDate?: string;
  regionId?: string;
}

/**
 * Computes a set of deadlines, stores each with the rule that produced it, and gives the engine the
 * dates as ISO date-times in Amsterdam's offset (for timeDate timers and task due dates). Runs in the
 * caller's transaction, so that storing and the job's exactly-once row commit together.
 */
@Injectable()
export class DeadlineService {
  async compute(tx: Tx, request: DeadlineRequest): Promise<EngineVariables> {
    if (request.deadlineKind === DeadlineKind.PLANNING_WARNING) return this.planningWarning(tx, request);
    const deadlines = await this.deadlines(tx, request);
    await tx.deadline.createMany({
      data: deadlines.map((deadline) => ({
        basedOn: deadline.basedOn,
        caseId: request.caseId,
        dueAt: deadline.dueAt,
        kind: deadline.kind,
        rule: deadline.rule,
        ruleCode: deadline.ruleCode,
      })),
    });
    return Object.fromEntries(deadlines.map((deadline) => [deadline.variable, toAmsterdamIso(deadline.dueAt)]));
  }

  private async deadlines(tx: Tx, request: DeadlineRequest): Promise<ComputedDeadline[]> {
    switch (request.deadlineKind) {
      case DeadlineKind.PLANNING_NORM: {
        const referralDate = required(request, 'referralDate');
        // The norm as the instance was started with: a region changing its norm later leaves running cases alone.
        const region = await this.region(tx, request);
        const norm: NormSetting = {
          countsWorkingDays: request.normCountsWorkingDays ?? region.normCountsWorkingDays,
          days: request.normDays ?? region.normDays,
          regionName: region.name,
          warningWorkingDays: region.normWarningWorkingDays,
        };
        return planningNormDeadlines(new Date(referralDate), norm);
      }
      case DeadlineKind.MEETING:
        return meetingDeadlines(new Date(required(request, 'meetingAt')));
      case DeadlineKind.PLANNING_WARNING:
        // compute() hands this kind to planningWarning(), which may reuse a stored early moment.
        return [];
      case DeadlineKind.EVALUATION: {
        const region = await this.region(tx, request);
        const norm = { countsWorkingDays: region.normCountsWorkingDays, days: region.normDays, regionName: region.name };
        return evaluationDeadlines(new Date(required(request, 'evaluationAt')), required(request, 'evaluationMode'), norm);
      }
    }
  }

  /**
   * PLANNING_WARNING, when a planning starts (jbt-planning, Task_ComputeNormWarning): the early moment
   * before the norm the planning was given. The norm counts from what its stored deadline says it
   * counts from (the referral for a first meeting, the evaluation date for an evaluation meeting);
   * the early moment computed with the norm at the referral is reused, so that the case record keeps
   * one early moment per norm and the task list's "at risk" and the engine's timer agree.
   */
  private async planningWarning(tx: Tx, request: DeadlineRequest): Promise<EngineVariables> {
    const normDueAt = new Date(required(request, 'planningDeadlineAt'));
    const norm = await tx.deadline.findFirst({ orderBy: { computedAt: 'desc' }, select: { basedOn: true, kind: true }, where: { cancelledAt: null, caseId: request.caseId, dueAt: normDueAt, kind: { not: StoredKind.MEETING_NORM_WARNING } } });
    const basedOn = norm?.basedOn ?? (request.earliestSlotAt ? new Date(request.earliestSlotAt) : (await tx.case.findUniqueOrThrow({ select: { referredAt: true }, where: { id: request.caseId } })).referredAt);
    const stored = await tx.deadline.findFirst({ orderBy: { computedAt: 'desc' }, select: { dueAt: true }, where: { basedOn, cancelledAt: null, caseId: request.caseId, kind: StoredKind.MEETING_NORM_WARNING } });
    if (stored) return { planningWarningAt: toAmsterdamIso(stored.dueAt) };
    const region = await this.region(tx, request);
    const from = norm && norm.kind !== StoredKind.MEETING_NORM ? 'het begin van de norm' : 'het verzoek';
    const warning = normWarningDeadline(basedOn, normDueAt, { regionName: region.name, warningWorkingDays: region.normWarningWorkingDays }, from);
    await tx.deadline.create({ data: { basedOn, caseId: request.caseId, dueAt: warning.dueAt, kind: warning.kind, rule: warning.rule, ruleCode: warning.ruleCode } });
    return { planningWarningAt: toAmsterdamIso(warning.dueAt) };
  }

  private async region(tx: Tx, request: DeadlineRequest) {
    // The case's own region when the job does not say (it always does in the models of today).
    const where = request.regionId ? { id: request.regionId } : { id: (await tx.case.findUniqueOrThrow({ select: { regionId: true }, where: { id: request.caseId } })).regionId };
    return tx.region.findUniqueOrThrow({ select: { name: true, normCountsWorkingDays: true, normDays: true, normWarningWorkingDays: true }, where });
  }
}

function required<K extends keyof DeadlineRequest>(request: DeadlineRequest, key: K): NonNullable<DeadlineRequest[K]> {
  const value = request[key];
  if (value === undefined || value === null) throw new MissingDeadlineInputError(request.deadlineKind, key);
  return value as NonNullable<DeadlineRequest[K]>;
}
