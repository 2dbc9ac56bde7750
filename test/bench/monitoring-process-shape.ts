import { ModdleElement, topicOf } from '../../src/engine/dialect';
import { parseModel } from '../../src/models/lint/bpmn-parser';

/**
 * The shape of one case's process tree as Operaton's history records it, derived from the models in
 * bpmn/: the steps of jbt-referral along one path from its start event (the default or first flow
 * of every choice, every branch of a parallel split, into sub-processes), with an instance of the
 * called process at each call activity. The benchmark multiplies this shape by the number of cases
 * and cuts it off where a running case waits.
 */

/** How deep call activities are followed (referral → follow-up → evaluation). */
const MAX_CALL_DEPTH = 3;

/** Elements that hold other steps (their activity instance ends after its content). */
const SCOPES = new Set(['adHocSubProcess', 'subProcess', 'transaction']);

/** Activity types where a running case can be waiting: its cut-off point. */
export const WAIT_TYPES = new Set(['eventBasedGateway', 'intermediateMessageCatch', 'intermediateTimer', 'receiveTask', 'serviceTask', 'userTask']);

/** One process instance of the tree: slot 0 is the root. */
export interface ShapeSlot {
  /** Last step (global index) inside this instance, including what it called. */
  gEnd: number;
  gStart: number;
  parentSlot: number | null;
  processId: string;
  slot: number;
}

/** One activity instance of the tree, numbered in the order the case passes them (g). */
export interface ShapeStep {
  activityId: string;
  activityType: string;
  calledSlot: number | null;
  g: number;
  /** For a container (sub-process, call activity): the last step inside it; else g. */
  gEnd: number;
  leaf: boolean;
  name: string | null;
  parentActivityId: string | null;
  /** The containing sub-process's step, or null for the process level. */
  parentG: number | null;
  slot: number;
  topic: string | null;
}

/** A sequence flow taken just before step g. */
export interface ShapeFlow {
  flowId: string;
  g: number;
  slot: number;
}

export interface ProcessShape {
  flows: ShapeFlow[];
  slots: ShapeSlot[];
  steps: ShapeStep[];
}

/** A flow node of a model, as the walk needs it. */
interface ModelNode {
  calledElement: string | null;
  defaultFlow: string | null;
  /** Event definitions by kind: "timer", "link", "terminate". */
  eventKinds: string[];
  id: string;
  linkName: string | null;
  /** The BPMN element type without namespace, first letter small: "serviceTask". */
  localName: string;
  name: string | null;
  /** The sub-process the node is in, or its process. */
  scopeId: string;
  topic: string | null;
  triggeredByEvent: boolean;
}

interface ModelFlow {
  id: string;
  sourceRef: string;
  targetRef: string;
}

export interface ModelProcess {
  flows: ModelFlow[];
  id: string;
  name: string | null;
  nodes: ModelNode[];
}

interface PathStep {
  calledProcessId: string | null;
  flowsIn: string[];
  node: ModelNode;
  parent: number | null;
}

/** The processes of a model file, read with the service's own parser. */
export async function modelProcesses(xml: string): Promise<ModelProcess[]> {
  const { definitions, problems } = await parseModel(xml);
  if (!definitions) throw new Error(`Cannot read model: ${problems.map((problem) => problem.message).join('; ')}`);
  const processes: ModelProcess[] = [];
  for (const root of definitions.rootElements ?? []) {
    if (root.$type !== 'bpmn:Process') continue;
    const process: ModelProcess = { flows: [], id: root.id, name: root.name ?? null, nodes: [] };
    const walk = (container: ModdleElement, scopeId: string) => {
      for (const element of container.flowElements ?? []) {
        if (element.$type === 'bpmn:SequenceFlow') {
          if (element.sourceRef?.id && element.targetRef?.id) process.flows.push({ id: element.id, sourceRef: element.sourceRef.id, targetRef: element.targetRef.id });
          continue;
        }
        if (!element.$instanceOf('bpmn:FlowNode')) continue;
        const definitions: ModdleElement[] = element.eventDefinitions ?? [];
        const link = definitions.find((definition) => definition.$type === 'bpmn:LinkEventDefinition');
        const type = String(element.$type).replace(/^bpmn:/, '');
        process.nodes.push({
          calledElement: element.calledElement ?? null,
          defaultFlow: element.default?.id ?? null,
          eventKinds: definitions.map((definition) => String(definition.$type).replace(/^bpmn:/, '').replace(/EventDefinition$/, '').replace(/^./, (first) => first.toLowerCase())),
          id: element.id,
          linkName: link?.name ?? null,
          localName: type.charAt(0).toLowerCase() + type.slice(1),
          name: element.name ?? null,
          scopeId,
          topic: topicOf(element) ?? null,
          triggeredByEvent: element.triggeredByEvent === true,
        });
        if (element.flowElements) walk(element, element.id);
      }
    };
    walk(root, root.id);
    processes.push(process);
  }
  return processes;
}

/** The shape of one case's tree, from every process of the models (by process id) and the root's id. */
export function processShape(processes: Map<string, ModelProcess>, rootProcessId: string): ProcessShape {
  const shape: ProcessShape = { flows: [], slots: [], steps: [] };
  let g = 0;
  const addInstance = (processId: string, parentSlot: number | null, depth: number): ShapeSlot => {
    const slot: ShapeSlot = { gEnd: g, gStart: g, parentSlot, processId, slot: shape.slots.length };
    shape.slots.push(slot);
    const firstStep = shape.steps.length;
    const gOf: number[] = [];
    for (const [index, step] of pathOf(processes.get(processId)!).entries()) {
      const own: ShapeStep = {
        activityId: step.node.id,
        activityType: activityTypeOf(step.node)!,
        calledSlot: null,
        g: g++,
        gEnd: 0,
        leaf: !SCOPES.has(step.node.localName) && step.node.localName !== 'callActivity',
        name: step.node.name,
        parentActivityId: step.parent === null ? null : shape.steps[firstStep + step.parent].activityId,
        parentG: step.parent === null ? null : gOf[step.parent],
        slot: slot.slot,
        topic: step.node.topic,
      };
      own.gEnd = own.g;
      gOf[index] = own.g;
      shape.steps.push(own);
      for (const flowId of step.flowsIn) shape.flows.push({ flowId, g: own.g, slot: slot.slot });
      if (step.calledProcessId && processes.has(step.calledProcessId) && depth < MAX_CALL_DEPTH) {
        const called = addInstance(step.calledProcessId, slot.slot, depth + 1);
        own.calledSlot = called.slot;
        own.gEnd = called.gEnd;
      }
    }
    // A container ends after its content: from the last step back, each step stretches its container.
    const byG = new Map(shape.steps.slice(firstStep).map((step) => [step.g, step]));
    for (const step of [...byG.values()].reverse()) {
      const parent = step.parentG === null ? undefined : byG.get(step.parentG);
      if (parent) parent.gEnd = Math.max(parent.gEnd, step.gEnd);
    }
    slot.gEnd = g - 1;
    return slot;
  };
  addInstance(rootProcessId, null, 0);
  return shape;
}

/** One path through a process, in the order its steps are entered. */
function pathOf(process: ModelProcess): PathStep[] {
  const nodes = new Map(process.nodes.map((node) => [node.id, node]));
  const flows = process.flows;
  const outgoing = (id: string) => flows.filter((flow) => flow.sourceRef === id);
  const incoming = (id: string) => flows.filter((flow) => flow.targetRef === id).length;
  const startOf = (scopeId: string) => {
    const starts = [...nodes.values()].filter((node) => node.scopeId === scopeId && node.localName === 'startEvent');
    return starts.find((node) => node.eventKinds.length === 0) ?? starts[0];
  };
  const path: PathStep[] = [];
  const visited = new Set<string>();
  const arrivals = new Map<string, string[]>();
  const visit = (node: ModelNode | undefined, parent: number | null, flowsIn: string[]): void => {
    if (!node) return;
    const id = node.id;
    if (node.localName === 'parallelGateway' && incoming(id) > 1) {
      // A join goes on once every branch has arrived.
      const arrived = [...(arrivals.get(id) ?? []), ...flowsIn];
      arrivals.set(id, arrived);
      if (arrived.length < incoming(id)) return;
      flowsIn = arrived;
    }
    if (visited.has(id)) return;
    visited.add(id);
    if (activityTypeOf(node) === null) {
      // Link events are not recorded: a throwing one jumps to its catching partner, which goes on.
      if (node.localName === 'intermediateThrowEvent') {
        const partner = [...nodes.values()].find((candidate) => candidate.localName === 'intermediateCatchEvent' && candidate.linkName === node.linkName && candidate.scopeId === node.scopeId);
        return visit(partner, parent, flowsIn);
      }
      const [next] = outgoing(id);
      return next ? visit(nodes.get(next.targetRef), parent, [...flowsIn, next.id]) : undefined;
    }
    const index = path.push({ calledProcessId: node.localName === 'callActivity' ? node.calledElement : null, flowsIn, node, parent }) - 1;
    if (SCOPES.has(node.localName) && !node.triggeredByEvent) visit(startOf(id), index, []);
    const out = outgoing(id);
    // A choice takes its default flow, or else the first one that leads somewhere new (loops back end the walk).
    const fresh = out.filter((flow) => !visited.has(flow.targetRef));
    const chosen = node.localName === 'parallelGateway' ? out : [fresh.find((flow) => flow.id === node.defaultFlow) ?? fresh[0] ?? out[0]];
    for (const flow of chosen) if (flow) visit(nodes.get(flow.targetRef), parent, [flow.id]);
  };
  visit(startOf(process.id), null, []);
  return path;
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The ACT_TYPE_ Operaton 1.0.3 writes for a node; null for link events, which it does not record. */
export function activityTypeOf(node: ModelNode): string | null {
  const kind = node.eventKinds[0];
  switch (node.localName) {
    case 'startEvent':
      return !kind ? 'startEvent' : kind === 'timer' ? 'startTimerEvent' : `${kind}StartEvent`;
    case 'endEvent':
      return kind ? `${kind}EndEvent` : 'noneEndEvent';
    case 'boundaryEvent':
      return `boundary${capitalised(kind ?? 'event')}`;
    case 'intermediateCatchEvent':
      if (kind === 'link') return null;
      return kind === 'timer' ? 'intermediateTimer' : kind === 'conditional' ? 'intermediateConditional' : `intermediate${capitalised(kind ?? 'catchEvent')}Catch`;
    case 'intermediateThrowEvent':
      if (kind === 'link') return null;
      return kind === 'signal' ? 'intermediateSignalThrow' : `intermediate${capitalised(kind ?? 'none')}ThrowEvent`;
    default:
      return node.localName;
  }
}
