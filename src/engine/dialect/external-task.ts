import { dialectAttribute, type ModdleElement } from './dialect-moddle';
import { qualified } from './dialect-namespace';

/**
 * How a model hands work to the service: an external task (`camunda:type="external"`) whose topic is
 * the task type a worker fetches. The engine runs none of our code itself.
 */
export const EXTERNAL_TASK_TYPE = 'external';

/** The element types that may be external tasks (Camunda's "service task like" elements). */
export const EXTERNAL_TASK_ELEMENT_TYPES = ['bpmn:BusinessRuleTask', 'bpmn:SendTask', 'bpmn:ServiceTask'] as const;

/** The attributes that make an element the external task of a topic. */
export function externalTaskAttributes(topic: string): Record<string, string> {
  return { [qualified('type')]: EXTERNAL_TASK_TYPE, [qualified('topic')]: topic };
}

/** The topic of an external task, undefined when the element is not one or names none. */
export function topicOf(element: ModdleElement): string | undefined {
  if (!isExternalTask(element)) return undefined;
  const topic = dialectAttribute(element, 'topic')?.trim();
  return topic ? topic : undefined;
}

export function isExternalTask(element: ModdleElement): boolean {
  return dialectAttribute(element, 'type') === EXTERNAL_TASK_TYPE;
}

/** The implementation type an element names (`external`, or `shell`/`mail` of old connectors). */
export function implementationTypeOf(element: ModdleElement): string | undefined {
  return dialectAttribute(element, 'type');
}
