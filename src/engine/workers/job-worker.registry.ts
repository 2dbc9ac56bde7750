import { hostname } from 'node:os';
import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { EnvironmentDto } from '../../config/environment.dto';
import { EngineJob, JobOutcome, WorkerHandle } from '../engine.types';
import { ProcessEngine } from '../process-engine.port';
import { JOB_WORKER, JobWorkerMetadata } from './job-worker.decorator';
import { BpmnError, JobWorkerHandler } from './job-worker.handler';
import { JobInputError } from './job-variables';

/**
 * Default lock time of a job. The adapter extends the lock while a handler runs, so this only bounds
 * how long a job waits for another worker after its worker died.
 */
const DEFAULT_TIMEOUT_MS = 15_000;
/** First retry after 2 s, then 4 s, 8 s...: a passing fault heals, a lasting one becomes an incident. */
const BASE_BACKOFF_MS = 2_000;

/**
 * Finds every @JobWorker provider at start and fetches its jobs from the engine (when RUN_WORKERS
 * is on). It turns a worker's return value into a completion, a BpmnError into a BPMN error, invalid
 * variables into an incident at once, and any other failure into a retry with backoff.
 */
@Injectable()
export class JobWorkerRegistry implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('JobWorkers');
  private readonly handles: WorkerHandle[] = [];

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly engine: ProcessEngine,
    private readonly env: EnvironmentDto,
  ) {}

  /** Every registered task type with its worker, for the start log and the catalog test. */
  registeredWorkers(): { metadata: JobWorkerMetadata; instance: JobWorkerHandler }[] {
    return this.discovery
      .getProviders()
      .filter((wrapper) => wrapper.metatype && wrapper.instance && Reflect.getMetadata(JOB_WORKER, wrapper.metatype))
      .map((wrapper) => ({ instance: wrapper.instance as JobWorkerHandler, metadata: Reflect.getMetadata(JOB_WORKER, wrapper.metatype!) as JobWorkerMetadata }));
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.env.RUN_WORKERS) return;
    const workers = this.registeredWorkers();
    const workerName = `jbt-${hostname()}-${process.pid}`;
    for (const { instance, metadata } of workers) {
      const handle = await this.engine.createWorker(
        { fetchVariables: [...metadata.fetchVariables], timeoutMs: metadata.timeoutMs ?? DEFAULT_TIMEOUT_MS, type: metadata.type, workerName },
        (job) => this.run(instance, metadata, job),
      );
      this.handles.push(handle);
    }
    this.logger.log(`Fetching jobs for ${workers.length} task types`);
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all(this.handles.splice(0).map((handle) => handle.close()));
  }

  async run(worker: JobWorkerHandler, metadata: JobWorkerMetadata, job: EngineJob): Promise<JobOutcome> {
    try {
      const variables = (await worker.handle(job)) ?? {};
      return { kind: 'complete', variables };
    } catch (error) {
      if (error instanceof BpmnError) {
        return { errorCode: error.errorCode, kind: 'bpmn-error', message: error.message, variables: error.variables };
      }
      const message = error instanceof Error ? error.message : String(error);
      if (error instanceof JobInputError) {
        this.logger.error(`${metadata.type} job ${job.key}: ${message}`);
        return { kind: 'fail', message, retries: 0, retryBackoffMs: 0 };
      }
      const retries = Math.max(job.retries - 1, 0);
      this.logger.warn(`${metadata.type} job ${job.key} failed (${retries} retries left): ${message}`);
      return { kind: 'fail', message: `${metadata.type}: ${message}`, retries, retryBackoffMs: BASE_BACKOFF_MS * 2 ** Math.max(0, 3 - job.retries) };
    }
  }
}
