import { ModelCatalog } from '../model-catalog';
import { catalogRules } from './catalog-rules';
import { engineRules } from './engine-rules';
import { expressionRules } from './expression-rules';
import { LintRule } from './lint-rule';
import { userTaskRules } from './user-task-rules';

/** The JBT rules as bpmnlint rule factories bound to a catalog; each reads the model through the dialect module. */
export function jbtRules(catalog: ModelCatalog): Record<string, LintRule> {
  return { ...catalogRules(catalog), ...engineRules(), ...expressionRules(), ...userTaskRules(catalog) };
}
