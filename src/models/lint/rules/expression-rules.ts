import {
  BUSINESS_KEY_PROPERTY, EXECUTION, ExpressionSlot, expressionSlotsOf, functionsCalled, isA, isSingleExpression, looksLikeFeel, memberAccessesOf,
  MemberAccess, ModdleElement, readExpression, SET_VARIABLE_METHODS,
} from '../../../engine/dialect';
import { hasId, LintRule } from './lint-rule';
import { invalidTemporalLiterals, temporalValues } from './temporal-literals';

/**
 * What an expression may touch. Reading variables, comparing and combining them is all a model
 * needs; a member access or a method call could reach any object of the engine (and its Spring
 * beans) and run code there. The exceptions: a listener sets a variable through
 * `execution.setVariable('name', value)` (how a boundary event sets what it means), and a call
 * activity passes `execution.processBusinessKey` on.
 */
function allowed(access: MemberAccess, slot: ExpressionSlot): boolean {
  if (access.receiver !== EXECUTION) return false;
  if (!access.call) return access.name === BUSINESS_KEY_PROPERTY;
  const first = access.args[0];
  return slot.role === 'listener' && SET_VARIABLE_METHODS.has(access.name ?? '') && access.args.length === 2 && first.kind === 'literal' && typeof first.value === 'string';
}

function expressionProblems(slot: ExpressionSlot): string[] {
  if (looksLikeFeel(slot.text)) return [`${slot.property}: "${slot.text.trim()}" is FEEL; the engine reads JUEL, e.g. \${...}`];
  const reading = readExpression(slot.text);
  if (reading.error) return [`${slot.property}: "${slot.text.trim()}" is not a valid JUEL expression: ${reading.error}`];
  if (slot.role === 'condition' && !isSingleExpression(slot.text)) return [`${slot.property}: a condition must be one expression \${...} that yields true or false`];
  const problems: string[] = [];
  const members = memberAccessesOf(slot.text)
    .filter((access) => !allowed(access, slot))
    .map((access) => `${access.receiver}${access.name ? `.${access.name}` : '[...]'}${access.call ? '(...)' : ''}`);
  if (members.length > 0) {
    const list = [...new Set(members)].reverse().map((member) => `"${member}"`).join(', ');
    problems.push(`${slot.property}: ${list} reach into objects; an expression may only read variables (a listener may call ${EXECUTION}.setVariable), so that no model runs code in the engine`);
  }
  for (const name of functionsCalled(slot.text)) problems.push(`${slot.property}: the function ${name}() is not available to models`);
  return problems;
}

/** The rules on expressions, timers and dates. */
export function expressionRules(): Record<string, LintRule> {
  return {
    'expression-language': () => ({
      check(node, reporter) {
        if (!hasId(node)) return;
        for (const slot of expressionSlotsOf(node)) for (const problem of expressionProblems(slot)) reporter.report(node.id, problem);
      },
    }),
    'temporal-values': () => ({
      check(node, reporter) {
        if (!hasId(node)) return;
        for (const { kind, property, value } of temporalValues(node)) {
          for (const problem of invalidTemporalLiterals(value, kind)) reporter.report(node.id, `${property}: ${problem}`);
        }
      },
    }),
    timer: () => ({
      check(node, reporter) {
        if (!isA(node, 'bpmn:Event')) return;
        for (const definition of node.eventDefinitions ?? []) {
          if (!isA(definition, 'bpmn:TimerEventDefinition')) continue;
          const set = ['timeDate', 'timeDuration', 'timeCycle'].filter((property) => typeof definition[property]?.body === 'string' && definition[property].body.trim());
          if (set.length === 0) reporter.report(node.id, 'A timer needs a date (timeDate), a duration (timeDuration) or a cycle (timeCycle)');
          if (set.length > 1) reporter.report(node.id, `A timer takes one of date, duration or cycle, not ${set.join(' and ')}`);
          if (set.includes('timeCycle') && !repeats(node)) reporter.report(node.id, 'A cycle repeats only on a start event or a non-interrupting boundary event; here the timer would fire once');
        }
      },
    }),
  };
}

function repeats(event: ModdleElement): boolean {
  return isA(event, 'bpmn:StartEvent') || (isA(event, 'bpmn:BoundaryEvent') && event.cancelActivity === false);
}
