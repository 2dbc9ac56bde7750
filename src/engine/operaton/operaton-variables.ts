import { EngineVariables } from '../engine.types';
import type { RestSchemas } from './engine-rest.client';

type VariableValue = RestSchemas['VariableValueDto'];

/** Lists travel as JSON objects of this type; the engine's JsonListSerializer stores and checks them. */
const LIST = { objectTypeName: 'java.util.ArrayList', serializationDataFormat: 'application/json' } as const;

/** The port's variables as the engine's typed values: strings, whole and decimal numbers, booleans, null, lists. */
export function toEngineValues(variables: EngineVariables): Record<string, VariableValue> {
  return Object.fromEntries(Object.entries(variables).map(([name, value]) => [name, toEngineValue(value)]));
}

function toEngineValue(value: EngineVariables[string]): VariableValue {
  if (value === null) return { type: 'Null', value: null };
  if (Array.isArray(value)) return { type: 'Object', value: JSON.stringify(value), valueInfo: { ...LIST } };
  if (typeof value === 'boolean') return { type: 'Boolean', value };
  if (typeof value === 'number') {
    if (!Number.isInteger(value)) return { type: 'Double', value };
    return { type: Math.abs(value) <= 2_147_483_647 ? 'Integer' : 'Long', value };
  }
  return { type: 'String', value };
}

/** The engine's typed values as plain JavaScript values; JSON lists are parsed, other objects stay out. */
export function fromEngineValues(values: Record<string, VariableValue> | null | undefined): Record<string, unknown> {
  const plain: Record<string, unknown> = {};
  for (const [name, variable] of Object.entries(values ?? {})) {
    if (variable.type === 'Object') {
      const info = variable.valueInfo as { serializationDataFormat?: string } | undefined;
      if (info?.serializationDataFormat === LIST.serializationDataFormat && typeof variable.value === 'string') plain[name] = JSON.parse(variable.value);
      continue;
    }
    plain[name] = variable.value ?? null;
  }
  return plain;
}
