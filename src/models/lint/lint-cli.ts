import { readModelFiles } from '../bpmn-directory';
import { ALL_TASK_TYPES } from '../../engine/process-catalog';
import { processCatalogNames } from '../catalog/process-catalog.source';
import { ModelCatalog } from './model-catalog';
import { lintModel } from './model-linter';

/**
 * `npm run lint:bpmn`: lints every model in bpmn/ with bpmnlint's recommended rules, camunda-compat
 * for the pinned engine and the JBT rules, against the process catalog; exits non-zero on any error.
 */
async function main(): Promise<number> {
  const names = processCatalogNames();
  const catalog: ModelCatalog = {
    errors: new Set(names.errors),
    escalations: new Set(names.escalations),
    messages: new Set(names.messages),
    roles: new Set(names.roles),
    taskTypes: new Set(ALL_TASK_TYPES),
  };
  let errors = 0;
  for (const file of readModelFiles()) {
    const problems = await lintModel(file.content, catalog);
    errors += problems.filter((problem) => problem.category === 'error').length;
    console.log(`${file.resourceName}: ${problems.length === 0 ? 'clean' : `${problems.length} problem(s)`}`);
    for (const problem of problems) console.log(`  ${problem.category.padEnd(5)} ${problem.elementId}  ${problem.rule}  ${problem.message}`);
  }
  return errors > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
