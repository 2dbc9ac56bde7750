import { Client } from 'pg';
import { EngineJob, EngineUserTask, JobOutcome, WorkerHandle } from '../../../../src/engine/engine.types';
import { ALL_TASK_TYPES, ProcessId, TASK_CONTRACTS, TaskType } from '../../../../src/engine/process-catalog';
import { readModelFiles } from '../../../../src/models/bpmn-directory';
import { modelDirectory } from '../../../support/case-process';
import { eventually } from '../../../support/eventually';
import { TestApp } from '../../../support/test-app';
import { harnessInfo } from '../../../support/test-environment';
import { CaseRun, CaseScript, compareKeys } from './case-run';
import { ENTRY_START } from './stand-ins';

/** Moves the engine clock forward and returns the engine's new time. */
export type MoveClock = (milliseconds: number) => Promise<Date>;

/** A timer the engine has scheduled and not yet triggered. */
export interface PendingTimer {
  dueDate: Date;
  elementId: string;
  key: string;
}

/** How long a stand-in worker keeps a job locked; only a clock move while a job is in hand could exceed it, and the driver never does that. */
const JOB_TIMEOUT_MS = 60_000;
/** A job of a case this file did not start is handed back untouched for a day of engine time. */
const FOREIGN_JOB_BACKOFF_MS = 24 * 60 * 60 * 1000;
/** How long an unexported tail of the log must stay unchanged to count as records the exporter filters out. */
const STABLE_TAIL_MS = 100;

/**
 * Runs cases of the real models in bpmn/ on the real broker for one test file: deploys the models
 * once, stands in for every worker (one job stream per task type, answers looked up by the job's
 * caseId so that parallel cases never mix), follows the engine's user tasks, and gives each test a
 * CaseRun that drives its case to the end.
 */
export class ScenarioDriver {
  private readonly history: Client;
  private readonly runs = new Map<string, CaseRun>();
  private readonly userTasks = new Map<string, EngineUserTask>();
  private cursor: string | null = null;
  private lastPositions?: { committed: number; exported: number; since: number };
  private workers: WorkerHandle[] = [];

  private constructor(
    readonly subject: TestApp,
    readonly moveClock: MoveClock,
  ) {
    this.history = new Client({ connectionString: harnessInfo().engineHistoryUrl });
  }

  /** Deploys bpmn/ as one deployment (the latest version of every model is then the file's) and opens the stand-in workers. */
  static async start(subject: TestApp, moveClock: MoveClock): Promise<ScenarioDriver> {
    const driver = new ScenarioDriver(subject, moveClock);
    try {
      await driver.history.connect();
      const files = readModelFiles(modelDirectory());
      await subject.engine.deploy(files.map((file) => ({ content: file.content, name: file.resourceName })));
      // On a fresh broker the exporter creates its tables with its first record.
      await eventually(() => driver.refreshUserTasks().then(() => true), Boolean, 'the engine history to be written');
      for (const type of ALL_TASK_TYPES) {
        driver.workers.push(
          await subject.engine.createWorker(
            { fetchVariables: [...TASK_CONTRACTS[type].inputs], timeoutMs: JOB_TIMEOUT_MS, type, workerName: 'process-test-stand-in' },
            (job) => driver.handle(type, job),
          ),
        );
      }
      return driver;
    } catch (error) {
      await driver.close();
      throw error;
    }
  }

  /** Starts an entry process with the service's start variables (overridable) and the scenario's answers. */
  async startCase(processId: typeof ProcessId.Referral | typeof ProcessId.OtsClosureReview, script: CaseScript = {}): Promise<CaseRun> {
    const now = await this.engineTime();
    const start = ENTRY_START[processId](now, script.start ?? {});
    const caseId = String(start.caseId);
    const run = new CaseRun(this, processId, start, script);
    this.runs.set(caseId, run);
    const instance = await this.subject.engine.createInstance(processId, start);
    run.rootKey = instance.processInstanceKey;
    return run;
  }

  async close(): Promise<void> {
    // The SDK reports each job stream it cancels as an error on the console; cancelling is what we asked for.
    const { error, info } = console;
    console.error = console.info = () => undefined;
    try {
      for (const worker of this.workers.splice(0)) await worker.close();
      // The cancelled streams report back a moment later.
      await new Promise((resolve) => setTimeout(resolve, 200));
    } finally {
      Object.assign(console, { error, info });
    }
    await this.history.end().catch(() => undefined);
  }

  /** Open user tasks (created or assigned) of one case, oldest first, as the engine's history shows them. */
  async openUserTasks(rootKey: string): Promise<EngineUserTask[]> {
    await this.refreshUserTasks();
    return [...this.userTasks.values()]
      .filter((task) => task.rootProcessInstanceKey === rootKey && (task.state === 'CREATED' || task.state === 'ASSIGNED'))
      .sort((a, b) => compareKeys(a.key, b.key));
  }

  /** The earliest timer the engine has scheduled in these process instances. */
  async nextTimer(processInstanceKeys: string[]): Promise<PendingTimer | undefined> {
    const { rows } = await this.history.query<{ due_date: Date; element_id: string; key: string }>(
      `SELECT key::text, element_id, due_date FROM zeebe_timer
        WHERE state = 'CREATED' AND process_instance_key = ANY($1::bigint[]) ORDER BY due_date, key LIMIT 1`,
      [processInstanceKeys],
    );
    return rows[0] ? { dueDate: rows[0].due_date, elementId: rows[0].element_id, key: rows[0].key } : undefined;
  }

  /** The last log position at which a subscription of these instances to this message changed (0 if none). */
  async subscriptionPosition(processInstanceKeys: string[], messageName: string, correlationKey: string): Promise<bigint> {
    const { rows } = await this.history.query<{ position: string | null }>(
      `SELECT max(position)::text AS position FROM zeebe_message_subscription
        WHERE process_instance_key = ANY($1::bigint[]) AND message_name = $2 AND correlation_key = $3`,
      [processInstanceKeys, messageName, correlationKey],
    );
    return BigInt(rows[0]?.position ?? 0);
  }

  async timerState(key: string): Promise<string | undefined> {
    const { rows } = await this.history.query<{ state: string }>('SELECT state FROM zeebe_timer WHERE key = $1::bigint', [key]);
    return rows[0]?.state;
  }

  /**
   * Whether the history is complete: the exporter has passed every record in the log, so the history
   * shows the engine's present rather than a moment ago. Records the exporter filters out (clock,
   * message, deployment) do not move its position until the next exported record, so a log whose
   * tail has not changed for a moment counts as complete too. Commands still waiting in the log are
   * no concern: the engine answers the driver's own commands only after processing them, and the
   * driver waits for the effect of what happens later (a correlated message, a triggered timer).
   */
  async historyComplete(): Promise<boolean> {
    const positions = await this.logPositions();
    if (positions.exported >= positions.committed) return true;
    const previous = this.lastPositions;
    if (previous?.committed === positions.committed && previous.exported === positions.exported) return Date.now() - previous.since >= STABLE_TAIL_MS;
    this.lastPositions = { ...positions, since: Date.now() };
    return false;
  }

  /** The engine's time, read without writing to the log. */
  async engineTime(): Promise<Date> {
    const response = await fetch(`${harnessInfo().zeebe.managementAddress}/actuator/clock`);
    return new Date(((await response.json()) as { epochMilli: number }).epochMilli);
  }

  /** The broker's own figures (Prometheus on the management port): the log's last committed position and the exporter's. */
  private async logPositions(): Promise<{ committed: number; exported: number }> {
    const text = await (await fetch(`${harnessInfo().zeebe.managementAddress}/actuator/prometheus`)).text();
    const gauge = (pattern: RegExp) => Math.min(...[...text.matchAll(pattern)].map((match) => Number(match[1])));
    return {
      committed: gauge(/^zeebe_log_appender_last_committed_position\{[^}]*\} (\S+)$/gm),
      exported: gauge(/^zeebe_exporter_last_exported_position\{[^}]*exporter="jbt"[^}]*\} (\S+)$/gm),
    };
  }

  private async refreshUserTasks(): Promise<void> {
    for (;;) {
      const page = await this.subject.engine.userTaskChanges(this.cursor, 500);
      for (const task of page.tasks) this.userTasks.set(task.key, task);
      this.cursor = page.cursor;
      if (page.tasks.length < 500) return;
    }
  }

  private async handle(type: TaskType, job: EngineJob): Promise<JobOutcome> {
    const run = this.runs.get(String(job.variables.caseId));
    if (!run) {
      // Another test file's case: not ours to move on.
      return { kind: 'fail', message: 'Not a case of this process test', retries: job.retries, retryBackoffMs: FOREIGN_JOB_BACKOFF_MS };
    }
    return run.answerJob(type, job, engineTimeOf(job));
  }
}

/** The engine's time when it handed out the job: its deadline less the lock the worker asked for. */
function engineTimeOf(job: EngineJob): Date {
  const deadline = /^\d+$/.test(job.deadline) ? Number(job.deadline) : Date.parse(job.deadline);
  return new Date(deadline - JOB_TIMEOUT_MS);
}
