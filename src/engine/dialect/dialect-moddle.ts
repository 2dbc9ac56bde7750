import camundaSchema from 'camunda-bpmn-moddle/resources/camunda.json';
import { DIALECT_PREFIX, qualified } from './dialect-namespace';

/**
 * The moddle schema of the dialect, for every reader and writer of models (the service's parser, the
 * modeler in the browser). bpmnlint's command line reads it from the same package
 * (`moddleExtensions` in bpmn/.bpmnlintrc names this path).
 */
export const DIALECT_MODDLE_SCHEMA = camundaSchema;
export const DIALECT_MODDLE_SCHEMA_PATH = 'camunda-bpmn-moddle/resources/camunda.json';
export const DIALECT_MODDLE_EXTENSIONS = { [DIALECT_PREFIX]: camundaSchema } as const;

/** A parsed BPMN element (bpmn-moddle); typed loosely because moddle's types are generated per schema. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type ModdleElement = any;

/** A dialect attribute of an element (`camunda:<name>`), or undefined. */
export function dialectAttribute(element: ModdleElement, localName: string): string | undefined {
  if (!element || typeof element.get !== 'function') return undefined;
  const value = element.get(qualified(localName));
  return value === undefined || value === null ? undefined : String(value);
}

/** The dialect's extension elements of a type (`InputOutput` for camunda:InputOutput) on an element. */
export function dialectExtensions(element: ModdleElement, localType: string): ModdleElement[] {
  const type = qualified(localType);
  return (element?.extensionElements?.values ?? []).filter((value: ModdleElement) => value?.$type === type);
}

export function dialectExtension(element: ModdleElement, localType: string): ModdleElement | undefined {
  return dialectExtensions(element, localType)[0];
}

/** Whether a moddle element is (or extends) a type, such as 'bpmn:UserTask'. */
export function isA(element: ModdleElement, type: string): boolean {
  return typeof element?.$instanceOf === 'function' && element.$instanceOf(type);
}
