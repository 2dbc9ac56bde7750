import { dialectExtensions, type ModdleElement } from './dialect-moddle';
import { EXECUTION } from './engine-context';
import { expressionOf, stringLiteral } from './juel-expression';

/** An execution or task listener: what the engine runs on an element's events besides its behaviour. */
export interface Listener {
  class?: string;
  delegateExpression?: string;
  event?: string;
  expression?: string;
  kind: 'execution' | 'task';
  /** A script in the listener (`camunda:script`), with its format and resource. */
  script?: { format?: string; resource?: string; text?: string };
}

export function listenersOf(element: ModdleElement): Listener[] {
  const read = (kind: Listener['kind']) => (listener: ModdleElement): Listener => ({
    class: listener.class ?? undefined,
    delegateExpression: listener.delegateExpression ?? undefined,
    event: listener.event ?? undefined,
    expression: listener.expression ?? undefined,
    kind,
    script: listener.script ? { format: listener.script.scriptFormat, resource: listener.script.resource, text: listener.script.value } : undefined,
  });
  return [...dialectExtensions(element, 'ExecutionListener').map(read('execution')), ...dialectExtensions(element, 'TaskListener').map(read('task'))];
}

/**
 * The expression of an end listener setting one variable: how a boundary event sets what it means
 * (Operaton refuses input/output mappings on boundary events). `value` is a JUEL body: `null`, or a
 * string literal made with stringLiteral().
 */
export function setVariableExpression(name: string, value: string): string {
  return expressionOf(`${EXECUTION}.setVariable(${stringLiteral(name)}, ${value})`);
}
