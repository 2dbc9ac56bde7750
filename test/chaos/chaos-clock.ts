import { Pool } from 'pg';
import { EngineClock } from '../../src/engine/engine-clock.port';
import { log, sleep } from './chaos-log';

/** A user task open this long (engine time) is taken for stuck and no longer holds the clock back. */
const STUCK_TASK_MS = 180_000;
const LOOK_EVERY_MS = 1_000;

interface Quiet {
  dueJobs: number;
  nextTimer: Date | null;
  openTasks: number;
  pendingJobs: number;
  unstarted: number;
}

/**
 * Lets time pass as the weeks of a round would, on the engine's clock (the test clock, EngineClock):
 * when nothing is left to do now (no open user task, no job waiting for a worker or due in the
 * engine, no case waiting for its process to start) it moves the clock to just past the next timer,
 * one timer at a time, so that no timer is passed over. A restarted engine starts on the real time
 * again; `restore` moves it back to where the run's time stood.
 */
export class TimeKeeper {
  /** How far the engine's clock runs ahead of the real one. */
  private aheadMs = 0;
  private running = false;
  private loop?: Promise<void>;
  private paused = 0;
  jumps = 0;

  constructor(
    private readonly clock: EngineClock,
    private readonly engineDb: Pool,
    private readonly caseDb: Pool,
  ) {}

  start(): void {
    this.running = true;
    this.loop = this.work();
  }

  async stop(): Promise<void> {
    this.running = false;
    await this.loop;
  }

  /** Holds the clock while a part restarts (its time would be read wrong meanwhile). */
  pause(): void {
    this.paused++;
  }

  resume(): void {
    this.paused = Math.max(0, this.paused - 1);
  }

  /** After an engine restart: its clock runs on the real time again; move it back ahead. */
  async restore(): Promise<void> {
    for (let attempt = 1; attempt <= 60; attempt++) {
      try {
        const now = await this.clock.now();
        const behind = Date.now() + this.aheadMs - now.getTime();
        if (behind > 0) await this.clock.advance(behind);
        return;
      } catch {
        await sleep(1000);
      }
    }
    log('The engine clock could not be moved back ahead after the restart');
  }

  private async work(): Promise<void> {
    let quietBefore = false;
    while (this.running) {
      await sleep(LOOK_EVERY_MS);
      if (this.paused > 0) {
        quietBefore = false;
        continue;
      }
      try {
        const now = await this.clock.now();
        this.aheadMs = now.getTime() - Date.now();
        const quiet = await this.quiet(now);
        const nothingNow = quiet.openTasks === 0 && quiet.pendingJobs === 0 && quiet.dueJobs === 0 && quiet.unstarted === 0;
        // Quiet twice in a row, a second apart: a step that was about to begin has begun by then.
        if (nothingNow && quietBefore && quiet.nextTimer && this.paused === 0) {
          const moved = await this.clock.advance(quiet.nextTimer.getTime() - now.getTime() + 1000);
          this.aheadMs = moved.getTime() - Date.now();
          this.jumps++;
          quietBefore = false;
          continue;
        }
        quietBefore = nothingNow;
      } catch {
        // The engine or the database is away (a fault of the run): look again later.
        quietBefore = false;
      }
    }
  }

  private async quiet(now: Date): Promise<Quiet> {
    // The engine keeps its times without a zone, in UTC (it runs in UTC).
    const engineNow = now.toISOString().replace('Z', '');
    const stuckBefore = new Date(now.getTime() - STUCK_TASK_MS).toISOString().replace('Z', '');
    const [engine] = (await this.engineDb.query<{ due_jobs: string; next_timer: string | null; open_tasks: string; pending_jobs: string }>(
      `SELECT (SELECT count(*) FROM act_ru_task WHERE create_time_ > $2::timestamp) AS open_tasks,
              (SELECT count(*) FROM act_ru_ext_task WHERE retries_ IS NULL OR retries_ > 0) AS pending_jobs,
              (SELECT count(*) FROM act_ru_job WHERE (retries_ > 0) AND (duedate_ IS NULL OR duedate_ <= $1::timestamp)) AS due_jobs,
              (SELECT to_char(min(duedate_), 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') FROM act_ru_job WHERE type_ = 'timer' AND retries_ > 0 AND duedate_ > $1::timestamp) AS next_timer`,
      [engineNow, stuckBefore],
    )).rows;
    const [cases] = (await this.caseDb.query<{ unstarted: string }>(
      `SELECT count(*) AS unstarted FROM jbt_case WHERE process_instance_key IS NULL AND process_start_next_at IS NOT NULL AND status NOT IN ('CLOSED', 'WITHDRAWN')`,
    )).rows;
    return {
      dueJobs: Number(engine.due_jobs),
      nextTimer: engine.next_timer ? new Date(engine.next_timer) : null,
      openTasks: Number(engine.open_tasks),
      pendingJobs: Number(engine.pending_jobs),
      unstarted: Number(cases.unstarted),
    };
  }
}
