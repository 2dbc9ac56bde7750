import { Injectable } from '@nestjs/common';
import { toAmsterdamIso } from '../calendar/dutch-calendar';
import { EngineVariables } from '../engine/engine.types';
import { DeadlineKind, EvaluationMode } from '../engine/process-catalog';
import { Prisma } from '../generated/prisma/client';
import { ComputedDeadline, evaluationDeadlines, meetingDeadlines, NormSetting, planningNormDeadlines } from './deadline-rules';
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
        };
        return planningNormDeadlines(new Date(referralDate), norm);
      }
      case DeadlineKind.MEETING:
        return meetingDeadlines(new Date(required(request, 'meetingAt')));
      case DeadlineKind.EVALUATION: {
        const region = await this.region(tx, request);
        const norm = { countsWorkingDays: region.normCountsWorkingDays, days: region.normDays, regionName: region.name };
        return evaluationDeadlines(new Date(required(request, 'evaluationAt')), required(request, 'evaluationMode'), norm);
      }
    }
  }

  private async region(tx: Tx, request: DeadlineRequest) {
    // The case's own region when the job does not say (it always does in the models of today).
    const where = request.regionId ? { id: request.regionId } : { id: (await tx.case.findUniqueOrThrow({ select: { regionId: true }, where: { id: request.caseId } })).regionId };
    return tx.region.findUniqueOrThrow({ select: { name: true, normCountsWorkingDays: true, normDays: true }, where });
  }
}

function required<K extends keyof DeadlineRequest>(request: DeadlineRequest, key: K): NonNullable<DeadlineRequest[K]> {
  const value = request[key];
  if (value === undefined || value === null) throw new MissingDeadlineInputError(request.deadlineKind, key);
  return value as NonNullable<DeadlineRequest[K]>;
}
