import { useEffect, useRef, useState } from 'react';
import { useModelerTexts } from '../use-modeler-texts';

export type DiffMark = 'added' | 'changed' | 'moved' | 'removed';

interface Viewer {
  destroy(): void;
  get(name: 'canvas'): { addMarker(id: string, marker: string): void; zoom(level: 'fit-viewport', center: 'auto'): void };
  get(name: 'elementRegistry'): { get(id: string): unknown };
  importXML(xml: string): Promise<unknown>;
}

/**
 * One version's diagram, read-only, with the elements of the comparison marked in colour (and in the
 * list beside it, for those who do not see the colours).
 */
export function DiffDiagram({ label, marks, xml }: { label: string; marks: Partial<Record<DiffMark, string[]>>; xml: string }) {
  const { m } = useModelerTexts();
  const container = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<'loading' | 'ready' | 'failed'>('loading');

  useEffect(() => {
    let cancelled = false;
    let viewer: Viewer | null = null;
    (async () => {
      const [{ default: NavigatedViewer }] = await Promise.all([
        import('bpmn-js/lib/NavigatedViewer'),
        import('bpmn-js/dist/assets/diagram-js.css'),
        import('bpmn-js/dist/assets/bpmn-js.css'),
      ]);
      if (cancelled || !container.current) return;
      viewer = new NavigatedViewer({ container: container.current }) as unknown as Viewer;
      await viewer.importXML(xml);
      if (cancelled) return;
      const canvas = viewer.get('canvas');
      const registry = viewer.get('elementRegistry');
      for (const [mark, ids] of Object.entries(marks)) for (const id of ids ?? []) if (registry.get(id)) canvas.addMarker(id, `jbt-diff--${mark}`);
      canvas.zoom('fit-viewport', 'auto');
      setState('ready');
    })().catch(() => !cancelled && setState('failed'));
    return () => {
      cancelled = true;
      viewer?.destroy();
    };
    // The comparison remounts this diagram (key) when the versions change.
  }, [xml]);

  return (
    <figure className="diff-diagram">
      <figcaption className="diff-diagram__caption">{label}</figcaption>
      <div ref={container} className="diff-diagram__canvas" data-state={state} />
      {state === 'failed' && (
        <p className="notice notice--error" role="alert">
          {m.editor.failed}
        </p>
      )}
    </figure>
  );
}
