/**
 * A small reader of the parts of a BPMN file the read model needs: the flow nodes and sequence
 * flows of each process with their plain attributes, the event definitions of events, and which
 * process (through any sub-processes) each belongs to. Files reaching it were accepted by the engine,
 * so well-formed XML is assumed; the model parsers (bpmn-moddle) are ES modules that the unit tests'
 * runner cannot load, and a scan is all this needs.
 */

export const BPMN_MODEL_NAMESPACE = 'http://www.omg.org/spec/BPMN/20100524/MODEL';

/** BPMN flow node element names (local names). */
const FLOW_NODES = new Set([
  'adHocSubProcess',
  'boundaryEvent',
  'businessRuleTask',
  'callActivity',
  'complexGateway',
  'endEvent',
  'eventBasedGateway',
  'exclusiveGateway',
  'inclusiveGateway',
  'intermediateCatchEvent',
  'intermediateThrowEvent',
  'manualTask',
  'parallelGateway',
  'receiveTask',
  'scriptTask',
  'sendTask',
  'serviceTask',
  'startEvent',
  'subProcess',
  'task',
  'transaction',
  'userTask',
]);

export interface ScannedNode {
  attributes: Record<string, string>;
  /** Event definitions by local name without the suffix: "timer", "link", "terminate". */
  eventKinds: string[];
  /** The name of a link event's definition, which pairs a throwing with a catching link event. */
  linkName?: string;
  /** The local name, e.g. "exclusiveGateway". */
  localName: string;
  processId: string;
  /** The id of the sub-process the node is in, or of its process. */
  scopeId: string;
}

export interface ScannedFlow {
  attributes: Record<string, string>;
  processId: string;
  scopeId: string;
}

export interface ScannedModel {
  flows: ScannedFlow[];
  nodes: ScannedNode[];
  processes: { id: string; name?: string }[];
}

/** Flow nodes that contain other flow nodes. */
const SCOPES = new Set(['adHocSubProcess', 'subProcess', 'transaction']);

const TAG = /<(\/?)(?:([A-Za-z_][\w.-]*):)?([A-Za-z_][\w.-]*)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/g;
const ATTRIBUTE = /([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

interface Open {
  node?: ScannedNode;
  processId?: string;
  /** The scope of elements inside this one. */
  scopeId?: string;
}

export function scanBpmn(xml: string): ScannedModel {
  const text = xml.replace(/<!--[\s\S]*?-->/g, '').replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, '').replace(/<\?[\s\S]*?\?>/g, '');
  const namespaces = new Map<string, string>();
  const nodes: ScannedNode[] = [];
  const flows: ScannedFlow[] = [];
  const processes: ScannedModel['processes'] = [];
  const stack: Open[] = [];
  for (const match of text.matchAll(TAG)) {
    const [, closing, prefix = '', localName, rawAttributes, selfClosing] = match;
    if (closing) {
      stack.pop();
      continue;
    }
    const attributes = attributesOf(rawAttributes);
    for (const [name, value] of Object.entries(attributes)) {
      if (name === 'xmlns') namespaces.set('', value);
      else if (name.startsWith('xmlns:')) namespaces.set(name.slice(6), value);
    }
    const bpmn = namespaces.get(prefix) === BPMN_MODEL_NAMESPACE;
    const parent = stack[stack.length - 1];
    const isProcess = bpmn && localName === 'process';
    const processId = isProcess ? attributes.id : parent?.processId;
    const scopeId = isProcess ? attributes.id : parent?.scopeId;
    const open: Open = { processId, scopeId };
    if (isProcess) processes.push({ id: attributes.id, name: attributes.name });
    if (bpmn && processId !== undefined && scopeId !== undefined && !isProcess) {
      if (FLOW_NODES.has(localName) && attributes.id) {
        open.node = { attributes, eventKinds: [], localName, processId, scopeId };
        if (SCOPES.has(localName)) open.scopeId = attributes.id;
        nodes.push(open.node);
      } else if (localName === 'sequenceFlow' && attributes.id) {
        flows.push({ attributes, processId, scopeId });
      } else if (localName.endsWith('EventDefinition') && parent?.node) {
        const kind = localName.slice(0, -'EventDefinition'.length);
        parent.node.eventKinds.push(kind);
        if (kind === 'link' && attributes.name) parent.node.linkName = attributes.name;
      }
    }
    if (!selfClosing) stack.push(open);
  }
  return { flows, nodes, processes };
}

function attributesOf(raw: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const [, name, double, single] of raw.matchAll(ATTRIBUTE)) attributes[name] = decodeXml(double ?? single ?? '');
  return attributes;
}

const ENTITIES: Record<string, string> = { amp: '&', apos: "'", gt: '>', lt: '<', quot: '"' };

function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|apos|gt|lt|quot);/g, (_, entity: string) => {
    if (entity.startsWith('#x')) return String.fromCodePoint(parseInt(entity.slice(2), 16));
    if (entity.startsWith('#')) return String.fromCodePoint(parseInt(entity.slice(1), 10));
    return ENTITIES[entity];
  });
}
