import { TASK_CONTRACTS, TaskType } from '../../engine/process-catalog';
import { BpmnError } from '../../engine/workers/job-worker.handler';
import { DomainError } from '../../errors/domain-error';

/**
 * Runs a worker's call and turns the domain errors that its task type's contract lists as BPMN
 * errors (TASK_CONTRACTS[type].errors) into BpmnError, so the model can branch on them. Every other
 * failure stays what it is: a technical failure with retries, then an incident (design.md §5.4).
 */
export async function withBusinessOutcomes<T>(type: TaskType, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    const codes: readonly string[] = TASK_CONTRACTS[type].errors;
    if (error instanceof DomainError && codes.includes(error.code)) throw new BpmnError(error.code, error.message);
    throw error;
  }
}
