import { JobLogEntry, PendingTimer } from '../../engine-monitoring.types';
import { iso } from './engine-timestamps';
import { HistoryDatabase } from './history-database';

/** ACT_RU_JOB.TYPE_ of a timer (asynchronous continuations are "message" jobs). */
const TIMER = 'timer';

/** ACT_RU_JOB.SUSPENSION_STATE_ of a job that may run. */
const ACTIVE = 1;

/**
 * The engine's own jobs in its runtime table (ACT_RU_JOB): timers waiting to fire, and whether
 * anything is due that the job executor has not done yet. A job leaves the table when it is done;
 * one out of retries stays, with an incident, and is not due.
 */
export class JobViews {
  constructor(private readonly db: HistoryDatabase) {}

  async pendingTimers(processInstanceKeys: string[]): Promise<PendingTimer[]> {
    const rows = await this.db.rows<{ bpmn_process_id: string; due_date: Date; element_id: string | null; key: string; process_instance_key: string }>(
      `SELECT j.id_ AS key, j.process_instance_id_ AS process_instance_key, j.process_def_key_ AS bpmn_process_id, j.duedate_ AS due_date,
              COALESCE(d.act_id_, j.handler_cfg_) AS element_id
         FROM act_ru_job j LEFT JOIN act_ru_jobdef d ON d.id_ = j.job_def_id_
        WHERE j.process_instance_id_ = ANY($1::text[]) AND j.type_ = '${TIMER}' AND j.retries_ > 0 AND j.suspension_state_ = ${ACTIVE}
          AND j.duedate_ IS NOT NULL
        ORDER BY j.duedate_, j.id_`,
      [processInstanceKeys],
    );
    return rows.map((row) => ({
      bpmnProcessId: row.bpmn_process_id,
      dueDate: iso(row.due_date),
      elementId: row.element_id ?? '',
      key: row.key,
      processInstanceKey: row.process_instance_key,
    }));
  }

  async dueJobs(now: Date, processInstanceKeys: string[]): Promise<number> {
    // The engine writes its times as UTC wall-clock time (engine-timestamps.ts).
    const [row] = await this.db.rows<{ due: number }>(
      `SELECT count(*)::int AS due FROM act_ru_job j
        WHERE j.process_instance_id_ = ANY($1::text[]) AND j.retries_ > 0 AND j.suspension_state_ = ${ACTIVE}
          AND (j.duedate_ IS NULL OR j.duedate_ <= ($2::timestamptz AT TIME ZONE 'UTC'))`,
      [processInstanceKeys, now.toISOString()],
    );
    return row.due;
  }

  /** The external-task log (ACT_HI_EXT_TASK_LOG, history level full): STATE_ 0 created, 1 failed, 2 successful, 3 deleted. */
  async jobLog(processInstanceKeys: string[]): Promise<JobLogEntry[]> {
    const rows = await this.db.rows<{ element_id: string; job_key: string; process_instance_key: string; state: number; timestamp: Date; type: string; worker: string | null }>(
      `SELECT ext_task_id_ AS job_key, act_id_ AS element_id, proc_inst_id_ AS process_instance_key, state_ AS state, timestamp_ AS timestamp,
              topic_name_ AS type, worker_id_ AS worker
         FROM act_hi_ext_task_log WHERE proc_inst_id_ = ANY($1::text[]) ORDER BY timestamp_, id_`,
      [processInstanceKeys],
    );
    return rows.map((row) => ({
      elementId: row.element_id,
      jobKey: row.job_key,
      processInstanceKey: row.process_instance_key,
      state: JOB_LOG_STATES[row.state] ?? 'CREATED',
      timestamp: iso(row.timestamp),
      type: row.type,
      worker: row.state === 1 || row.state === 2 ? row.worker : null,
    }));
  }
}

const JOB_LOG_STATES: Record<number, JobLogEntry['state']> = { 0: 'CREATED', 1: 'FAILED', 2: 'COMPLETED', 3: 'DELETED' };
