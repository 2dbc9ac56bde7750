import { isA, ModdleElement } from '../../engine/dialect';

/** What changed between two versions of a model, by element id, as the diagram highlights it. */
export interface ModelDiff {
  added: string[];
  /** Same element, different meaning: name, type, task type, timer, mapping, condition... */
  changed: string[];
  /** Same element and meaning, another place or route on the diagram. */
  moved: string[];
  removed: string[];
}

/** Children that are elements of their own (compared separately) and back-references (noise). */
const NOT_PART_OF_MEANING = new Set(['artifacts', 'di', 'flowElements', 'incoming', 'laneSets', 'lanes', 'outgoing', 'childLaneSet', 'participants', 'messageFlows']);

/** Global elements that a reference carries into its referrer's meaning: renaming a message changes its events. */
const INLINED_REFERENCES = ['bpmn:Error', 'bpmn:Escalation', 'bpmn:Message', 'bpmn:Signal'];

/**
 * Compares two parsed models element by element: ids only in the newer are added, only in the older
 * removed; an element in both is changed when its meaning differs (its own properties and extension
 * elements, not its children) and moved when only its diagram shape or route differs.
 */
export function diffModels(older: ModdleElement, newer: ModdleElement): ModelDiff {
  const before = elementsOf(older);
  const after = elementsOf(newer);
  const layoutBefore = layoutOf(older);
  const layoutAfter = layoutOf(newer);
  const diff: ModelDiff = { added: [], changed: [], moved: [], removed: [] };
  for (const [id, element] of after) {
    const previous = before.get(id);
    if (!previous) diff.added.push(id);
    else if (JSON.stringify(meaningOf(previous)) !== JSON.stringify(meaningOf(element))) diff.changed.push(id);
    else if (layoutBefore.get(id) !== layoutAfter.get(id)) diff.moved.push(id);
  }
  for (const id of before.keys()) if (!after.has(id)) diff.removed.push(id);
  for (const list of Object.values(diff)) list.sort();
  return diff;
}

/** Every element that can be drawn, by id: processes, flow elements at any depth, lanes, artifacts, pools, message flows. */
function elementsOf(definitions: ModdleElement): Map<string, ModdleElement> {
  const elements = new Map<string, ModdleElement>();
  const add = (element: ModdleElement) => {
    if (element?.id) elements.set(element.id, element);
  };
  const visitLanes = (laneSets: ModdleElement[] | undefined) => {
    for (const laneSet of laneSets ?? []) {
      for (const lane of laneSet.lanes ?? []) {
        add(lane);
        visitLanes(lane.childLaneSet ? [lane.childLaneSet] : undefined);
      }
    }
  };
  const visitContainer = (container: ModdleElement) => {
    for (const element of container.flowElements ?? []) {
      add(element);
      if (element.flowElements) visitContainer(element);
    }
    for (const artifact of container.artifacts ?? []) add(artifact);
    visitLanes(container.laneSets);
  };
  for (const root of definitions.rootElements ?? []) {
    if (isA(root, 'bpmn:Process')) {
      add(root);
      visitContainer(root);
    } else if (isA(root, 'bpmn:Collaboration')) {
      for (const participant of root.participants ?? []) add(participant);
      for (const flow of root.messageFlows ?? []) add(flow);
      for (const artifact of root.artifacts ?? []) add(artifact);
    }
  }
  return elements;
}

/** An element's meaning as plain data: its properties and extension elements, references by id. */
function meaningOf(element: ModdleElement): unknown {
  const meaning: Record<string, unknown> = { $type: element.$type };
  for (const property of element.$descriptor?.properties ?? []) {
    if (NOT_PART_OF_MEANING.has(property.name)) continue;
    const value = element.get(property.name);
    if (value === undefined || value === null || (Array.isArray(value) && value.length === 0)) continue;
    meaning[property.name] = property.isReference ? referenceOf(value) : valueOf(value);
  }
  if (element.$attrs && Object.keys(element.$attrs).length > 0) meaning.$attrs = element.$attrs;
  return meaning;
}

function valueOf(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(valueOf);
  if (value && typeof value === 'object' && '$type' in value) return meaningOf(value);
  return value;
}

function referenceOf(value: ModdleElement): unknown {
  if (Array.isArray(value)) return value.map(referenceOf);
  if (value && typeof value === 'object') {
    return INLINED_REFERENCES.some((type) => isA(value, type)) ? meaningOf(value) : value.id;
  }
  return value;
}

/** The diagram's bounds and waypoints of each element, as comparable text. */
function layoutOf(definitions: ModdleElement): Map<string, string> {
  const layout = new Map<string, string>();
  for (const diagram of definitions.diagrams ?? []) {
    for (const shape of diagram.plane?.planeElement ?? []) {
      const id = shape.bpmnElement?.id;
      if (!id) continue;
      const bounds = shape.bounds ? [shape.bounds.x, shape.bounds.y, shape.bounds.width, shape.bounds.height] : [];
      const points = (shape.waypoint ?? []).flatMap((point: ModdleElement) => [point.x, point.y]);
      layout.set(id, JSON.stringify([bounds, points, shape.isExpanded ?? null]));
    }
  }
  return layout;
}
