import {
  containsExpression, engineTemporal, expressionSlotsOf, isA, looksLikeFeel, ModdleElement, readExpression, resultLiteralsOf, TEMPORAL_KIND_LABEL,
  TemporalKind, TIMER_KINDS,
} from '../../../engine/dialect';

/** A timer or date value of an element, with the kind of value the engine needs there. */
export interface TemporalValue {
  kind: TemporalKind;
  property: string;
  value: string;
}

/** The timer values (date, duration, cycle) and the user task dates (due, follow-up) of an element. */
export function temporalValues(node: ModdleElement): TemporalValue[] {
  const values: TemporalValue[] = [];
  if (isA(node, 'bpmn:Event')) {
    for (const definition of node.eventDefinitions ?? []) {
      if (!isA(definition, 'bpmn:TimerEventDefinition')) continue;
      for (const [property, kind] of Object.entries(TIMER_KINDS)) {
        const body = definition[property]?.body;
        if (typeof body === 'string' && body.trim()) values.push({ kind, property, value: body });
      }
    }
  }
  for (const slot of expressionSlotsOf(node)) if (slot.role === 'date') values.push({ kind: 'date', property: slot.property, value: slot.text });
  return values;
}

/**
 * What the engine would fail on in a timer or date value: literal text that is not an ISO 8601 value
 * of the kind (or a cron cycle), or a string literal the expression evaluates to that is not one.
 * Both pass deployment and fail only when a case reaches the element, as an incident. Expressions
 * that compute the value (`${meetingAt}`) cannot be checked here; their syntax is another rule's.
 */
export function invalidTemporalLiterals(value: string, kind: TemporalKind): string[] {
  const text = value.trim();
  if (looksLikeFeel(text) || readExpression(text).error) return [];
  if (!containsExpression(text)) return engineTemporal[kind](text) ? [] : [`"${text}" is not an ISO 8601 ${TEMPORAL_KIND_LABEL[kind]}`];
  return resultLiteralsOf(text)
    .filter((literal) => !engineTemporal[kind](literal))
    .map((literal) => `'${literal}' is not an ISO 8601 ${TEMPORAL_KIND_LABEL[kind]}`);
}
