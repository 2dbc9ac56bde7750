import { variableMappingsOf } from './call-activity';
import { dialectAttribute, type ModdleElement } from './dialect-moddle';
import { qualified } from './dialect-namespace';
import { expressionSlotsOf } from './expression-slots';
import { ioParametersOf } from './input-output';
import { variablesRead, variablesSetBy } from './juel-analysis';
import { elementVariableOf } from './multi-instance';

/** A variable an element names, and where: what the personal-data check reads. */
export interface NamedVariable {
  name: string;
  property: string;
}

const EVENT_NAME_ATTRIBUTES = ['errorCodeVariable', 'errorMessageVariable', 'escalationCodeVariable'];
const PLAIN_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * Every variable name an element reads or writes: parameter names, call-activity sources and targets,
 * the multi-instance collection and element variable, result and error variables, names set by
 * listeners (`execution.setVariable('name', ...)`) and every variable an expression of it reads.
 */
export function variableNamesOf(element: ModdleElement): NamedVariable[] {
  const names: NamedVariable[] = [];
  const add = (property: string, name: unknown) => {
    if (typeof name === 'string' && name.trim()) names.push({ name: name.trim(), property });
  };
  for (const parameter of ioParametersOf(element)) add(qualified(parameter.direction === 'input' ? 'inputParameter' : 'outputParameter'), parameter.name);
  for (const mapping of variableMappingsOf(element)) {
    add(qualified(mapping.direction), mapping.source);
    add(qualified(mapping.direction), mapping.target);
  }
  const loop = element?.loopCharacteristics;
  if (loop) {
    add(qualified('elementVariable'), elementVariableOf(loop));
    // A collection may be the plain name of a variable instead of an expression.
    const collection = dialectAttribute(loop, 'collection')?.trim();
    if (collection && PLAIN_NAME.test(collection)) add(qualified('collection'), collection);
  }
  add(qualified('resultVariable'), dialectAttribute(element, 'resultVariable'));
  for (const definition of element?.eventDefinitions ?? []) for (const name of EVENT_NAME_ATTRIBUTES) add(qualified(name), dialectAttribute(definition, name));
  for (const slot of expressionSlotsOf(element)) {
    for (const name of variablesRead(slot.text)) add(slot.property, name);
    for (const name of variablesSetBy(slot.text)) add(slot.property, name);
  }
  return names;
}
