import { LintProblem } from './lint-problem';
import { ModelCatalog } from './model-catalog';
import { parseModel, ParsedModel } from './bpmn-parser';
import { jbtRules } from './rules/jbt-rules';

// bpmnlint 11 is the last release that runs on Node 20 (12 needs Node 24).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const Linter = require('bpmnlint/lib/linter');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const NodeResolver = require('bpmnlint/lib/resolver/node-resolver');

/**
 * The camunda-compat rule set of the dialect the engine reads: Operaton 1.0 implements Camunda 7.24's.
 * It checks little (the history time to live); the JBT rules and deploying to the engine do the rest.
 */
export const COMPAT_CONFIG = 'plugin:camunda-compat/camunda-platform-7-24';

const JBT_PLUGIN = 'bpmnlint-plugin-jbt';

/**
 * Serves bpmnlint's own and camunda-compat's rules from node_modules, and the JBT rules from memory,
 * bound to the catalog this lint run checks against.
 */
class JbtResolver {
  private readonly node = new NodeResolver({ require });

  constructor(private readonly rules: ReturnType<typeof jbtRules>) {}

  resolveRule(pkg: string, ruleName: string) {
    if (pkg === JBT_PLUGIN) return this.rules[ruleName];
    return this.node.resolveRule(pkg, ruleName);
  }

  resolveConfig(pkg: string, configName: string) {
    if (pkg === JBT_PLUGIN && configName === 'recommended') {
      return { rules: Object.fromEntries(Object.keys(this.rules).map((name) => [name, 'error'])) };
    }
    return this.node.resolveConfig(pkg, configName);
  }
}

/**
 * Lints one BPMN file with bpmnlint's recommended rules, the camunda-compat rules for the pinned
 * engine, and the JBT rules. Every problem names the element and the rule.
 */
export async function lintModel(xml: string, catalog: ModelCatalog): Promise<LintProblem[]> {
  return lintParsed(await parseModel(xml), catalog);
}

/** Lints a model the parser has read; a file it could not read keeps the parser's problems only. */
export async function lintParsed(parsed: ParsedModel, catalog: ModelCatalog): Promise<LintProblem[]> {
  // A file with parser problems is not a model yet; the rules would trip over its dangling references.
  if (!parsed.definitions || parsed.problems.length > 0) return parsed.problems;
  const linter = new Linter({
    config: { extends: ['bpmnlint:recommended', COMPAT_CONFIG, `plugin:jbt/recommended`] },
    resolver: new JbtResolver(jbtRules(catalog)),
  });
  const results: Record<string, { id?: string; message: string; category: string }[]> = await linter.lint(parsed.definitions);
  const problems = Object.entries(results).flatMap(([rule, reports]) =>
    reports.map((report) => ({
      // camunda-compat reports some findings as "info"; the modeler knows errors and warnings.
      category: report.category === 'warn' || report.category === 'info' ? ('warn' as const) : ('error' as const),
      elementId: report.id ?? 'definitions',
      message: report.message,
      rule: rule.replace(/^bpmnlint-plugin-/, '').replace(/^jbt\//, 'jbt/'),
    })),
  );
  return sortProblems([...parsed.problems, ...problems]);
}

export function sortProblems(problems: LintProblem[]): LintProblem[] {
  return [...problems].sort((a, b) => a.elementId.localeCompare(b.elementId) || a.rule.localeCompare(b.rule) || a.message.localeCompare(b.message));
}
