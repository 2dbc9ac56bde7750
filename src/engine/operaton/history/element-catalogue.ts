import { scanBpmn } from './bpmn-xml-scan';
import { describeElement, DescribedElement } from './element-descriptions';

export interface CatalogueElement extends DescribedElement {
  id: string;
  /** The label in the model, whitespace collapsed; null when it has none. */
  label: string | null;
  processId: string;
}

export interface CatalogueFlow {
  id: string;
  label: string | null;
  processId: string;
  sourceId: string;
  targetId: string;
}

/**
 * The elements and sequence flows of one deployed BPMN file, read from the XML the engine stores:
 * the names monitoring shows (also of elements never entered), the kind of an unnamed element to
 * describe it, and what Operaton's history leaves out (link events, see linkEventsPassed).
 */
export class ElementCatalogue {
  static readonly EMPTY = new ElementCatalogue([], []);

  private readonly elements: Map<string, CatalogueElement>;
  private readonly flows: Map<string, CatalogueFlow>;

  constructor(elements: CatalogueElement[], flows: CatalogueFlow[]) {
    this.elements = new Map(elements.map((element) => [element.id, element]));
    this.flows = new Map(flows.map((flow) => [flow.id, flow]));
  }

  /** Reads a BPMN file the engine accepted; a file that is not BPMN gives an empty catalogue. */
  static fromXml(xml: string): ElementCatalogue {
    return catalogueOf(xml);
  }

  element(elementId: string): CatalogueElement | undefined {
    return this.elements.get(elementId);
  }

  /** The ids of the elements of one kind, e.g. "EventBasedGateway". */
  idsOfKind(kind: string): string[] {
    return [...this.elements.values()].filter((element) => element.kind === kind).map((element) => element.id);
  }

  /** The element's label, or a Dutch description of its kind; undefined when the model does not have it. */
  nameOf(elementId: string): string | undefined {
    const element = this.elements.get(elementId);
    return element ? (element.label ?? describeElement(element)) : undefined;
  }

  /**
   * A flow in the elements' names: "<source> → <target>", or "<source>: <label>" for a labelled
   * flow (the answers of a choice: "Raadsconsult nodig?: ja").
   */
  flowNameOf(flowId: string): string | undefined {
    const flow = this.flows.get(flowId);
    if (!flow) return undefined;
    const source = this.nameOf(flow.sourceId) ?? '?';
    return flow.label ? `${source}: ${flow.label}` : `${source} → ${this.nameOf(flow.targetId) ?? '?'}`;
  }

  /**
   * Operaton does not take the sequence flows out of an event-based gateway: the event that occurs
   * is entered directly. Such a flow was passed whenever its target event was entered.
   */
  flowsEnteredDirectly(): { flowId: string; targetId: string }[] {
    return [...this.flows.values()]
      .filter((flow) => this.elements.get(flow.sourceId)?.kind === 'EventBasedGateway')
      .map((flow) => ({ flowId: flow.id, targetId: flow.targetId }));
  }

  /**
   * Operaton's history has no activity instance for link events: the engine jumps from the throwing
   * to the catching one. A throwing link event was passed when a flow into it was taken, a catching
   * one when a flow out of it was.
   */
  linkEventsPassed(takenFlowIds: Set<string>): string[] {
    const passed: string[] = [];
    for (const element of this.elements.values()) {
      if (!element.eventKinds.includes('link')) continue;
      const flows = [...this.flows.values()].filter((flow) => (element.kind === 'IntermediateThrowEvent' ? flow.targetId : flow.sourceId) === element.id);
      if (flows.some((flow) => takenFlowIds.has(flow.id))) passed.push(element.id);
    }
    return passed.sort();
  }
}

function catalogueOf(xml: string): ElementCatalogue {
  const scanned = scanBpmn(xml);
  const elements: CatalogueElement[] = scanned.nodes.map((node) => ({
    eventKinds: node.eventKinds,
    id: node.attributes.id,
    incoming: 0,
    kind: node.localName.charAt(0).toUpperCase() + node.localName.slice(1),
    label: labelOf(node.attributes.name),
    outgoing: 0,
    processId: node.processId,
    triggeredByEvent: node.attributes.triggeredByEvent === 'true',
  }));
  const flows: CatalogueFlow[] = scanned.flows
    .filter((flow) => flow.attributes.sourceRef && flow.attributes.targetRef)
    .map((flow) => ({ id: flow.attributes.id, label: labelOf(flow.attributes.name), processId: flow.processId, sourceId: flow.attributes.sourceRef, targetId: flow.attributes.targetRef }));
  // Counted from the flows rather than <incoming>/<outgoing>, which a model may leave out.
  const byId = new Map(elements.map((element) => [element.id, element]));
  for (const flow of flows) {
    const source = byId.get(flow.sourceId);
    const target = byId.get(flow.targetId);
    if (source) source.outgoing++;
    if (target) target.incoming++;
  }
  return new ElementCatalogue(elements, flows);
}

function labelOf(name: unknown): string | null {
  if (typeof name !== 'string') return null;
  const label = name.replace(/\s+/g, ' ').trim();
  return label === '' ? null : label;
}
