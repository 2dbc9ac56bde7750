import type { ModdleElement } from '../../../engine/dialect';

/** What bpmnlint hands a rule to report a problem on an element. */
export interface Reporter {
  report(id: string, message: string): void;
}

/** A bpmnlint rule: called once per node of the parsed model. */
export type LintRule = () => { check(node: ModdleElement, reporter: Reporter): void };

/** The elements a rule reports on: those with an id (extension elements and expressions have none). */
export function hasId(node: ModdleElement): boolean {
  return typeof node?.id === 'string' && node.id.length > 0;
}

/** A sorted, comma-separated list for messages. */
export function listOf(values: Iterable<string>): string {
  return [...values].sort().join(', ');
}
