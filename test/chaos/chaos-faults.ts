import { Pool } from 'pg';
import { ChaosInfrastructure } from './chaos-infrastructure';
import { TimeKeeper } from './chaos-clock';
import { log, seconds, sleep } from './chaos-log';
import { Office } from './chaos-office';
import { Random } from './chaos-options';
import { WorkerPool } from './chaos-workers';

export type FaultKind = 'database' | 'engine' | 'worker';

/** One fault of the run and what it cost. */
export interface FaultRecord {
  /** What was done: "engine killed (SIGKILL)", "worker 1234 killed (SIGKILL)". */
  action: string;
  at: number;
  /** Milliseconds until the part answered again (the engine, PostgreSQL, a new worker process). */
  backMs: number;
  kind: FaultKind;
  /** Milliseconds from the fault until work resumed: a referral filed at the fault had its process started and its first job done; null when that did not happen within the wait. */
  recoveryMs: number | null;
  /** How many start attempts that referral's process took. */
  startAttempts: number | null;
}

/** How long a fault's probe referral may take to get its first job done before the run calls it not recovered. */
const RECOVERY_LIMIT_MS = 300_000;

/**
 * Injects the run's faults one after the other, at random moments while cases are worked: the engine
 * killed or stopped and started again, PostgreSQL crashed or stopped and started again, a worker
 * process killed and another started in its place. At the moment of each fault a probe referral is
 * filed (the people try again until the service accepts it); the fault's recovery time is the time
 * until that referral's process has started and its first job (the planning norm) is done: the
 * whole chain of API, process start, engine, workers and database working again.
 */
export class FaultInjector {
  readonly records: FaultRecord[] = [];
  private probes = 0;

  constructor(
    private readonly infrastructure: ChaosInfrastructure,
    private readonly workers: WorkerPool,
    private readonly keeper: TimeKeeper,
    private readonly offices: Office[],
    private readonly caseDb: Pool,
    private readonly random: Random,
    private readonly onProbe: (filed: Awaited<ReturnType<Office['file']>>) => void,
  ) {}

  /** Runs the faults in a random order, each after a random pause. */
  async run(faults: FaultKind[], gapMs: [number, number], numberFrom: number): Promise<void> {
    const counts: Record<FaultKind, number> = { database: 0, engine: 0, worker: 0 };
    for (const kind of this.random.shuffle(faults)) {
      await sleep(this.random.between(gapMs));
      const nth = counts[kind]++;
      await this.inject(kind, nth, numberFrom + this.probes++);
    }
  }

  private async inject(kind: FaultKind, nth: number, probeNumber: number): Promise<void> {
    const office = this.random.pick(this.offices);
    const at = Date.now();
    let action = '';
    if (kind !== 'worker') this.keeper.pause();
    const probe = office.file(probeNumber, 'VOLUNTARY_LOCAL_TEAM', true);
    try {
      if (kind === 'engine') {
        const how = nth % 2 === 0 ? 'kill' : 'stop';
        action = how === 'kill' ? 'engine killed (SIGKILL) and started again' : 'engine stopped (SIGTERM) and started again';
        log(`Fault: ${action}`);
        await this.infrastructure.restartEngine(how);
        await this.keeper.restore();
      } else if (kind === 'database') {
        const how = nth % 2 === 0 ? 'crash' : 'stop';
        action = how === 'crash' ? 'PostgreSQL crashed (immediate shutdown) and started again' : 'PostgreSQL stopped (fast shutdown) and started again';
        log(`Fault: ${action}`);
        await this.infrastructure.restartDatabase(how);
      } else {
        const pid = await this.workers.kill(Math.floor(this.random.next() * this.workers.pids.length));
        action = `worker process ${pid} killed (SIGKILL), another started`;
        log(`Fault: ${action}`);
        await this.workers.replace();
      }
    } finally {
      if (kind !== 'worker') this.keeper.resume();
    }
    const backMs = Date.now() - at;
    const filed = await probe;
    this.onProbe(filed);
    const resumed = await this.firstJobDone(filed.caseId);
    const record: FaultRecord = { action, at, backMs, kind, recoveryMs: resumed ? resumed.at - at : null, startAttempts: resumed?.attempts ?? null };
    this.records.push(record);
    log(`  back after ${seconds(backMs)} s; work resumed after ${record.recoveryMs === null ? 'NOT within the limit' : `${seconds(record.recoveryMs)} s`} (probe ${filed.caseNumber}, filed in ${filed.tries} tries, started on attempt ${record.startAttempts ?? '?'})`);
  }

  /** When the probe's planning norm was computed, and how many start attempts its process took. */
  private async firstJobDone(caseId: string): Promise<{ at: number; attempts: number } | null> {
    const until = Date.now() + RECOVERY_LIMIT_MS;
    while (Date.now() < until) {
      const found = await this.caseDb
        .query<{ attempts: number; created_at: Date }>(
          `SELECT c.process_start_attempts AS attempts, d.computed_at AS created_at FROM deadline d JOIN jbt_case c ON c.id = d.case_id WHERE d.case_id = $1 AND d.kind = 'MEETING_NORM' ORDER BY d.computed_at LIMIT 1`,
          [caseId],
        )
        .then((result) => result.rows[0], () => undefined);
      if (found) return { at: found.created_at.getTime(), attempts: found.attempts };
      await sleep(250);
    }
    return null;
  }
}
