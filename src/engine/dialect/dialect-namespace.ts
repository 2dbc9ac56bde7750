/**
 * The namespace of the engine's BPMN dialect. Operaton reads the Camunda 7 extensions under their own
 * namespace as well as under Operaton's; the tools (bpmn-js, its properties panel, bpmnlint's
 * camunda-compat rules, camunda-bpmn-moddle) know only the Camunda one, so the models use it.
 */
export const DIALECT_PREFIX = 'camunda';
export const DIALECT_NAMESPACE_URI = 'http://camunda.org/schema/1.0/bpmn';

/**
 * What a model tells tools about its dialect (`modeler:executionPlatform` on the definitions): the
 * Camunda 7 line whose REST API and BPMN dialect Operaton 1.0 implements.
 */
export const MODELER_NAMESPACE_URI = 'http://camunda.org/schema/modeler/1.0';
export const EXECUTION_PLATFORM = 'Camunda Platform';
export const EXECUTION_PLATFORM_VERSION = '7.24.0';

/** The dialect the models were written in before (Zeebe, Camunda 8): refused, never half-read. */
export const ZEEBE_NAMESPACE_URI = 'http://camunda.org/schema/zeebe/1.0';
export const ZEEBE_EXECUTION_PLATFORM = 'Camunda Cloud';

/** Namespaces whose elements and attributes carry meaning the engine reads: BPMN itself and the dialect. */
export const ENGINE_NAMESPACE_URIS: readonly string[] = ['http://www.omg.org/spec/BPMN/20100524/MODEL', DIALECT_NAMESPACE_URI];

/** `topic` → `camunda:topic`: the name of a dialect attribute or element as it stands in the XML. */
export function qualified(localName: string): string {
  return `${DIALECT_PREFIX}:${localName}`;
}
