/**
 * The engine's BPMN dialect (Camunda 7, as Operaton reads it) in one place: its namespace and moddle
 * schema, how a model names task types, roles, due dates and forms, how expressions are written and
 * read, variable mappings, listeners, the history time to live, and what would run code in the
 * engine. Plain TypeScript without Node or framework imports, so the service's parser, linter,
 * deployment guard and building blocks, and the modeler in the browser, all ask this module; a change
 * of dialect touches it alone.
 */
export * from './call-activity';
export * from './dialect-moddle';
export * from './dialect-namespace';
export * from './dialect-text';
export * from './engine-code';
export * from './engine-context';
export * from './engine-temporal';
export * from './expression-slots';
export * from './external-task';
export * from './foreign-extensions';
export * from './history-time-to-live';
export * from './input-output';
export * from './juel-analysis';
export * from './juel-ast';
export * from './juel-expression';
export * from './juel-parser';
export * from './listeners';
export * from './multi-instance';
export * from './user-task';
export * from './variable-names';
