import { LintProblem } from './lint-problem';

// bpmn-moddle 9 ships CommonJS; 10 is ESM-only. Both parse with the same moddle core.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const BpmnModdle = require('bpmn-moddle');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const zeebeSchema = require('zeebe-bpmn-moddle/resources/zeebe.json');

/** Larger than any real JBT model (they are 20-80 kB); protects the parser from hostile uploads. */
export const MAX_MODEL_BYTES = 2 * 1024 * 1024;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type ModdleElement = any;

export interface ParsedModel {
  definitions: ModdleElement;
  problems: LintProblem[];
}

const problem = (rule: string, message: string, elementId = 'definitions'): LintProblem => ({ category: 'error', elementId, message, rule });

/**
 * Parses BPMN XML with the Zeebe extensions, refusing what must never reach the engine: oversized
 * files, document type declarations (external entities and entity expansion), unknown elements and
 * attributes, duplicate ids. Returns the problems instead of throwing, so one answer lists them all.
 */
export async function parseModel(xml: string): Promise<ParsedModel> {
  if (Buffer.byteLength(xml, 'utf8') > MAX_MODEL_BYTES) {
    return { definitions: undefined, problems: [problem('size', `The file is larger than ${MAX_MODEL_BYTES / 1024 / 1024} MB`)] };
  }
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) {
    return { definitions: undefined, problems: [problem('no-doctype', 'Document type declarations and entities are not allowed in a model')] };
  }
  const moddle = new BpmnModdle({ zeebe: zeebeSchema });
  let result: { rootElement: ModdleElement; warnings: { message: string; element?: ModdleElement }[] };
  try {
    result = await moddle.fromXML(xml, 'bpmn:Definitions');
  } catch (error) {
    return { definitions: undefined, problems: [problem('xml', `Not a readable BPMN file: ${firstLine((error as Error).message)}`)] };
  }
  const problems = result.warnings.map((warning) => problem(warningRule(warning.message), firstLine(warning.message), warning.element?.id ?? 'definitions'));
  return { definitions: result.rootElement, problems };
}

function warningRule(message: string): string {
  if (/duplicate ID/i.test(message)) return 'duplicate-id';
  if (/unknown type|unparsable content|unknown attribute/i.test(message)) return 'unknown-element';
  if (/unresolved reference/i.test(message)) return 'unresolved-reference';
  return 'xml';
}

function firstLine(message: string): string {
  return message.split('\n')[0].slice(0, 300);
}
