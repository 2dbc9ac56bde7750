import {
  Deployment,
  DeploymentResource,
  EngineHealth,
  EngineVariables,
  JobHandler,
  JobWorkerOptions,
  MessageCorrelation,
  StartedInstance,
  WorkerHandle,
} from './engine.types';

/**
 * The commands the service gives the process engine, and the job workers it runs (design.md, decision
 * 2). What the engine has done is read through ProcessHistory; moving the clock is EngineClock's, for
 * tests only. The Operaton adapter (src/engine/operaton) implements all three on the engine's REST API;
 * unit tests may substitute a fake, and test/integration/engine-contract.test.ts is the contract every
 * adapter must pass on a real engine.
 */
export abstract class ProcessEngine {
  /** Deploys all resources as one deployment: the engine takes all of them or none. */
  abstract deploy(resources: DeploymentResource[]): Promise<Deployment>;
  /**
   * Starts the newest version of a process, or the given version. A business key (the case id) names
   * the instance for ProcessHistory's `businessKey` filter, so that a start whose answer was lost can be
   * found again instead of being made twice; the engine does not make it unique.
   */
  abstract createInstance(bpmnProcessId: string, variables: EngineVariables, version?: number, businessKey?: string): Promise<StartedInstance>;
  /** Ends a running instance and everything it called; fails with NotFound when it is not running. */
  abstract cancelInstance(processInstanceKey: string, reason?: string): Promise<void>;

  /**
   * Delivers a message to the instance waiting for it and says which one; fails with NotFound when no
   * instance waits for it now. The engine keeps nothing for later (see MessageCorrelation).
   */
  abstract correlateMessage(message: MessageCorrelation): Promise<{ processInstanceKey: string }>;

  /** Streams the jobs of one task type to `handler` until the handle is closed. */
  abstract createWorker(options: JobWorkerOptions, handler: JobHandler): Promise<WorkerHandle>;
  /** Gives a failed job retries again, which resolves its incident. */
  abstract retryJob(jobKey: string, retries: number): Promise<void>;

  abstract assignUserTask(userTaskKey: string, assignee: string | null): Promise<void>;
  abstract completeUserTask(userTaskKey: string, variables: EngineVariables): Promise<void>;

  abstract health(): Promise<EngineHealth>;
  abstract close(): Promise<void>;
}
