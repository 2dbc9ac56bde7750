/**
 * Names the engine puts into every expression's context. They are objects of the engine, not process
 * variables: `execution` (the current execution), `task` (in task listeners), `authenticatedUserId`.
 */
export const ENGINE_CONTEXT_NAMES: ReadonlySet<string> = new Set(['authenticatedUserId', 'execution', 'task']);

/** The object every expression of an execution listener can reach. */
export const EXECUTION = 'execution';

/** The methods of `execution` that set a variable: the only calls a model needs (boundary events). */
export const SET_VARIABLE_METHODS: ReadonlySet<string> = new Set(['setVariable', 'setVariableLocal']);

/** The one property of `execution` a model reads: the business key, passed on to called processes. */
export const BUSINESS_KEY_PROPERTY = 'processBusinessKey';
