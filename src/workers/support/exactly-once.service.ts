import { Injectable } from '@nestjs/common';
import { PrismaService } from '../../database/prisma.service';
import { EngineJob, EngineVariables } from '../../engine/engine.types';
import { Prisma } from '../../generated/prisma/client';
import { crashAfterEffectIfAsked } from './crash-after-effect';

export type Transaction = Prisma.TransactionClient;

/**
 * Runs a worker's effect at most once per job element instance and task type (design.md decision 9).
 * The engine delivers jobs at least once: after a lock expired, a crash between the effect and the completion,
 * or to two worker processes. The effect and a `job_effect` row commit in one transaction; the row is
 * inserted first, so a concurrent second delivery waits on its unique key and then finds it taken,
 * and every later delivery gets the variables the first one produced without repeating the effect.
 * test/integration/exactly-once-processes.test.ts proves it with worker processes that are killed
 * right after the commit (crash-after-effect.ts, a test-only hook).
 */
@Injectable()
export class ExactlyOnce {
  constructor(private readonly prisma: PrismaService) {}

  async run(job: EngineJob, caseId: string | null, effect: (tx: Transaction) => Promise<EngineVariables>): Promise<EngineVariables> {
    let repeated = false;
    const result = await this.prisma.$transaction(
      async (tx) => {
        const inserted = await tx.$executeRaw`
          INSERT INTO job_effect (id, case_id, element_instance_key, job_key, process_instance_key, task_type)
          VALUES (gen_random_uuid(), ${caseId}::uuid, ${job.elementInstanceKey}, ${job.key}, ${job.processInstanceKey}, ${job.type})
          ON CONFLICT (element_instance_key, task_type) DO NOTHING`;
        if (inserted === 0) {
          repeated = true;
          const done = await tx.jobEffect.findUniqueOrThrow({ where: { elementInstanceKey_taskType: { elementInstanceKey: job.elementInstanceKey, taskType: job.type } } });
          return (done.result ?? {}) as EngineVariables;
        }
        const result = await effect(tx);
        await tx.jobEffect.update({ data: { result: result as Prisma.InputJsonValue }, where: { elementInstanceKey_taskType: { elementInstanceKey: job.elementInstanceKey, taskType: job.type } } });
        return result;
      },
      { timeout: 20_000 },
    );
    if (!repeated) crashAfterEffectIfAsked(job.type, caseId);
    return result;
  }

  /**
   * What an earlier step of the same process instance produced, once its effect has committed (a
   * failed or refused effect leaves no row); null when it has not (yet) happened. For an effect that
   * another step of the instance may have overtaken (src/workers/escalation-notify.worker.ts).
   */
  async resultOf(tx: Transaction, caseId: string, processInstanceKey: string, taskType: string): Promise<EngineVariables | null> {
    const done = await tx.jobEffect.findFirst({ orderBy: { createdAt: 'desc' }, select: { result: true }, where: { caseId, processInstanceKey, taskType } });
    return done ? ((done.result ?? {}) as EngineVariables) : null;
  }
}
