import { Injectable } from '@nestjs/common';
import { PrismaService } from '../../database/prisma.service';
import { retryDelayMs, START_LEASE_SECONDS } from './process-start.schedule';

/** A start claimed by this process: the case, and which attempt this is (1 = the first). */
export interface ClaimedStart {
  attempts: number;
  caseId: string;
}

/** Cases whose process is no longer wanted: nothing is started for them. */
const ENDED = `('CLOSED', 'WITHDRAWN')`;

/**
 * The case record's bookkeeping of process starts (jbt_case.process_start_*), in SQL so that several
 * processes can share the work: a start is claimed by moving its next attempt a lease ahead, in one
 * statement, and only the claimant tries it until the lease runs out. Times are the database's, so
 * that the clocks of the processes do not matter.
 */
@Injectable()
export class ProcessStartClaims {
  constructor(private readonly prisma: PrismaService) {}

  /**
   * The columns a newly filed case starts with: due for its first start, which the filing process
   * holds for a lease. Should that process die before it tried, the sweeper starts the case after it.
   */
  dueAtFiling(now = new Date()): { processStartNextAt: Date } {
    return { processStartNextAt: new Date(now.getTime() + START_LEASE_SECONDS * 1000) };
  }

  /**
   * Claims one case's start: its first attempt (whoever asks), or a later one when it is due. Null when
   * the case has its process, has ended, or someone else holds the claim.
   */
  async claim(caseId: string): Promise<ClaimedStart | null> {
    const [row] = await this.prisma.$queryRawUnsafe<{ attempts: number }[]>(
      `UPDATE jbt_case
          SET process_start_attempted_at = now(), process_start_attempts = process_start_attempts + 1,
              process_start_next_at = now() + make_interval(secs => $2)
        WHERE id = $1::uuid AND process_instance_key IS NULL AND status NOT IN ${ENDED}
          AND (process_start_attempts = 0 OR process_start_next_at IS NULL OR process_start_next_at <= now())
       RETURNING process_start_attempts AS attempts`,
      caseId,
      START_LEASE_SECONDS,
    );
    return row ? { attempts: row.attempts, caseId } : null;
  }

  /** Claims up to `limit` starts that are due, the longest waiting first; other processes skip them. */
  async claimDue(limit: number): Promise<ClaimedStart[]> {
    const rows = await this.prisma.$queryRawUnsafe<{ attempts: number; id: string }[]>(
      `UPDATE jbt_case
          SET process_start_attempted_at = now(), process_start_attempts = process_start_attempts + 1,
              process_start_next_at = now() + make_interval(secs => $2)
        WHERE id IN (SELECT id FROM jbt_case
                      WHERE process_start_next_at <= now() AND process_instance_key IS NULL AND status NOT IN ${ENDED}
                      ORDER BY process_start_next_at
                        FOR UPDATE SKIP LOCKED
                      LIMIT $1)
       RETURNING id::text, process_start_attempts AS attempts`,
      limit,
      START_LEASE_SECONDS,
    );
    return rows.map((row) => ({ attempts: row.attempts, caseId: row.id }));
  }

  /** Stores the instance key; returns the key the case has now (another one if someone else was first). */
  async started(caseId: string, processInstanceKey: string): Promise<string | null> {
    const stored = await this.prisma.case.updateMany({
      data: { processInstanceKey, processStartedAt: new Date(), processStartError: null, processStartNextAt: null },
      where: { id: caseId, processInstanceKey: null },
    });
    if (stored.count === 1) return processInstanceKey;
    return (await this.prisma.case.findUnique({ select: { processInstanceKey: true }, where: { id: caseId } }))?.processInstanceKey ?? null;
  }

  /** Records why the attempt failed and when the next one is due; returns that moment. */
  async failed(start: ClaimedStart, reason: string): Promise<Date | null> {
    const [row] = await this.prisma.$queryRaw<{ next: Date }[]>`
      UPDATE jbt_case SET process_start_error = ${reason.slice(0, 2000)}, process_start_next_at = now() + make_interval(secs => ${retryDelayMs(start.attempts) / 1000})
       WHERE id = ${start.caseId}::uuid AND process_instance_key IS NULL
      RETURNING process_start_next_at AS next`;
    return row?.next ?? null;
  }
}
