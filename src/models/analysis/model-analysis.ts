import { ModdleElement, PARSER_RULES, parseModel, serialiseModel } from '../lint/bpmn-parser';
import { LintProblem } from '../lint/lint-problem';
import { lintParsed, sortProblems } from '../lint/model-linter';
import { guardDeployment } from '../validation/deployment-guard';
import { diffModels, ModelDiff } from '../versions/model-diff';

/** The catalog as plain data, so that it crosses to the analysis worker. */
export interface CatalogData {
  errors: string[];
  escalations: string[];
  messages: string[];
  roles: string[];
  taskTypes: string[];
}

export interface AnalysisRequest {
  catalog: CatalogData;
  knownProcesses: string[];
  processId: string;
  xml: string;
}

/** The outcome of validating one file as a model: every problem, and what they mean for it. */
export interface ValidationReport {
  errorCount: number;
  /** The process's name in the file, when it could be read. */
  processName: string | null;
  problems: LintProblem[];
  /** False when the parser refused the file: it is not a model and is never stored. */
  readable: boolean;
  warningCount: number;
}

const PARSER_RULE_SET: ReadonlySet<string> = new Set(PARSER_RULES);

/**
 * Validation as the modeler shows it and the deployment guard enforces it: the hardened parser, the
 * linter (bpmnlint, camunda-compat for the engine's version, the JBT rules) against the catalog of
 * what this service can run, and the checks of where the file goes. Runs in the analysis worker.
 */
export async function analyseModel(request: AnalysisRequest): Promise<ValidationReport> {
  const parsed = await parseModel(request.xml);
  if (!parsed.definitions) return report(parsed.problems, null);
  const catalog = {
    errors: new Set(request.catalog.errors),
    escalations: new Set(request.catalog.escalations),
    messages: new Set(request.catalog.messages),
    roles: new Set(request.catalog.roles),
    taskTypes: new Set(request.catalog.taskTypes),
  };
  const lint = await lintParsed(parsed, catalog);
  const guard = parsed.problems.length > 0 ? [] : guardDeployment(parsed.definitions, { knownProcesses: new Set(request.knownProcesses), processId: request.processId });
  return report(sortProblems([...lint, ...guard]), parsed.definitions);
}

/** The elements that differ between two versions; undefined when either cannot be read. */
export async function diffVersions(older: string, newer: string): Promise<ModelDiff | { unreadable: 'older' | 'newer'; problems: LintProblem[] }> {
  const [a, b] = await Promise.all([parseModel(older), parseModel(newer)]);
  if (!a.definitions) return { problems: a.problems, unreadable: 'older' };
  if (!b.definitions) return { problems: b.problems, unreadable: 'newer' };
  return diffModels(a.definitions, b.definitions);
}

/**
 * The model as bpmn-js writes it: elements in the order of the BPMN schema and every flow listed in
 * its source's <bpmn:outgoing> and target's <bpmn:incoming>. A file written by hand may differ in both
 * without meaning anything else; one form keeps deployments and versions comparable. The engine
 * receives this form.
 */
export async function canonicalXml(xml: string): Promise<string> {
  const parsed = await parseModel(xml);
  if (!parsed.definitions || parsed.problems.length > 0) throw new Error('The model cannot be read');
  return serialiseModel(parsed.definitions);
}

function report(problems: LintProblem[], definitions: ModdleElement | null): ValidationReport {
  const errors = problems.filter((problem) => problem.category === 'error');
  const process = (definitions?.rootElements ?? []).find((element: ModdleElement) => element.$type === 'bpmn:Process' && element.isExecutable);
  return {
    errorCount: errors.length,
    processName: process?.name ?? null,
    problems,
    readable: definitions !== null && !problems.some((problem) => PARSER_RULE_SET.has(problem.rule)),
    warningCount: problems.length - errors.length,
  };
}
