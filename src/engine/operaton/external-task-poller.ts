import { Logger } from '@nestjs/common';
import { EngineErrorCode, EngineError } from '../engine.errors';
import { EngineJob, JobHandler, JobOutcome, JobWorkerOptions, WorkerHandle } from '../engine.types';
import { call, EngineRest, RestSchemas } from './engine-rest.client';
import { fromEngineValues, toEngineValues } from './operaton-variables';
import { OutputMappings } from './output-mappings';

type LockedTask = RestSchemas['LockedExternalTaskDto'];

/** Retries a job starts with; the models set none, so the worker's failures count down from here. */
export const DEFAULT_RETRIES = 3;
/** How many jobs one process works on at once, over all topics and nodes. */
const CAPACITY = 8;
/** How long a fetch waits on the engine for a job to appear (long polling). */
const LONG_POLL_MS = 10_000;
/** Subscriptions made within this moment of each other share the first fetch. */
const SETTLE_MS = 25;
/** A topic no model uses: polling it withdraws a worker's earlier long poll. */
const PARKED_TOPIC = '__jbt_worker_closed__';

interface Subscription {
  handler: JobHandler;
  options: JobWorkerOptions;
}

/**
 * The job workers on Operaton: external tasks fetched by topic with long polling, one fetch loop per
 * engine node for all topics at once (a node wakes only the long polls it holds itself, so every node
 * is polled). Each job's lock is extended while its handler runs, and the outcome is reported as a
 * completion, a BPMN error or a failure with retries and back-off. A report the engine refuses because
 * the job is gone (completed after its lock expired, or its instance ended) is dropped: the effect
 * happened once, the exactly-once row says so (src/workers/support/exactly-once.service.ts).
 */
export class ExternalTaskPoller {
  private readonly logger = new Logger('ExternalTasks');
  private readonly subscriptions = new Map<string, Subscription>();
  private readonly loops: NodeLoop[];
  private inFlight = 0;
  private readonly slotWaiters: (() => void)[] = [];
  private readonly running = new Set<Promise<void>>();
  private closed = false;
  private settleTimer?: NodeJS.Timeout;

  constructor(
    nodes: EngineRest[],
    private readonly outputs: OutputMappings,
    readonly workerId: string,
  ) {
    this.loops = nodes.map((rest, index) => new NodeLoop(this, rest, index));
  }

  subscribe(options: JobWorkerOptions, handler: JobHandler): WorkerHandle {
    if (this.closed) throw new Error('The job workers are closed');
    this.subscriptions.set(options.type, { handler, options });
    this.restartSoon();
    return {
      close: async () => {
        this.subscriptions.delete(options.type);
        this.restartSoon();
      },
    };
  }

  /** Stops fetching, and waits for the jobs in hand to be reported. */
  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.settleTimer);
    await Promise.all(this.loops.map((loop) => loop.stop()));
    await Promise.allSettled([...this.running]);
  }

  topics(lockScale = 1): RestSchemas['FetchExternalTaskTopicDto'][] {
    return [...this.subscriptions.values()].map(({ options }) => ({
      deserializeValues: false,
      lockDuration: Math.round(options.timeoutMs * lockScale),
      localVariables: false,
      topicName: options.type,
      variables: options.fetchVariables,
    }));
  }

  get isClosed(): boolean {
    return this.closed;
  }

  freeSlots(): number {
    return CAPACITY - this.inFlight;
  }

  /** Resolves when at least one slot is free. */
  async slotFree(): Promise<void> {
    if (this.freeSlots() > 0) return;
    await new Promise<void>((resolve) => this.slotWaiters.push(resolve));
  }

  /** Runs one fetched job in the background; its slot frees when its outcome is reported. */
  dispatch(rest: EngineRest, task: LockedTask): void {
    const subscription = this.subscriptions.get(task.topicName ?? '');
    this.inFlight++;
    const work = this.work(rest, task, subscription).finally(() => {
      this.inFlight--;
      this.running.delete(work);
      this.slotWaiters.splice(0).forEach((resolve) => resolve());
    });
    this.running.add(work);
  }

  /** Fetches again now: a job was given retries, which the engine does not announce to waiting polls. */
  fetchAgain(): void {
    this.loops.forEach((loop) => loop.restartAfter(0));
  }

  private restartSoon(): void {
    clearTimeout(this.settleTimer);
    this.settleTimer = setTimeout(() => this.loops.forEach((loop) => loop.restart()), SETTLE_MS);
  }

  private async work(rest: EngineRest, task: LockedTask, subscription: Subscription | undefined): Promise<void> {
    const id = task.id!;
    if (!subscription) {
      // Fetched just before its worker closed: hand it back at once instead of letting the lock run out.
      await this.report(id, () => rest.POST('/external-task/{id}/unlock', { params: { path: { id } } })).catch(() => undefined);
      return;
    }
    const job = toJob(task, this.workerId);
    const lockMs = subscription.options.timeoutMs;
    const heartbeat = setInterval(() => void this.extendLock(rest, id, lockMs), Math.max(1000, lockMs / 2));
    let outcome: JobOutcome;
    try {
      outcome = await subscription.handler(job);
    } catch (error) {
      outcome = { kind: 'fail', message: (error as Error).message, retries: Math.max(job.retries - 1, 0), retryBackoffMs: 2000 };
    } finally {
      clearInterval(heartbeat);
    }
    await this.reportOutcome(rest, task, job, outcome).catch((error) => this.logger.warn(`Reporting job ${id} (${job.type}) failed: ${(error as Error).message}`));
  }

  private async reportOutcome(rest: EngineRest, task: LockedTask, job: EngineJob, outcome: JobOutcome): Promise<void> {
    const id = job.key;
    const path = { params: { path: { id } } };
    if (outcome.kind === 'complete') {
      const variables = toEngineValues(outcome.variables ?? {});
      const local = await this.outputs.hasOutputs(task.processDefinitionId!, task.activityId!);
      const body = local ? { localVariables: variables, workerId: this.workerId } : { variables, workerId: this.workerId };
      return this.report(id, () => rest.POST('/external-task/{id}/complete', { ...path, body }));
    }
    if (outcome.kind === 'bpmn-error') {
      const body = { errorCode: outcome.errorCode, errorMessage: outcome.message, variables: toEngineValues(outcome.variables ?? {}), workerId: this.workerId };
      return this.report(id, () => rest.POST('/external-task/{id}/bpmnError', { ...path, body }));
    }
    const body = { errorDetails: outcome.message, errorMessage: outcome.message.slice(0, 600), retries: outcome.retries, retryTimeout: outcome.retryBackoffMs, workerId: this.workerId };
    await this.report(id, () => rest.POST('/external-task/{id}/failure', { ...path, body }));
    if (outcome.retries > 0) this.loops.forEach((loop) => loop.restartAfter(outcome.retryBackoffMs));
  }

  /** Sends one report; a job that is gone (done elsewhere, instance ended) needs none. */
  private async report<T>(id: string, request: () => Promise<{ data?: T; error?: unknown; response: Response }>): Promise<void> {
    try {
      await call(`Report job ${id}`, request);
    } catch (error) {
      if (error instanceof EngineError && error.code === EngineErrorCode.NotFound) {
        this.logger.debug(`Job ${id} was already reported or is gone; dropping the late answer`);
        return;
      }
      throw error;
    }
  }

  private async extendLock(rest: EngineRest, id: string, lockMs: number): Promise<void> {
    try {
      await call(`Extend the lock of job ${id}`, () => rest.POST('/external-task/{id}/extendLock', { body: { newDuration: lockMs, workerId: this.workerId }, params: { path: { id } } }));
    } catch (error) {
      this.logger.warn((error as Error).message);
    }
  }
}

/** The fetch loop of one engine node. */
class NodeLoop {
  private controller?: AbortController;
  private active = false;
  private stopped = false;
  /** A poll was abandoned here and may still wait on the engine: withdraw it before the next. */
  private abandoned = false;
  private failures = 0;
  private retryTimer?: NodeJS.Timeout;

  constructor(
    private readonly poller: ExternalTaskPoller,
    private readonly rest: EngineRest,
    private readonly index: number,
  ) {}

  /** Starts the loop, or makes the running one fetch again with the current topics. */
  restart(): void {
    if (this.stopped) return;
    if (this.active) {
      this.abandoned = this.controller !== undefined;
      this.controller?.abort();
      return;
    }
    this.active = true;
    void this.run().finally(() => (this.active = false));
  }

  /**
   * Fetches again once `delayMs` have passed: a job failed with a back-off becomes fetchable then,
   * and the engine does not wake a waiting poll for it (it looks again only when the poll times out).
   */
  restartAfter(delayMs: number): void {
    clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(() => this.restart(), delayMs + 50);
    this.retryTimer.unref();
  }

  /** Ends the loop, leaving no poll waiting on the engine. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retryTimer);
    this.controller?.abort();
    if (this.active) await this.withdraw();
  }

  /**
   * Aborting a request does not end it on the engine, which would still lock the next job for this
   * worker and hold it, unworked, until the lock runs out. The engine keeps one waiting poll per
   * worker (unique-worker-request), so a short poll on a topic nobody uses replaces the abandoned one.
   */
  private async withdraw(): Promise<void> {
    this.abandoned = false;
    await call('Withdraw the long poll', () =>
      this.rest.POST('/external-task/fetchAndLock', {
        body: { asyncResponseTimeout: 1, maxTasks: 1, topics: [{ lockDuration: 1000, topicName: PARKED_TOPIC }], workerId: this.poller.workerId },
        signal: AbortSignal.timeout(3000),
      }),
    ).catch(() => undefined);
  }

  private async run(): Promise<void> {
    const logger = new Logger('ExternalTasks');
    while (!this.stopped && !this.poller.isClosed) {
      const topics = this.poller.topics();
      if (topics.length === 0) return;
      await this.poller.slotFree();
      if (this.stopped) return;
      if (this.abandoned) await this.withdraw();
      this.controller = new AbortController();
      try {
        const tasks = await call('Fetch jobs', () =>
          this.rest.POST('/external-task/fetchAndLock', {
            body: { asyncResponseTimeout: LONG_POLL_MS, maxTasks: this.poller.freeSlots(), topics, usePriority: true, workerId: this.poller.workerId },
            signal: this.controller!.signal,
          }),
        );
        if (this.failures > 0) logger.log(`Engine node ${this.index + 1} answers again`);
        this.failures = 0;
        for (const task of tasks ?? []) this.poller.dispatch(this.rest, task);
      } catch (error) {
        if (this.controller.signal.aborted) continue;
        this.failures++;
        if (this.failures === 1) logger.warn(`Fetching jobs from engine node ${this.index + 1} failed, retrying: ${(error as Error).message}`);
        await new Promise((resolve) => setTimeout(resolve, Math.min(10_000, 500 * 2 ** Math.min(this.failures, 5))));
      } finally {
        this.controller = undefined;
      }
    }
  }
}

function toJob(task: LockedTask, worker: string): EngineJob {
  return {
    bpmnProcessId: task.processDefinitionKey ?? '',
    deadline: isoDate(task.lockExpirationTime),
    elementId: task.activityId ?? '',
    elementInstanceKey: task.activityInstanceId ?? task.id!,
    key: task.id!,
    processDefinitionKey: task.processDefinitionId ?? '',
    processInstanceKey: task.processInstanceId ?? '',
    retries: task.retries ?? DEFAULT_RETRIES,
    type: task.topicName ?? '',
    variables: fromEngineValues(task.variables as Record<string, RestSchemas['VariableValueDto']>),
    worker,
  };
}

/** The engine writes offsets without a colon (+0000); JavaScript and the port speak ISO 8601 proper. */
export function isoDate(engineDate: string | null | undefined): string {
  return engineDate ? new Date(engineDate.replace(/([+-]\d{2})(\d{2})$/, '$1:$2')).toISOString() : '';
}
