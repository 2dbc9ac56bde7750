import { DIALECT_MODDLE_EXTENSIONS, ModdleElement } from '../../engine/dialect';
import { LintProblem } from './lint-problem';
import { MAX_FLOW_ELEMENTS, MAX_MODEL_BYTES, MAX_MODEL_DEPTH, MAX_MODEL_TAGS } from './model-limits';
import { elementIdAt, scanMarkup } from './markup-scan';

// bpmn-moddle 9 ships CommonJS; 10 is ESM-only. Both parse with the same moddle core.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const BpmnModdle = require('bpmn-moddle');

export const BPMN_MODEL_NAMESPACE = 'http://www.omg.org/spec/BPMN/20100524/MODEL';

export type { ModdleElement } from '../../engine/dialect';

export interface ParsedModel {
  definitions: ModdleElement;
  problems: LintProblem[];
}

/** Rules of the parser itself: a file breaking one of them is not a model and is never stored. */
export const PARSER_RULES = ['bpmn-namespace', 'duplicate-id', 'no-doctype', 'size', 'unknown-element', 'unresolved-reference', 'xml'] as const;

const problem = (rule: string, message: string, elementId = 'definitions'): LintProblem => ({ category: 'error', elementId, message, rule });

/**
 * Parses BPMN XML with the engine's dialect (src/engine/dialect), refusing what must never reach the engine: oversized
 * files, document type declarations (external entities and entity expansion), files too deep or too
 * large for the linter to finish quickly, other namespaces, unknown elements and attributes,
 * duplicate ids. Returns the problems instead of throwing, so one answer lists them all.
 */
export async function parseModel(xml: string): Promise<ParsedModel> {
  const refused = refuseBeforeParsing(xml);
  if (refused) return { definitions: undefined, problems: [refused] };
  const moddle = new BpmnModdle(DIALECT_MODDLE_EXTENSIONS);
  let result: { rootElement: ModdleElement; warnings: { message: string; element?: ModdleElement }[] };
  try {
    result = await moddle.fromXML(xml, 'bpmn:Definitions');
  } catch (error) {
    return { definitions: undefined, problems: [unreadable(xml, error as Error)] };
  }
  const problems = result.warnings.map((warning) => warningProblem(xml, warning));
  const flowElements = countFlowElements(result.rootElement);
  if (flowElements > MAX_FLOW_ELEMENTS) {
    return { definitions: undefined, problems: [problem('size', `The model has ${flowElements} flow elements; at most ${MAX_FLOW_ELEMENTS} are allowed`)] };
  }
  linkSequenceFlows(result.rootElement);
  return { definitions: result.rootElement, problems };
}

/** The checks that need no XML parser: size, DTDs and the shape of the markup. */
function refuseBeforeParsing(xml: string): LintProblem | undefined {
  if (Buffer.byteLength(xml, 'utf8') > MAX_MODEL_BYTES) return problem('size', `The file is larger than ${MAX_MODEL_BYTES / 1024 / 1024} MB`);
  // XML 1.0 allows no NUL and few control characters; PostgreSQL cannot store a NUL either.
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  const control = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/.exec(xml);
  if (control) return problem('xml', `The file contains a character XML does not allow (U+${control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}); it is not a text file`);
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) return problem('no-doctype', 'Document type declarations and entities are not allowed in a model');
  const markup = scanMarkup(xml);
  if (markup.tags > MAX_MODEL_TAGS) return problem('size', `The file has ${markup.tags} elements; at most ${MAX_MODEL_TAGS} are allowed`);
  if (markup.depth > MAX_MODEL_DEPTH) return problem('size', `Elements are nested ${markup.depth} deep; at most ${MAX_MODEL_DEPTH} levels are allowed`);
  if (markup.root && markup.root.namespace !== BPMN_MODEL_NAMESPACE) {
    return problem('bpmn-namespace', `The root element <${markup.root.name}> is not in the BPMN 2.0 namespace ${BPMN_MODEL_NAMESPACE} (found ${markup.root.namespace ?? 'none'})`);
  }
  if (markup.root && markup.root.localName !== 'definitions') {
    return problem('xml', `The root element must be <bpmn:definitions>, not <${markup.root.name}>`);
  }
  return undefined;
}

function unreadable(xml: string, error: Error): LintProblem {
  if (!xml.trim()) return problem('xml', 'The file is empty');
  return problem('xml', `Not a readable BPMN file: ${firstLine(error.message)}`);
}

function countFlowElements(definitions: ModdleElement): number {
  let count = 0;
  const visit = (container: ModdleElement) => {
    for (const element of container?.flowElements ?? []) {
      count += 1;
      if (element.flowElements) visit(element);
    }
  };
  for (const root of definitions?.rootElements ?? []) visit(root);
  return count;
}

/**
 * A parser warning as a problem naming an element: the element moddle names, else the duplicated id,
 * else the element at (or around) the line and column the warning points at.
 */
function warningProblem(xml: string, warning: { message: string; element?: ModdleElement }): LintProblem {
  const text = warning.message;
  const nested = /nested error: (.*)$/m.exec(text)?.[1];
  const position = /line: (\d+)\s+column: (\d+)/.exec(text);
  const duplicate = /duplicate ID <([^>]+)>/.exec(text)?.[1];
  // The parser counts lines from 0.
  const line = position ? Number(position[1]) + 1 : undefined;
  const located = line ? elementIdAt(xml, line, Number(position![2])) : undefined;
  const elementId = warning.element?.id ?? duplicate ?? located ?? 'definitions';
  const tag = /unparsable content (<[^>]+>)/.exec(text)?.[1];
  const message = nested && tag ? `${tag} on line ${line ?? '?'}: ${nested}` : firstLine(text);
  return problem(warningRule(text), message, elementId);
}

/**
 * Fills each flow node's incoming and outgoing from the sequence flows, as bpmn-js does when it
 * imports a file: files written by hand or by other tools may leave them out, the linter's
 * connection rules read them, and so does the engine for boundary events and event-based gateways.
 */
function linkSequenceFlows(definitions: ModdleElement): void {
  const visit = (container: ModdleElement) => {
    for (const element of container?.flowElements ?? []) {
      if (element.$type === 'bpmn:SequenceFlow') {
        const outgoing = element.sourceRef?.get?.('outgoing');
        if (outgoing && !outgoing.includes(element)) outgoing.push(element);
        const incoming = element.targetRef?.get?.('incoming');
        if (incoming && !incoming.includes(element)) incoming.push(element);
      }
      if (element.flowElements) visit(element);
    }
  };
  for (const root of definitions?.rootElements ?? []) visit(root);
}

/** Writes a parsed model as XML the way bpmn-js does (schema order, formatted). */
export async function serialiseModel(definitions: ModdleElement): Promise<string> {
  const { xml } = await new BpmnModdle(DIALECT_MODDLE_EXTENSIONS).toXML(definitions, { format: true });
  return xml;
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
