import type { BuildingBlockElement, Problem } from '../models.api';
import { dutchTranslate, dutchTranslateModule, englishTranslate } from './dutch-translations';
import { panelTranslationModule } from './panel-translation';
import { panelTooltips } from './translations/panel-tooltips';

/* The few bpmn-js services the editor uses, typed as far as it needs them. */
interface Shape {
  businessObject: BusinessObject;
  height: number;
  host?: Shape;
  id: string;
  parent?: Shape;
  type: string;
  waypoints?: unknown[];
  width: number;
  x: number;
  y: number;
}
interface BusinessObject {
  $instanceOf(type: string): boolean;
  $type: string;
  cancelActivity?: boolean;
  eventDefinitions?: BusinessObject[];
  name?: string;
  timeDuration?: BusinessObject;
  [key: string]: unknown;
}
interface Canvas {
  addMarker(element: string | Shape, marker: string): void;
  getRootElement(): Shape;
  removeMarker(element: string | Shape, marker: string): void;
  scrollToElement(element: Shape): void;
  zoom(level?: 'fit-viewport' | number, center?: 'auto'): number;
}
/** A command of diagram-js's command stack; commands run in postExecute are undone with it, as one step. */
interface CommandHandler<C> {
  postExecute(context: C): void;
}
interface Services {
  autoPlace: { append(source: Shape, shape: Shape): Shape };
  bpmnFactory: { create(type: string, attrs?: Record<string, unknown>): BusinessObject };
  canvas: Canvas;
  commandStack: { execute<C>(command: string, context: C): void; register<C>(command: string, handler: CommandHandler<C>): void };
  elementFactory: { createShape(attrs: Record<string, unknown>): Shape };
  elementRegistry: { get(id: string): Shape | undefined; getAll(): Shape[] };
  eventBus: { on(event: string, callback: (event: { newSelection?: Shape[]; trigger?: string }) => void): void };
  modeling: {
    createShape(shape: Shape, position: { x: number; y: number }, parent: Shape, hints?: Record<string, unknown>): Shape;
    updateProperties(element: Shape, properties: Record<string, unknown>): void;
  };
  overlays: { add(element: string, type: string, overlay: { html: HTMLElement; position: Record<string, number> }): string; remove(filter: { type: string }): void };
  selection: { get(): Shape[]; select(element: Shape | null): void };
}
interface BpmnModeler {
  destroy(): void;
  get<K extends keyof Services>(name: K): Services[K];
  importXML(xml: string): Promise<{ warnings: unknown[] }>;
  saveXML(options: { format: boolean }): Promise<{ xml?: string }>;
}

/** An element of the diagram as the page lists it. */
export interface EditorElement {
  id: string;
  name: string;
  type: string;
}

export type BlockResult =
  | { id: string; kind: 'added' }
  | { host: string; id: string; kind: 'attached' }
  | { element: string; kind: 'cannot-follow' };

/** What the command that adds a building block needs, and the shape it placed. */
interface AddBlockContext {
  after: Shape | undefined;
  attributes: Record<string, string>;
  placed?: Shape;
  shape: Shape;
}

const ADD_BLOCK_COMMAND = 'jbt.building-block.add';
const PROBLEM_OVERLAY = 'jbt-problem';
const MARKERS = ['jbt-problem--error', 'jbt-problem--warn'];

/**
 * The bpmn-js Modeler with the Camunda 7 (Camunda Platform) properties panel, moddle and modeling
 * behaviours, the dialect Operaton executes, and what the page needs of it: load and save XML, list
 * and select elements, mark problems on the canvas, and add this service's building blocks. bpmn-js
 * loads on demand, so the rest of the app stays small.
 */
export class ModelEditor {
  private marked: string[] = [];

  private constructor(private readonly modeler: BpmnModeler) {
    this.modeler.get('commandStack').register<AddBlockContext>(ADD_BLOCK_COMMAND, { postExecute: (context) => this.placeBlock(context) });
  }

  static async create(container: HTMLElement, propertiesPanel: HTMLElement, language: 'en' | 'nl'): Promise<ModelEditor> {
    const [{ default: Modeler }, panel, { default: camundaPlatformBehaviors }, { DIALECT_MODDLE_EXTENSIONS }] = await Promise.all([
      import('bpmn-js/lib/Modeler'),
      import('bpmn-js-properties-panel'),
      import('camunda-bpmn-js-behaviors/lib/camunda-platform'),
      // The dialect's moddle schema (camunda-bpmn-moddle's camunda.json) from the module that owns the dialect.
      import('../../../engine/dialect/dialect-moddle'),
      import('bpmn-js/dist/assets/diagram-js.css'),
      import('bpmn-js/dist/assets/bpmn-js.css'),
      import('bpmn-js/dist/assets/bpmn-font/css/bpmn-embedded.css'),
      import('@bpmn-io/properties-panel/dist/assets/properties-panel.css'),
    ]);
    const modeler = new Modeler({
      additionalModules: [
        panel.BpmnPropertiesPanelModule,
        panel.BpmnPropertiesProviderModule,
        panel.CamundaPlatformPropertiesProviderModule,
        camundaPlatformBehaviors,
        panelTranslationModule,
        ...(language === 'nl' ? [dutchTranslateModule] : []),
      ],
      container,
      moddleExtensions: DIALECT_MODDLE_EXTENSIONS,
      propertiesPanel: { parent: propertiesPanel, tooltip: panelTooltips(language === 'nl' ? dutchTranslate : englishTranslate) },
    }) as unknown as BpmnModeler;
    return new ModelEditor(modeler);
  }

  async open(xml: string): Promise<void> {
    this.marked = [];
    await this.modeler.importXML(xml);
    this.modeler.get('canvas').zoom('fit-viewport', 'auto');
  }

  async xml(): Promise<string> {
    const { xml } = await this.modeler.saveXML({ format: true });
    return xml ?? '';
  }

  /** Calls back after every change of the model (not after opening one, selecting or zooming). */
  onChange(callback: () => void): void {
    this.modeler.get('eventBus').on('commandStack.changed', ({ trigger }) => {
      if (trigger !== 'clear') callback();
    });
  }

  onSelect(callback: (id: string | null) => void): void {
    this.modeler.get('eventBus').on('selection.changed', ({ newSelection }) => callback(newSelection?.[0]?.id ?? null));
  }

  /** The named and unnamed elements of the diagram, tasks and events first, then flows. */
  elements(): EditorElement[] {
    return this.modeler
      .get('elementRegistry')
      .getAll()
      .filter((element) => element.type !== 'label' && element !== this.modeler.get('canvas').getRootElement())
      .map((element) => ({ id: element.id, name: element.businessObject?.name ?? '', type: element.type }))
      .sort((a, b) => Number(a.type === 'bpmn:SequenceFlow') - Number(b.type === 'bpmn:SequenceFlow') || (a.name || a.id).localeCompare(b.name || b.id, 'nl'));
  }

  select(id: string | null): void {
    const element = id ? this.modeler.get('elementRegistry').get(id) : undefined;
    this.modeler.get('selection').select(element ?? null);
    if (element) this.modeler.get('canvas').scrollToElement(element);
  }

  selectedId(): string | null {
    return this.modeler.get('selection').get()[0]?.id ?? null;
  }

  zoom(factor: number | 'fit'): void {
    const canvas = this.modeler.get('canvas');
    if (factor === 'fit') canvas.zoom('fit-viewport', 'auto');
    else canvas.zoom(canvas.zoom() * factor);
  }

  /** Marks the elements with problems: a red or amber outline and a badge; the list beside says what. */
  showProblems(problems: Problem[]): void {
    const canvas = this.modeler.get('canvas');
    const overlays = this.modeler.get('overlays');
    const registry = this.modeler.get('elementRegistry');
    overlays.remove({ type: PROBLEM_OVERLAY });
    for (const id of this.marked) for (const marker of MARKERS) if (registry.get(id)) canvas.removeMarker(id, marker);
    const byElement = new Map<string, Problem[]>();
    for (const problem of problems) if (registry.get(problem.elementId)) byElement.set(problem.elementId, [...(byElement.get(problem.elementId) ?? []), problem]);
    for (const [id, list] of byElement) {
      const errors = list.filter((problem) => problem.category === 'error').length;
      canvas.addMarker(id, errors > 0 ? 'jbt-problem--error' : 'jbt-problem--warn');
      const badge = document.createElement('span');
      badge.className = `jbt-problem-badge jbt-problem-badge--${errors > 0 ? 'error' : 'warn'}`;
      badge.textContent = `! ${list.length}`;
      badge.setAttribute('aria-hidden', 'true');
      badge.title = list.map((problem) => problem.rule).join(', ');
      overlays.add(id, PROBLEM_OVERLAY, { html: badge, position: { right: 12, top: -12 } });
    }
    this.marked = [...byElement.keys()];
  }

  /**
   * Adds a building block after the selected element, connected to it; without a selection it is
   * placed below the diagram. A reminder on a selected task becomes a non-interrupting timer on it.
   */
  applyBlock(block: BuildingBlockElement): BlockResult {
    const selected = this.modeler.get('selection').get()[0];
    const flowNode = selected && !selected.waypoints && selected !== this.modeler.get('canvas').getRootElement() ? selected : undefined;
    if (block.kind === 'timer' && flowNode?.businessObject.$instanceOf('bpmn:Activity')) {
      return { host: flowNode.id, id: this.attachTimer(flowNode, block.name, block.timeDuration).id, kind: 'attached' };
    }
    if (selected && (!flowNode || flowNode.businessObject.$instanceOf('bpmn:EndEvent') || !flowNode.businessObject.$instanceOf('bpmn:FlowNode'))) {
      return { element: selected.businessObject.name || selected.id, kind: 'cannot-follow' };
    }
    const context: AddBlockContext = { after: flowNode, attributes: 'attributes' in block ? block.attributes : {}, shape: this.shapeOf(block) };
    this.modeler.get('commandStack').execute(ADD_BLOCK_COMMAND, context);
    const placed = context.placed!;
    this.modeler.get('selection').select(placed);
    return { id: placed.id, kind: 'added' };
  }

  destroy(): void {
    this.modeler.destroy();
  }

  private modeling() {
    return this.modeler.get('modeling');
  }

  /**
   * Places a block's shape after the selected element (or below the diagram) and sets the attributes
   * the service gave it, such as its task type or role, on its business object. As one command, so
   * that a single undo takes the whole block away; the editor knows nothing of the attributes' dialect.
   */
  private placeBlock(context: AddBlockContext): void {
    const { after, attributes, shape } = context;
    const placed = after ? this.modeler.get('autoPlace').append(after, shape) : this.modeling().createShape(shape, this.freePosition(), this.modeler.get('canvas').getRootElement());
    if (Object.keys(attributes).length > 0) this.modeling().updateProperties(placed, attributes);
    context.placed = placed;
  }

  private shapeOf(block: BuildingBlockElement): Shape {
    const factory = this.modeler.get('elementFactory');
    const bpmn = this.modeler.get('bpmnFactory');
    switch (block.kind) {
      case 'service-task':
        return factory.createShape({ businessObject: bpmn.create('bpmn:ServiceTask', { name: block.name }), type: 'bpmn:ServiceTask' });
      case 'user-task':
        return factory.createShape({ businessObject: bpmn.create('bpmn:UserTask', { name: block.name }), type: 'bpmn:UserTask' });
      case 'timer': {
        const shape = factory.createShape({ eventDefinitionType: 'bpmn:TimerEventDefinition', type: 'bpmn:IntermediateCatchEvent' });
        this.setTimer(shape.businessObject, block.name, block.timeDuration);
        return shape;
      }
      case 'end-event': {
        const shape = factory.createShape({ type: 'bpmn:EndEvent' });
        shape.businessObject.name = block.name;
        return shape;
      }
    }
  }

  private attachTimer(host: Shape, name: string, duration: string): Shape {
    const boundary = this.modeler.get('elementFactory').createShape({ eventDefinitionType: 'bpmn:TimerEventDefinition', type: 'bpmn:BoundaryEvent' });
    boundary.businessObject.cancelActivity = false;
    this.setTimer(boundary.businessObject, name, duration);
    const taken = this.modeler.get('elementRegistry').getAll().filter((element) => element.host === host).length;
    const position = { x: host.x + host.width * (0.75 - 0.25 * (taken % 3)), y: host.y + host.height };
    const placed = this.modeling().createShape(boundary, position, host, { attach: true });
    this.modeler.get('selection').select(placed);
    return placed;
  }

  private setTimer(businessObject: BusinessObject, name: string, duration: string): void {
    businessObject.name = name;
    const definition = businessObject.eventDefinitions?.[0];
    if (!definition) return;
    definition.timeDuration = this.modeler.get('bpmnFactory').create('bpmn:FormalExpression', { body: duration });
    definition.timeDuration.$parent = definition;
  }

  /** Below everything on the diagram, at its left edge. */
  private freePosition(): { x: number; y: number } {
    const shapes = this.modeler.get('elementRegistry').getAll().filter((element) => !element.waypoints && element.type !== 'label' && element !== this.modeler.get('canvas').getRootElement());
    if (shapes.length === 0) return { x: 200, y: 200 };
    return { x: Math.min(...shapes.map((shape) => shape.x)) + 50, y: Math.max(...shapes.map((shape) => shape.y + shape.height)) + 100 };
  }
}
