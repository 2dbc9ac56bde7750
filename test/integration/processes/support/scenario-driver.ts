import { EngineJob, EngineUserTask, JobOutcome, WorkerHandle } from '../../../../src/engine/engine.types';
import { PendingTimer } from '../../../../src/engine/engine-monitoring.types';
import { ALL_TASK_TYPES, ProcessId, TASK_CONTRACTS, TaskType } from '../../../../src/engine/process-catalog';
import { readModelFiles } from '../../../../src/models/bpmn-directory';
import { modelDirectory } from '../../../support/case-process';
import { TestApp } from '../../../support/test-app';
import { CaseRun, CaseScript } from './case-run';
import { ENTRY_START } from './stand-ins';

/** Moves the engine clock forward and returns the engine's new time. */
export type MoveClock = (milliseconds: number) => Promise<Date>;

/**
 * How long a stand-in worker keeps a job locked. Short: the stand-ins answer at once, and a lock that a
 * closed stand-in left behind (its last long poll can still take a job after the file ended) holds the
 * next file's first job no longer than this.
 */
const JOB_TIMEOUT_MS = 15_000;
/** A job of a case this file did not start is handed back untouched for a day of engine time. */
const FOREIGN_JOB_BACKOFF_MS = 24 * 60 * 60 * 1000;

/**
 * Runs cases of the real models in bpmn/ on the real engine for one test file: deploys the models
 * once, stands in for every worker (one subscription per task type, answers looked up by the job's
 * caseId so that parallel cases never mix), follows the engine's user tasks, and gives each test a
 * CaseRun that drives its case to the end.
 */
export class ScenarioDriver {
  private readonly runs = new Map<string, CaseRun>();
  private readonly userTasks = new Map<string, EngineUserTask>();
  /** The order in which the driver first saw each task: the engine's ids say nothing of age. */
  private readonly taskOrder = new Map<string, number>();
  private cursor: string | null = null;
  private workers: WorkerHandle[] = [];

  private constructor(
    readonly subject: TestApp,
    readonly moveClock: MoveClock,
  ) {}

  /** Deploys bpmn/ as one deployment (the latest version of every model is then the file's) and opens the stand-in workers. */
  static async start(subject: TestApp, moveClock: MoveClock): Promise<ScenarioDriver> {
    const driver = new ScenarioDriver(subject, moveClock);
    try {
      const files = readModelFiles(modelDirectory());
      await subject.engine.deploy(files.map((file) => ({ content: file.content, name: file.resourceName })));
      await driver.refreshUserTasks();
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
    for (const worker of this.workers.splice(0)) await worker.close();
    // The run shares one engine: a case left waiting would fire its timers in the files after this
    // one, once they move the clock, and keep the engine's job executor busy with jobs nobody serves.
    for (const run of this.runs.values()) {
      if (run.rootKey) await this.subject.engine.cancelInstance(run.rootKey, 'process test ended').catch(() => undefined);
    }
    this.runs.clear();
  }

  /** Open user tasks (created or assigned) of one case, oldest first, as the engine's history shows them. */
  async openUserTasks(rootKey: string): Promise<EngineUserTask[]> {
    await this.refreshUserTasks();
    return [...this.userTasks.values()]
      .filter((task) => task.rootProcessInstanceKey === rootKey && (task.state === 'CREATED' || task.state === 'ASSIGNED'))
      .sort((a, b) => this.taskOrder.get(a.key)! - this.taskOrder.get(b.key)!);
  }

  /** The earliest timer the engine has scheduled in these process instances. */
  async nextTimer(processInstanceKeys: string[]): Promise<PendingTimer | undefined> {
    return (await this.subject.history.pendingTimers(processInstanceKeys))[0];
  }

  /** Whether a timer is still waiting to fire. */
  async timerPending(timer: PendingTimer): Promise<boolean> {
    return (await this.subject.history.pendingTimers([timer.processInstanceKey])).some((pending) => pending.key === timer.key);
  }

  /**
   * Whether the engine has nothing of its own left to do in these instances: no timer or continuation
   * that is due and not yet executed. The engine writes its history in the transaction of each step,
   * so with nothing due the history shows the present.
   */
  async engineIdle(processInstanceKeys: string[]): Promise<boolean> {
    return (await this.subject.history.dueJobs(await this.engineTime(), processInstanceKeys)) === 0;
  }

  /** The engine's time. */
  engineTime(): Promise<Date> {
    return this.subject.clock.now();
  }

  private async refreshUserTasks(): Promise<void> {
    for (;;) {
      const page = await this.subject.history.userTaskChanges(this.cursor, 500);
      for (const task of page.tasks) {
        this.userTasks.set(task.key, task);
        if (!this.taskOrder.has(task.key)) this.taskOrder.set(task.key, this.taskOrder.size);
      }
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

/** The engine's time when it handed out the job: its lock's end less the lock the worker asked for. */
function engineTimeOf(job: EngineJob): Date {
  return new Date(Date.parse(job.deadline) - JOB_TIMEOUT_MS);
}
