import { EngineVariables } from '../../engine/engine.types';
import { ALL_USER_TASKS, ENUM_VARIABLE_VALUES, VARIABLE_KINDS, VariableKind, VariableName } from '../../engine/process-catalog';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

/** A form that would send the engine something it must not hold: a bug, never the user's doing. */
export class EngineVariableViolation extends Error {}

function fits(kind: VariableKind, name: VariableName, value: unknown): boolean {
  const values = ENUM_VARIABLE_VALUES[name];
  switch (kind) {
    case 'boolean':
      return typeof value === 'boolean';
    case 'count':
      return typeof value === 'number' && Number.isInteger(value) && value >= 0;
    case 'enum':
      return typeof value === 'string' && (!values || values.includes(value));
    case 'enum[]':
      return Array.isArray(value) && value.every((item) => typeof item === 'string' && (!values || values.includes(item)));
    case 'isoDateTime':
      return typeof value === 'string' && ISO_DATE_TIME.test(value);
    case 'uuid':
      return typeof value === 'string' && UUID.test(value);
    case 'uuid[]':
      return Array.isArray(value) && value.every((item) => typeof item === 'string' && UUID.test(item));
  }
}

/**
 * The last check before a completion reaches the engine (design.md decision 3): every variable is
 * one the models know, of its kind (an id, an enum value, a date-time, a boolean or a count: free
 * text cannot pass), and, for a user task of the catalog, one its completion may set.
 */
export function guardCompletionVariables(formKey: string, variables: EngineVariables): void {
  const definition = ALL_USER_TASKS.find((task) => task.formKey === formKey);
  for (const [name, value] of Object.entries(variables)) {
    const kind = (VARIABLE_KINDS as Record<string, VariableKind>)[name];
    if (!kind) throw new EngineVariableViolation(`Form ${formKey} sets ${name}, which no model knows`);
    if (definition && !(definition.completion as readonly string[]).includes(name)) throw new EngineVariableViolation(`Form ${formKey} sets ${name}, which ${definition.elementId} does not complete with`);
    if (!fits(kind, name as VariableName, value)) throw new EngineVariableViolation(`Form ${formKey} sets ${name} to a value that is not a ${kind}`);
  }
}
