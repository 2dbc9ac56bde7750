import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { LintProblem } from '../lint/lint-problem';
import { ModelDiff } from '../versions/model-diff';
import type { WorkerAnswer, WorkerRequest } from './analysis-worker';
import type { AnalysisRequest, ValidationReport } from './model-analysis';

/** Longer than any real model takes (well under a second); a file that takes longer is refused. */
export const ANALYSIS_TIMEOUT_MS = 20_000;
/** Heap of the worker: enough for the largest model allowed, not enough to starve the service. */
const WORKER_HEAP_MB = 384;

interface Pending {
  reject(error: Error): void;
  resolve(value: unknown): void;
  timer: NodeJS.Timeout;
}

/** The analysis could not finish (timeout, or the worker died): the model is refused, the service stays up. */
export class AnalysisFailedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AnalysisFailedError';
  }
}

/**
 * Runs model analysis (parse, lint, guard, diff) in one worker thread, started on first use and
 * restarted after a timeout or crash. Besides keeping the event loop free, the thread loads the
 * bpmn-io packages with Node's own module loader, which also serves the ES modules among them.
 */
@Injectable()
export class ModelAnalyzer implements OnModuleDestroy {
  private readonly logger = new Logger('ModelAnalyzer');
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private worker?: Worker;

  analyse(request: AnalysisRequest): Promise<ValidationReport> {
    return this.send({ id: this.nextId++, op: 'analyse', request }) as Promise<ValidationReport>;
  }

  /** The model as the engine receives it (see canonicalXml). */
  canonical(xml: string): Promise<string> {
    return this.send({ id: this.nextId++, op: 'canonical', xml }) as Promise<string>;
  }

  diff(older: string, newer: string): Promise<ModelDiff | { problems: LintProblem[]; unreadable: 'older' | 'newer' }> {
    return this.send({ id: this.nextId++, newer, older, op: 'diff' }) as Promise<ModelDiff | { problems: LintProblem[]; unreadable: 'older' | 'newer' }>;
  }

  async onModuleDestroy(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    this.failAll(new AnalysisFailedError('The service is stopping'));
    await worker?.terminate();
  }

  private send(message: WorkerRequest): Promise<unknown> {
    const worker = this.ensureWorker();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.logger.warn(`Model analysis took longer than ${ANALYSIS_TIMEOUT_MS} ms; restarting the worker`);
        this.restart(new AnalysisFailedError(`Checking the model took longer than ${ANALYSIS_TIMEOUT_MS / 1000} s`));
      }, ANALYSIS_TIMEOUT_MS);
      this.pending.set(message.id, { reject, resolve, timer });
      worker.postMessage(message);
    });
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = startWorker();
    worker.on('message', (answer: WorkerAnswer) => {
      const pending = this.pending.get(answer.id);
      if (!pending) return;
      this.pending.delete(answer.id);
      clearTimeout(pending.timer);
      if ('error' in answer) pending.reject(new AnalysisFailedError(answer.error));
      else pending.resolve(answer.result);
    });
    worker.on('error', (error) => {
      this.logger.warn(`The model analysis worker failed: ${error.message}`);
      this.restart(new AnalysisFailedError(`Checking the model failed: ${error.message}`));
    });
    worker.on('exit', () => {
      if (this.worker === worker) this.restart(new AnalysisFailedError('The model analysis worker stopped'));
    });
    worker.unref();
    this.worker = worker;
    return worker;
  }

  /** Ends the current worker and fails what it had; the next request starts a new one. */
  private restart(error: Error): void {
    const worker = this.worker;
    this.worker = undefined;
    this.failAll(error);
    void worker?.terminate();
  }

  private failAll(error: Error): void {
    for (const [id, pending] of this.pending) {
      clearTimeout(pending.timer);
      pending.reject(error);
      this.pending.delete(id);
    }
  }
}

/**
 * The compiled worker in dist/; from the TypeScript sources (tests, tsx) the worker first registers
 * tsx's loader, so that it can require the .ts files it is made of.
 */
function startWorker(): Worker {
  const resourceLimits = { maxOldGenerationSizeMb: WORKER_HEAP_MB };
  const compiled = join(__dirname, 'analysis-worker.js');
  if (existsSync(compiled)) return new Worker(compiled, { resourceLimits });
  const source = join(__dirname, 'analysis-worker.ts');
  const loader = require.resolve('tsx/cjs');
  return new Worker(`require(${JSON.stringify(loader)}); require(${JSON.stringify(source)});`, { eval: true, resourceLimits });
}
