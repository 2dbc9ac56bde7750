import { EngineUserTask, EngineVariables } from '../../../../src/engine/engine.types';
import {
  ALLOWED_ESCALATION_RESOLUTIONS, DEADLINE_CONTRACTS, DeadlineKind, ENUM_VARIABLE_VALUES, ErrorCode, EscalationReason, EscalationResolution, TASK_CONTRACTS,
  TaskType, userTaskByElementId, VariableName,
} from '../../../../src/engine/process-catalog';

/**
 * The stand-ins keep to the same contracts as the real workers and the task list: a job returns only
 * what TASK_CONTRACTS lists (per deadline kind for jbt.deadline.compute) and throws only its errors; a
 * user task is completed only with the variables USER_TASKS names; enum values are known values.
 * A scenario that breaks a contract fails instead of proving a path no real worker could take.
 */
export function checkOutputs(type: TaskType, outputs: EngineVariables, deadlineKind?: unknown): void {
  const allowed: readonly string[] = type === TaskType.DeadlineCompute && deadlineKind
    ? DEADLINE_CONTRACTS[deadlineKind as DeadlineKind].outputs
    : TASK_CONTRACTS[type].outputs;
  checkNames(`${type} outputs`, outputs, allowed);
}

export function checkError(type: TaskType, errorCode: ErrorCode): void {
  if (!TASK_CONTRACTS[type].errors.includes(errorCode)) throw new Error(`${type} may not throw ${errorCode} (TASK_CONTRACTS)`);
}

export function checkTaskAnswer(elementId: string, variables: EngineVariables): void {
  const definition = userTaskByElementId(elementId);
  if (!definition) throw new Error(`${elementId} is not in USER_TASKS`);
  checkNames(`completion of ${elementId}`, variables, definition.completion);
}

/** The municipal contact may only choose what the service accepts for the reason of the escalation. */
export function checkResolution(reason: unknown, resolution: unknown): void {
  const allowed = ALLOWED_ESCALATION_RESOLUTIONS[reason as EscalationReason];
  if (!allowed?.includes(resolution as EscalationResolution)) throw new Error(`${String(resolution)} is not allowed for an escalation because of ${String(reason)}`);
}

/** The engine's user task carries what USER_TASKS promises the task list: role, form and a due date. */
export function checkUserTask(task: EngineUserTask): void {
  const definition = userTaskByElementId(task.elementId);
  if (!definition) throw new Error(`${task.elementId} is not in USER_TASKS`);
  const problems: string[] = [];
  if (task.bpmnProcessId !== definition.processId) problems.push(`process ${task.bpmnProcessId}, expected ${definition.processId}`);
  if (JSON.stringify(task.candidateGroups) !== JSON.stringify([definition.candidateGroup])) problems.push(`candidate groups ${task.candidateGroups.join(',')}, expected ${definition.candidateGroup}`);
  if (task.formKey !== definition.formKey) problems.push(`form ${task.formKey}, expected ${definition.formKey}`);
  if (!task.dueDate) problems.push(`no due date (expected from ${definition.dueDateVariable})`);
  if (problems.length > 0) throw new Error(`User task ${task.elementId}: ${problems.join('; ')}`);
}

function checkNames(what: string, variables: EngineVariables, allowed: readonly string[]): void {
  const unknown = Object.keys(variables).filter((name) => !allowed.includes(name));
  if (unknown.length > 0) throw new Error(`${what} may not set ${unknown.join(', ')} (allowed: ${allowed.join(', ')})`);
  for (const [name, value] of Object.entries(variables)) {
    const values = ENUM_VARIABLE_VALUES[name as VariableName];
    if (!values || value === null) continue;
    for (const item of Array.isArray(value) ? value : [value]) {
      if (!values.includes(String(item))) throw new Error(`${what}: ${name} = ${String(item)} is not one of ${values.join(', ')}`);
    }
  }
}
