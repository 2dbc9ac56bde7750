import { dialectAttribute, dialectExtensions, isA, type ModdleElement } from './dialect-moddle';
import { qualified } from './dialect-namespace';
import { EXTERNAL_TASK_TYPE } from './external-task';
import { ioParametersOf } from './input-output';
import { listenersOf } from './listeners';

/** One place where a model would make the engine run code of its own choosing. */
export interface EngineCode {
  /** What the model names there, shortened (a class name, a script format, an expression). */
  detail: string;
  property: string;
}

const SERVICE_TASK_LIKE = ['bpmn:BusinessRuleTask', 'bpmn:SendTask', 'bpmn:ServiceTask', 'bpmn:MessageEventDefinition'];
const short = (text: string | undefined) => (text ?? '').trim().replace(/\s+/g, ' ').slice(0, 80);

/**
 * Every place where an element asks the engine to run code: a Java class or delegate (service task,
 * listener, call-activity variable mapping, form handler), an expression as a service task's
 * behaviour, an implementation type other than external (the old shell and mail connectors), a
 * connector, a script (script task, listener, parameter, script condition) or a script resource.
 * Only external tasks may run the service's code; the engine runs none.
 */
export function engineCodeOf(element: ModdleElement): EngineCode[] {
  const found: EngineCode[] = [];
  const add = (property: string, detail: string | undefined) => found.push({ detail: short(detail), property });
  const targets = [element, ...(element?.eventDefinitions ?? [])];
  for (const target of targets) {
    if (!SERVICE_TASK_LIKE.some((type) => isA(target, type))) continue;
    for (const name of ['class', 'delegateExpression', 'expression']) {
      const value = dialectAttribute(target, name);
      if (value) add(qualified(name), value);
    }
    const type = dialectAttribute(target, 'type');
    if (type && type !== EXTERNAL_TASK_TYPE) add(qualified('type'), type);
    if (dialectExtensions(target, 'Connector').length > 0) add(qualified('connector'), dialectExtensions(target, 'Connector')[0].connectorId);
  }
  if (isA(element, 'bpmn:ScriptTask')) add('scriptTask', element.scriptFormat ?? dialectAttribute(element, 'resource') ?? element.script);
  for (const name of ['variableMappingClass', 'variableMappingDelegateExpression', 'formHandlerClass']) {
    const value = dialectAttribute(element, name);
    if (value) add(qualified(name), value);
  }
  for (const listener of listenersOf(element)) {
    const property = `${qualified(listener.kind === 'task' ? 'taskListener' : 'executionListener')}${listener.event ? ` (${listener.event})` : ''}`;
    if (listener.class) add(property, listener.class);
    if (listener.delegateExpression) add(property, listener.delegateExpression);
    if (listener.script) add(property, `script ${listener.script.format ?? ''} ${listener.script.resource ?? ''}`);
  }
  for (const parameter of ioParametersOf(element)) {
    if (parameter.kind === 'script') add(`${parameter.direction === 'input' ? qualified('inputParameter') : qualified('outputParameter')} ${parameter.name}`, 'script');
  }
  for (const expression of formalExpressionsOf(element)) {
    if (expression.language) add('language', `${expression.language} script`);
    const resource = dialectAttribute(expression, 'resource');
    if (resource) add(qualified('resource'), resource);
  }
  return found;
}

/** The formal expressions of an element: its condition, timer values, loop cardinality and completion condition. */
function formalExpressionsOf(element: ModdleElement): ModdleElement[] {
  const loop = element?.loopCharacteristics;
  return [
    element?.conditionExpression,
    element?.completionCondition,
    loop?.loopCardinality,
    loop?.completionCondition,
    ...(element?.eventDefinitions ?? []).flatMap((definition: ModdleElement) => [definition.timeDate, definition.timeDuration, definition.timeCycle, definition.condition]),
  ].filter(Boolean);
}
