import { useEffect, useRef, useState } from 'react';
import type { ElementStatistic, FlowStatistic } from '../monitoring.api';
import { useMonitoringTexts } from '../use-monitoring-texts';

/** What the diagram marks on each element: where instances are now, what they completed, where they fail; and the paths taken. */
export interface DiagramMarks {
  /** How often each sequence flow was taken: drawn thicker and darker the more often (the heat view). */
  flows: FlowStatistic[];
  /** Show completed counts (a case's view) or only active counts (the model view). */
  showCompleted: boolean;
  statistics: ElementStatistic[];
}

/** Heat levels of a taken path, from rarely (1) to most often (HEAT_LEVELS) relative to the busiest path. */
const HEAT_LEVELS = 4;

interface Canvas {
  addMarker(element: string, marker: string): void;
  zoom(level?: 'fit-viewport' | number, center?: 'auto'): number;
}
interface Overlays {
  add(element: string, overlay: { html: HTMLElement; position: { bottom?: number; left?: number; right?: number; top?: number } }): string;
}
interface ElementRegistry {
  get(id: string): { waypoints?: { x: number; y: number }[] } | undefined;
}
interface Viewer {
  destroy(): void;
  get(name: 'canvas'): Canvas;
  get(name: 'elementRegistry'): ElementRegistry;
  get(name: 'overlays'): Overlays;
  importXML(xml: string): Promise<unknown>;
}

/**
 * A BPMN diagram in bpmn-js's NavigatedViewer (pan with the mouse, zoom with the buttons), loaded on
 * demand so that the rest of the app stays small. Active elements are outlined, completed ones and
 * incidents get a marker and a count badge. The figure's caption describes the drawing to assistive
 * technology, and the same facts are in the lists and tables beside it.
 */
export function BpmnDiagram({ label, marks, xml }: { label: string; marks: DiagramMarks; xml: string }) {
  const { m } = useMonitoringTexts();
  const container = useRef<HTMLDivElement>(null);
  const viewer = useRef<Viewer | null>(null);
  const [state, setState] = useState<'loading' | 'ready' | 'failed'>('loading');

  useEffect(() => {
    let cancelled = false;
    (async () => {
      const [{ default: NavigatedViewer }] = await Promise.all([
        import('bpmn-js/lib/NavigatedViewer'),
        import('bpmn-js/dist/assets/diagram-js.css'),
        import('bpmn-js/dist/assets/bpmn-js.css'),
      ]);
      if (cancelled || !container.current) return;
      const instance = new NavigatedViewer({ container: container.current }) as unknown as Viewer;
      viewer.current = instance;
      await instance.importXML(xml);
      if (cancelled) return;
      decorate(instance, marks);
      instance.get('canvas').zoom('fit-viewport', 'auto');
      setState('ready');
    })().catch(() => {
      if (!cancelled) setState('failed');
    });
    return () => {
      cancelled = true;
      viewer.current?.destroy();
      viewer.current = null;
    };
    // The page remounts the diagram (key) when the instance or the counts change.
  }, [xml]);

  const zoom = (factor: number | 'fit') => {
    const canvas = viewer.current?.get('canvas');
    if (!canvas) return;
    if (factor === 'fit') canvas.zoom('fit-viewport', 'auto');
    else canvas.zoom(canvas.zoom() * factor);
  };

  return (
    <div className="diagram">
      <div className="diagram__tools" role="group" aria-label={m.caseView.diagram}>
        <button type="button" className="button button--secondary button--small" onClick={() => zoom(1.25)} disabled={state !== 'ready'}>
          {m.caseView.zoomIn}
        </button>
        <button type="button" className="button button--secondary button--small" onClick={() => zoom(0.8)} disabled={state !== 'ready'}>
          {m.caseView.zoomOut}
        </button>
        <button type="button" className="button button--secondary button--small" onClick={() => zoom('fit')} disabled={state !== 'ready'}>
          {m.caseView.fit}
        </button>
      </div>
      <figure className="diagram__figure">
        <figcaption className="visually-hidden">{label}</figcaption>
        <div ref={container} className="diagram__canvas" data-state={state} />
      </figure>
      {state === 'failed' && (
        <p className="notice notice--error" role="alert">
          {m.common.failed}
        </p>
      )}
      <ul className="diagram__legend" aria-label={m.caseView.diagram}>
        <li>
          <span className="legend-swatch legend-swatch--active" aria-hidden="true" /> {m.caseView.legend.active}
        </li>
        {marks.showCompleted && (
          <li>
            <span className="legend-swatch legend-swatch--completed" aria-hidden="true" /> {m.caseView.legend.completed}
          </li>
        )}
        <li>
          <span className="legend-swatch legend-swatch--incident" aria-hidden="true" /> {m.caseView.legend.incident}
        </li>
        {marks.flows.length > 0 && (
          <li>
            <span className="legend-swatch legend-swatch--flow" aria-hidden="true" /> {m.caseView.legend.flows}
          </li>
        )}
      </ul>
    </div>
  );
}

/** Markers and count badges on the elements that the engine's history mentions, and the taken paths by how often. */
function decorate(viewer: Viewer, marks: DiagramMarks): void {
  const canvas = viewer.get('canvas');
  const overlays = viewer.get('overlays');
  const registry = viewer.get('elementRegistry');
  const badge = (className: string, text: string) => {
    const element = document.createElement('span');
    element.className = `diagram-badge ${className}`;
    element.textContent = text;
    return element;
  };
  for (const statistic of marks.statistics) {
    if (!registry.get(statistic.elementId)) continue;
    if (statistic.incidents > 0) {
      canvas.addMarker(statistic.elementId, 'diagram-incident');
      overlays.add(statistic.elementId, { html: badge('diagram-badge--incident', `⚠ ${statistic.incidents}`), position: { left: -12, top: -12 } });
    }
    if (statistic.active > 0) {
      canvas.addMarker(statistic.elementId, 'diagram-active');
      overlays.add(statistic.elementId, { html: badge('diagram-badge--active', String(statistic.active)), position: { bottom: 10, left: -12 } });
    }
    if (marks.showCompleted && statistic.completed > 0) {
      if (statistic.active === 0 && statistic.incidents === 0) canvas.addMarker(statistic.elementId, 'diagram-completed');
      overlays.add(statistic.elementId, { html: badge('diagram-badge--completed', `✓ ${statistic.completed}`), position: { bottom: 10, right: 12 } });
    }
  }
  const busiest = Math.max(0, ...marks.flows.map((flow) => flow.taken));
  for (const flow of marks.flows) {
    const waypoints = registry.get(flow.flowId)?.waypoints;
    if (!waypoints || waypoints.length < 2 || flow.taken === 0) continue;
    // One class per marker: bpmn-js adds each marker as a single CSS class.
    canvas.addMarker(flow.flowId, 'diagram-flow');
    canvas.addMarker(flow.flowId, `diagram-flow--${Math.max(1, Math.ceil((flow.taken / busiest) * HEAT_LEVELS))}`);
    // A connection's overlay is placed relative to the box around its waypoints: the count sits on the middle segment.
    const middle = Math.floor((waypoints.length - 1) / 2);
    const x = (waypoints[middle].x + waypoints[middle + 1].x) / 2 - Math.min(...waypoints.map((point) => point.x));
    const y = (waypoints[middle].y + waypoints[middle + 1].y) / 2 - Math.min(...waypoints.map((point) => point.y));
    overlays.add(flow.flowId, { html: badge('diagram-badge--flow', String(flow.taken)), position: { left: x - 10, top: y - 10 } });
  }
}
