import { containsExpression, dialectAttribute, EXTERNAL_TASK_ELEMENT_TYPES, EXTERNAL_TASK_TYPE, implementationTypeOf, isA, isExternalTask, qualified } from '../../../engine/dialect';
import { ModelCatalog } from '../model-catalog';
import { hasId, LintRule, listOf } from './lint-rule';

/** The rules that hold a model to the names this service knows: task types, messages, errors, escalations. */
export function catalogRules(catalog: ModelCatalog): Record<string, LintRule> {
  return {
    'known-errors': () => ({
      check(node, reporter) {
        if (isA(node, 'bpmn:Error') && !catalog.errors.has(node.errorCode ?? '')) {
          reporter.report(node.id, `Error code "${node.errorCode ?? ''}" is not one of the known codes (${listOf(catalog.errors)})`);
        }
      },
    }),
    'known-escalations': () => ({
      check(node, reporter) {
        if (isA(node, 'bpmn:Escalation') && !catalog.escalations.has(node.escalationCode ?? '')) {
          reporter.report(node.id, `Escalation code "${node.escalationCode ?? ''}" is not one of the known codes (${listOf(catalog.escalations)})`);
        }
      },
    }),
    'known-messages': () => ({
      check(node, reporter) {
        if (isA(node, 'bpmn:Message') && !catalog.messages.has(node.name ?? '')) {
          reporter.report(node.id, `Message "${node.name ?? ''}" is not one of the known messages (${listOf(catalog.messages)})`);
        }
      },
    }),
    'known-task-types': () => ({
      check(node, reporter) {
        if (!EXTERNAL_TASK_ELEMENT_TYPES.some((type) => isA(node, type))) return;
        const topic = dialectAttribute(node, 'topic')?.trim();
        if (!isExternalTask(node)) {
          const found = implementationTypeOf(node);
          reporter.report(
            node.id,
            `A service task must be an external task (${qualified('type')}="${EXTERNAL_TASK_TYPE}") whose ${qualified('topic')} is a task type with a worker${found ? `, not ${qualified('type')}="${found}"` : ''}`,
          );
        } else if (!topic) reporter.report(node.id, `An external task needs a ${qualified('topic')}: the task type a worker of this service fetches`);
        else if (containsExpression(topic)) reporter.report(node.id, `The topic "${topic}" is computed; it must name a task type with a worker`);
        else if (!catalog.taskTypes.has(topic)) reporter.report(node.id, `Task type "${topic}" has no worker in this service`);
      },
    }),
    'message-reference': () => ({
      check(node, reporter) {
        if (!hasId(node)) return;
        const waits = isA(node, 'bpmn:ReceiveTask') || isA(node, 'bpmn:CatchEvent');
        const definitions = isA(node, 'bpmn:ReceiveTask') ? [node] : (node.eventDefinitions ?? []).filter((definition: { $type: string }) => definition.$type === 'bpmn:MessageEventDefinition');
        if (waits && definitions.some((definition: { messageRef?: unknown }) => !definition.messageRef)) {
          reporter.report(node.id, 'An element that waits for a message must name the message (messageRef)');
        }
      },
    }),
  };
}
