import { dialectExtension, type ModdleElement } from './dialect-moddle';

/**
 * One input or output parameter (`camunda:inputParameter` / `camunda:outputParameter`). Its value is
 * text (literal text or an expression), a list or map of values, or a script.
 */
export interface IoParameter {
  direction: 'input' | 'output';
  kind: 'list' | 'map' | 'none' | 'script' | 'text';
  /** The variable it sets: local to the activity (input) or in the enclosing scope (output). */
  name: string;
  /** Every text the engine evaluates for it (the value, or the list items and map values). */
  texts: string[];
}

/** The input and output parameters of an activity or event, in document order. */
export function ioParametersOf(element: ModdleElement): IoParameter[] {
  const io = dialectExtension(element, 'InputOutput');
  if (!io) return [];
  return [
    ...(io.inputParameters ?? []).map((parameter: ModdleElement) => parameterOf(parameter, 'input')),
    ...(io.outputParameters ?? []).map((parameter: ModdleElement) => parameterOf(parameter, 'output')),
  ];
}

function parameterOf(parameter: ModdleElement, direction: IoParameter['direction']): IoParameter {
  const name = String(parameter.name ?? '');
  const definition = parameter.definition;
  if (!definition) return { direction, kind: typeof parameter.value === 'string' ? 'text' : 'none', name, texts: typeof parameter.value === 'string' ? [parameter.value] : [] };
  return { direction, kind: kindOf(definition), name, texts: textsOf(definition) };
}

function kindOf(definition: ModdleElement): IoParameter['kind'] {
  if (definition.$type === 'camunda:List') return 'list';
  if (definition.$type === 'camunda:Map') return 'map';
  if (definition.$type === 'camunda:Script') return 'script';
  return 'text';
}

function textsOf(definition: ModdleElement): string[] {
  if (!definition) return [];
  if (definition.$type === 'camunda:List') return (definition.items ?? []).flatMap(textsOf);
  if (definition.$type === 'camunda:Map') return (definition.entries ?? []).flatMap((entry: ModdleElement) => (entry.definition ? textsOf(entry.definition) : typeof entry.value === 'string' ? [entry.value] : []));
  if (definition.$type === 'camunda:Value') return typeof definition.value === 'string' ? [definition.value] : [];
  return [];
}
