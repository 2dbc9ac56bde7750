import { isA, ModdleElement } from '../../engine/dialect';

// bpmn-js-differ ships CommonJS for Node without type declarations; its surface here is the
// ChangeHandler below and diff().
// eslint-disable-next-line @typescript-eslint/no-require-imports
const differ: BpmnJsDiffer = require('bpmn-js-differ');

/** What changed between two versions of a model, by element id, as the diagram highlights it. */
export interface ModelDiff {
  added: string[];
  /** Same element, different meaning: name, type, task type, timer, mapping, condition... */
  changed: string[];
  /** Same element and meaning, another place or route on the diagram. */
  moved: string[];
  removed: string[];
}

/**
 * The elements the diff names: what can be drawn and highlighted. A change inside anything else
 * (an event definition, a timer, extension elements, a data association) is a change of the nearest
 * of these that contains it.
 */
const NAMED_TYPES = ['bpmn:Process', 'bpmn:FlowElement', 'bpmn:Lane', 'bpmn:Artifact', 'bpmn:Participant', 'bpmn:MessageFlow'];

/** Global elements that a reference carries into its referrer's meaning: renaming a message changes its events. */
const INLINED_REFERENCES = ['bpmn:Error', 'bpmn:Escalation', 'bpmn:Message', 'bpmn:Signal'];

/** The diagram elements whose bounds, waypoints or label place an element on the diagram. */
const DIAGRAM_TYPES = ['bpmndi:BPMNShape', 'bpmndi:BPMNEdge'];

const isNamed = (element: ModdleElement) => NAMED_TYPES.some((type) => isA(element, type));
const isDiagram = (element: ModdleElement) => DIAGRAM_TYPES.some((type) => isA(element, type));

/** The shape or edge that holds a diagram detail (bounds, a waypoint, a label), or the shape or edge itself. */
function diagramAncestor(element: ModdleElement): ModdleElement | undefined {
  for (let current = element; current; current = current.$parent) if (isDiagram(current)) return current;
  return undefined;
}

/** The element itself or the nearest named element containing it. */
function namedAncestor(element: ModdleElement): ModdleElement | undefined {
  for (let current = element; current; current = current.$parent) if (isNamed(current) && current.id) return current;
  return undefined;
}

/**
 * Compares two parsed models with the maintained `bpmn-js-differ`, which walks both moddle trees and
 * matches elements by id. Ids only in the newer are added, only in the older removed; an element in
 * both is changed when its meaning differs (its own properties and extension elements, event
 * definitions and the messages, errors, escalations and signals it refers to, not its child
 * elements) and moved when only its diagram shape, route or label differs.
 *
 * The library's own ChangeHandler names only the element whose own property changed, so a new timer
 * duration (inside the event definition) or a renamed message would go unnoticed; the handler here
 * passes such changes up to the element that contains or refers to them.
 */
export function diffModels(older: ModdleElement, newer: ModdleElement): ModelDiff {
  const handler = new MeaningChangeHandler();
  differ.diff(older, newer, handler);
  for (const referrer of referrersOf(newer, handler.changedGlobals)) handler.markChanged(referrer);

  // The library matches elements within one list: an element taken into a sub-process leaves one list
  // and enters another, and is the same element, changed.
  const rehomed = [...handler.addedIds].filter((id) => handler.removedIds.has(id));
  const added = new Set([...handler.addedIds].filter((id) => !rehomed.includes(id)));
  const removed = new Set([...handler.removedIds].filter((id) => !rehomed.includes(id)));
  const changed = new Set([...handler.changedIds, ...rehomed].filter((id) => !added.has(id) && !removed.has(id)));
  const moved = [...handler.movedIds].filter((id) => !added.has(id) && !removed.has(id) && !changed.has(id));
  return { added: [...added].sort(), changed: [...changed].sort(), moved: moved.sort(), removed: [...removed].sort() };
}

/** Collects ids instead of the library's element maps, attributing every change to a named element. */
class MeaningChangeHandler extends differ.ChangeHandler {
  readonly addedIds = new Set<string>();
  readonly changedIds = new Set<string>();
  /** Ids of the messages, errors, escalations and signals whose own properties changed. */
  readonly changedGlobals = new Set<string>();
  readonly movedIds = new Set<string>();
  readonly removedIds = new Set<string>();

  override added(model: ModdleElement, _property: string, element: ModdleElement): void {
    this.arrived(model, element, this.addedIds);
  }

  override removed(model: ModdleElement, _property: string, element: ModdleElement): void {
    this.arrived(model, element, this.removedIds);
  }

  override changed(model: ModdleElement): void {
    const diagram = diagramAncestor(model);
    if (diagram) this.markMoved(diagram.bpmnElement);
    else if (INLINED_REFERENCES.some((type) => isA(model, type)) && !namedAncestor(model)) this.changedGlobals.add(model.id);
    else this.markChanged(model);
  }

  override moved(): void {
    // The order of elements in a list means nothing in BPMN.
  }

  markChanged(element: ModdleElement): void {
    const named = namedAncestor(element);
    if (named) this.changedIds.add(named.id);
  }

  private markMoved(element: ModdleElement): void {
    if (element?.id) this.movedIds.add(element.id);
  }

  /**
   * An element that appeared in or left a list: named elements inside it (a sub-process's tasks, a
   * lane set's lanes) are added or removed with it; anything else (an event definition, a waypoint, a
   * diagram shape) changes the element that holds the list, or its place on the diagram.
   */
  private arrived(model: ModdleElement, element: ModdleElement, into: Set<string>): void {
    const diagram = isDiagram(element) ? element : diagramAncestor(model);
    if (diagram) return this.markMoved(diagram.bpmnElement);
    const named = namedWithin(element);
    if (named.length > 0) for (const each of named) into.add(each.id);
    else this.markChanged(model);
  }
}

/** The named elements in a subtree (the element itself included), following containment only. */
function namedWithin(root: ModdleElement): ModdleElement[] {
  const found: ModdleElement[] = [];
  visitContained(root, (element) => {
    if (isNamed(element) && element.id) found.push(element);
  });
  return found;
}

/** The named elements that refer to one of the given global elements, at any depth of their own content. */
function referrersOf(definitions: ModdleElement, globals: Set<string>): ModdleElement[] {
  if (globals.size === 0) return [];
  const referrers: ModdleElement[] = [];
  visitContained(definitions, (element) => {
    for (const property of element.$descriptor?.properties ?? []) {
      if (!property.isReference || property.isVirtual) continue;
      const values = [element[property.name]].flat();
      if (values.some((value: ModdleElement) => value?.id && globals.has(value.id))) referrers.push(element);
    }
  });
  return referrers;
}

/** Visits a moddle element and everything it contains (not what it refers to). */
function visitContained(element: ModdleElement, visit: (element: ModdleElement) => void): void {
  if (!element || typeof element !== 'object' || !element.$descriptor) return;
  visit(element);
  for (const property of element.$descriptor.properties ?? []) {
    if (property.isReference || property.isVirtual) continue;
    // Read the field, not get(): get() creates an empty list for a list property it reads.
    for (const value of [element[property.name]].flat()) if (value && typeof value === 'object' && '$type' in value) visitContained(value, visit);
  }
}

/** The part of bpmn-js-differ's CommonJS API this module uses. */
interface BpmnJsDiffer {
  ChangeHandler: new () => {
    added(model: ModdleElement, property: string, element: ModdleElement, index: number): void;
    changed(model: ModdleElement, property: string, newValue?: unknown, oldValue?: unknown): void;
    moved(model: ModdleElement, property: string, oldIndex: number, newIndex: number): void;
    removed(model: ModdleElement, property: string, element: ModdleElement, index: number): void;
  };
  diff(older: ModdleElement, newer: ModdleElement, handler: object): unknown;
}
