import { EngineJob, EngineVariables } from '../engine.types';

/** A worker's answer: the output variables (ids, enums, dates, booleans, counts) to merge. */
export type JobResult = EngineVariables | void;

export interface JobWorkerHandler {
  handle(job: EngineJob): Promise<JobResult>;
}

/**
 * A business outcome the model branches on (e.g. no free slot, a withdrawn referral). Thrown by a
 * worker, it becomes a BPMN error with this code; anything else thrown is a technical failure.
 */
export class BpmnError extends Error {
  constructor(
    readonly errorCode: string,
    message: string,
    readonly variables: EngineVariables = {},
  ) {
    super(message);
    this.name = 'BpmnError';
  }
}
