import type { ModdleElement } from '../bpmn-parser';
import { extension, isA } from './extension-elements';
import { iso8601, TemporalKind } from './iso8601';

const KIND_LABEL: Record<TemporalKind, string> = { cycle: 'cycle', date: 'date', dateTime: 'date-time', duration: 'duration' };

/** FEEL's temporal constructors and the ISO 8601 kind their string argument must be. */
const CONSTRUCTORS: [RegExp, TemporalKind][] = [
  [/\bdate and time\s*\(\s*"([^"]*)"\s*\)/g, 'dateTime'],
  [/\bduration\s*\(\s*"([^"]*)"\s*\)/g, 'duration'],
  [/\bdate\s*\(\s*"([^"]*)"\s*\)/g, 'date'],
];

/** The timer and schedule values of an element, each with the ISO 8601 kind the engine expects. */
export function temporalValues(node: ModdleElement): { kind: TemporalKind; property: string; value: string }[] {
  const values: { kind: TemporalKind; property: string; value: string }[] = [];
  if (isA(node, 'bpmn:Event')) {
    for (const definition of node.eventDefinitions ?? []) {
      if (!isA(definition, 'bpmn:TimerEventDefinition')) continue;
      if (definition.timeDate?.body) values.push({ kind: 'dateTime', property: 'timeDate', value: definition.timeDate.body });
      if (definition.timeDuration?.body) values.push({ kind: 'duration', property: 'timeDuration', value: definition.timeDuration.body });
      if (definition.timeCycle?.body) values.push({ kind: 'cycle', property: 'timeCycle', value: definition.timeCycle.body });
    }
  }
  const schedule = extension(node, 'zeebe:TaskSchedule');
  if (schedule?.dueDate) values.push({ kind: 'dateTime', property: 'dueDate', value: schedule.dueDate });
  if (schedule?.followUpDate) values.push({ kind: 'dateTime', property: 'followUpDate', value: schedule.followUpDate });
  return values;
}

/**
 * The invalid ISO 8601 literals inside a FEEL expression. The camunda-compat rules check plain ISO
 * values and FEEL syntax, but a syntactically fine `=duration("P3X")` or `="tomorrow"` would only fail
 * in the engine, as an incident on a running case.
 */
export function invalidTemporalLiterals(value: string, kind: TemporalKind): string[] {
  const text = value.trim();
  if (!text.startsWith('=')) return [];
  const expression = text.slice(1).trim();
  const problems: string[] = [];
  const whole = /^"([^"]*)"$/.exec(expression);
  if (whole && !iso8601[kind](whole[1])) problems.push(`"${whole[1]}" is not an ISO 8601 ${KIND_LABEL[kind]}`);
  for (const [pattern, literalKind] of CONSTRUCTORS) {
    for (const match of expression.matchAll(pattern)) {
      if (!iso8601[literalKind](match[1])) problems.push(`"${match[1]}" is not an ISO 8601 ${KIND_LABEL[literalKind]}`);
    }
  }
  for (const match of expression.matchAll(/@"([^"]*)"/g)) {
    if (!iso8601.dateTime(match[1]) && !iso8601.date(match[1]) && !iso8601.duration(match[1])) problems.push(`@"${match[1]}" is not an ISO 8601 value`);
  }
  return problems;
}
