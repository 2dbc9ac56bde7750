/**
 * The BPMN boundary of JBT Orchestrator: every name the models in bpmn/ share with the service.
 * Plain TypeScript without framework imports, so the modeler, the linter, the workers and the tests
 * can all use it. bpmn/README.md describes the models element by element.
 */
export * from './enums';
export * from './errors';
export * from './escalations';
export * from './messages';
export * from './process-ids';
export * from './roles';
export * from './task-types';
export * from './user-tasks';
export * from './variables';
