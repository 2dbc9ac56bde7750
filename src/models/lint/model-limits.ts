/**
 * The limits of a model file, kept apart from the parser so that the HTTP layer can use them without
 * loading the bpmn-io packages (they load in the analysis worker only).
 */

/** Larger than any real JBT model (they are 20-80 kB); protects the parser from hostile uploads. */
export const MAX_MODEL_BYTES = 2 * 1024 * 1024;
/** Element tags in the file, diagram included; a real model has a few thousand. */
export const MAX_MODEL_TAGS = 30_000;
/** Nesting depth of elements; real models stay below 20. Deeper files overflow the lint rules' stack. */
export const MAX_MODEL_DEPTH = 64;
/** Flow elements (tasks, events, gateways, flows) in all processes; real models have a few hundred. */
export const MAX_FLOW_ELEMENTS = 1_500;
