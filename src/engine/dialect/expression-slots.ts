import { calledProcessOf, variableMappingsOf } from './call-activity';
import { dialectAttribute, isA, type ModdleElement } from './dialect-moddle';
import { qualified } from './dialect-namespace';
import { ioParametersOf } from './input-output';
import { listenersOf } from './listeners';
import { collectionOf } from './multi-instance';

/**
 * One value of an element that the engine evaluates as an expression (JUEL in literal text):
 * `condition` must yield a boolean and so be one expression; `timer`, `date` must yield ISO 8601
 * text or a date; `listener` is run for its effect; `value` yields any value.
 */
export interface ExpressionSlot {
  property: string;
  role: 'condition' | 'date' | 'listener' | 'timer' | 'value';
  text: string;
}

const USER_TASK_ATTRIBUTES: [string, ExpressionSlot['role']][] = [
  ['assignee', 'value'], ['candidateGroups', 'value'], ['candidateUsers', 'value'], ['dueDate', 'date'], ['followUpDate', 'date'], ['formKey', 'value'], ['priority', 'value'],
];
const TIMER_VALUES = ['timeCycle', 'timeDate', 'timeDuration'];

/**
 * Every expression of one element (not of the elements it contains): conditions, timers, user task
 * attributes, input/output parameters, call activity mappings and the called process, listener
 * expressions, multi-instance collection and conditions, external task topics and message names.
 */
export function expressionSlotsOf(element: ModdleElement): ExpressionSlot[] {
  const slots: ExpressionSlot[] = [];
  const add = (property: string, role: ExpressionSlot['role'], text: unknown) => {
    if (typeof text === 'string' && text.trim()) slots.push({ property, role, text });
  };
  if (isA(element, 'bpmn:SequenceFlow')) add('conditionExpression', 'condition', element.conditionExpression?.body);
  if (isA(element, 'bpmn:UserTask')) for (const [name, role] of USER_TASK_ATTRIBUTES) add(qualified(name), role, dialectAttribute(element, name));
  if (isA(element, 'bpmn:CallActivity')) add('calledElement', 'value', calledProcessOf(element));
  if (isA(element, 'bpmn:Message') || isA(element, 'bpmn:Signal')) add('name', 'value', element.name);
  add(qualified('topic'), 'value', dialectAttribute(element, 'topic'));
  for (const definition of element?.eventDefinitions ?? []) {
    for (const name of TIMER_VALUES) add(name, 'timer', definition[name]?.body);
    add('condition', 'condition', definition.condition?.body);
  }
  const loop = element?.loopCharacteristics;
  if (loop) {
    add(qualified('collection'), 'value', collectionOf(loop));
    add('loopCardinality', 'value', loop.loopCardinality?.body);
    add('completionCondition', 'condition', loop.completionCondition?.body);
  }
  if (isA(element, 'bpmn:Activity')) add('completionCondition', 'condition', element.completionCondition?.body);
  for (const parameter of ioParametersOf(element)) {
    for (const text of parameter.texts) add(`${qualified(parameter.direction === 'input' ? 'inputParameter' : 'outputParameter')} ${parameter.name}`, 'value', text);
  }
  for (const mapping of variableMappingsOf(element)) {
    add(`${qualified(mapping.direction)} ${mapping.target ?? ''}`.trim(), 'value', mapping.sourceExpression);
    add(`${qualified(mapping.direction)} businessKey`, 'value', mapping.businessKey);
  }
  for (const listener of listenersOf(element)) add(`${qualified(`${listener.kind}Listener`)}${listener.event ? ` (${listener.event})` : ''}`, 'listener', listener.expression);
  return slots;
}
