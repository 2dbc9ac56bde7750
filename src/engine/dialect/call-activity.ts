import { dialectExtensions, type ModdleElement } from './dialect-moddle';
import { BUSINESS_KEY_PROPERTY, EXECUTION } from './engine-context';
import { expressionOf } from './juel-expression';

/**
 * One variable mapping of a call activity: `camunda:in` copies from the caller into the called
 * process when it starts, `camunda:out` from the called process into the caller when it ends. Only
 * mapped variables cross (Zeebe's propagateAll...="false"); a `source` that is not set maps null.
 */
export interface VariableMapping {
  /** `camunda:in businessKey="..."`: passes the business key, not a variable. */
  businessKey?: string;
  direction: 'in' | 'out';
  local: boolean;
  source?: string;
  sourceExpression?: string;
  target?: string;
  /** `variables="all"` copies every variable: the mapping is no longer the interface. */
  variables?: string;
}

/** The business key mapping every call activity carries, so a case's child instances share its key. */
export const PASS_BUSINESS_KEY = expressionOf(`${EXECUTION}.${BUSINESS_KEY_PROPERTY}`);

/** The process a call activity calls (`calledElement`), as written (it may be an expression). */
export function calledProcessOf(element: ModdleElement): string | undefined {
  const called = element?.calledElement;
  return typeof called === 'string' && called.trim() ? called.trim() : undefined;
}

export function variableMappingsOf(element: ModdleElement): VariableMapping[] {
  const mappings: VariableMapping[] = [];
  for (const direction of ['in', 'out'] as const) {
    for (const mapping of dialectExtensions(element, direction === 'in' ? 'In' : 'Out')) {
      mappings.push({
        businessKey: mapping.businessKey ?? undefined,
        direction,
        local: mapping.local === true,
        source: mapping.source ?? undefined,
        sourceExpression: mapping.sourceExpression ?? undefined,
        target: mapping.target ?? undefined,
        variables: mapping.variables ?? undefined,
      });
    }
  }
  return mappings;
}
