import { calledProcessOf, containsExpression, isA, ModdleElement } from '../../engine/dialect';
import { LintProblem } from '../lint/lint-problem';

export interface GuardContext {
  /** Process ids this service knows: shipped in bpmn/, saved in the modeler, or deployed. */
  knownProcesses: ReadonlySet<string>;
  /** The model the file is saved or deployed as. */
  processId: string;
}

const error = (rule: string, elementId: string, message: string): LintProblem => ({ category: 'error', elementId, message, rule });

/**
 * The checks that depend on where a file goes rather than on the file alone: it must hold the
 * executable process of the model it is saved as (one file, one process, named as the file), and
 * every call activity must call a process this service knows.
 */
export function guardDeployment(definitions: ModdleElement, context: GuardContext): LintProblem[] {
  const problems: LintProblem[] = [];
  const processes: ModdleElement[] = (definitions.rootElements ?? []).filter((element: ModdleElement) => isA(element, 'bpmn:Process'));
  const executable = processes.filter((process) => process.isExecutable);
  const own = processes.find((process) => process.id === context.processId);
  if (!own) {
    const found = processes.map((process) => process.id).join(', ') || 'none';
    problems.push(error('jbt/process-id', definitions.id ?? 'definitions', `The file must contain the process "${context.processId}" (found: ${found})`));
  } else if (!own.isExecutable) {
    problems.push(error('jbt/process-id', own.id, `Process "${own.id}" must be executable (isExecutable="true")`));
  }
  for (const other of executable.filter((process) => process.id !== context.processId)) {
    problems.push(error('jbt/process-id', other.id, `A model file holds one executable process; "${other.id}" belongs in a model of its own`));
  }
  const inFile = new Set(processes.map((process) => process.id));
  for (const process of processes) visitCallActivities(process, (activity) => problems.push(...checkCall(activity, context, inFile)));
  return problems;
}

function visitCallActivities(container: ModdleElement, visit: (activity: ModdleElement) => void): void {
  for (const element of container.flowElements ?? []) {
    if (isA(element, 'bpmn:CallActivity')) visit(element);
    if (element.flowElements) visitCallActivities(element, visit);
  }
}

function checkCall(activity: ModdleElement, context: GuardContext, inFile: Set<string>): LintProblem[] {
  const called = calledProcessOf(activity);
  if (!called) return [error('jbt/called-process', activity.id, 'A call activity must name the process it calls (calledElement)')];
  if (containsExpression(called)) {
    return [{ category: 'warn', elementId: activity.id, message: `The called process is computed (${called}); the guard cannot check it exists`, rule: 'jbt/called-process' }];
  }
  if (context.knownProcesses.has(called) || inFile.has(called)) return [];
  return [error('jbt/called-process', activity.id, `Calls process "${called}", which this service does not know`)];
}
