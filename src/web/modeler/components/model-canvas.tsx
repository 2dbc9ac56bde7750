import { useEffect, useId, useRef, useState } from 'react';
import { format, useI18n } from '../../i18n/i18n';
import { ModelEditor, type EditorElement } from '../editor/model-editor';
import { useModelerTexts } from '../use-modeler-texts';

interface ModelCanvasProps {
  name: string;
  /** Called once bpmn-js is ready; the page drives the editor through it. */
  onReady: (editor: ModelEditor) => void;
  /** The elements of the diagram after each change, for the picker. */
  elements: EditorElement[];
  selectedId: string | null;
}

/**
 * The bpmn-js canvas with the Camunda 7 properties panel beside it, zoom buttons, and a list to select an
 * element with the keyboard (the canvas itself is for the mouse; everything it does is reachable
 * through the picker, the building blocks and the properties panel).
 */
export function ModelCanvas({ elements, name, onReady, selectedId }: ModelCanvasProps) {
  const { m } = useModelerTexts();
  const { language } = useI18n();
  const canvas = useRef<HTMLDivElement>(null);
  const properties = useRef<HTMLDivElement>(null);
  const editor = useRef<ModelEditor | null>(null);
  const [state, setState] = useState<'loading' | 'ready' | 'failed'>('loading');
  const pickerId = useId();

  useEffect(() => {
    let cancelled = false;
    ModelEditor.create(canvas.current!, properties.current!, language)
      .then((created) => {
        if (cancelled) return created.destroy();
        editor.current = created;
        setState('ready');
        onReady(created);
      })
      .catch(() => !cancelled && setState('failed'));
    return () => {
      cancelled = true;
      editor.current?.destroy();
      editor.current = null;
    };
    // The editor lives as long as the page; onReady is called once.
  }, []);

  const typeName = (type: string) => m.elementTypes[type] ?? type.replace(/^bpmn:/, '');
  return (
    <div className="model-canvas">
      <div className="model-canvas__tools">
        <div className="field model-canvas__picker">
          <label className="field__label" htmlFor={pickerId}>
            {m.editor.picker}
          </label>
          <p className="field__hint" id={`${pickerId}-hint`}>
            {m.editor.pickerHint}
          </p>
          <select id={pickerId} className="input" aria-describedby={`${pickerId}-hint`} value={selectedId ?? ''} onChange={(event) => editor.current?.select(event.target.value || null)} disabled={state !== 'ready'}>
            <option value="">{m.editor.pickerNone}</option>
            {elements.map((element) => (
              <option key={element.id} value={element.id}>
                {`${element.name || element.id} (${typeName(element.type)})`}
              </option>
            ))}
          </select>
        </div>
        <div className="model-canvas__zoom" role="group" aria-label={format(m.editor.canvasLabel, { name })}>
          <button type="button" className="button button--secondary button--small" onClick={() => editor.current?.zoom(1.25)} disabled={state !== 'ready'}>
            {m.editor.zoomIn}
          </button>
          <button type="button" className="button button--secondary button--small" onClick={() => editor.current?.zoom(0.8)} disabled={state !== 'ready'}>
            {m.editor.zoomOut}
          </button>
          <button type="button" className="button button--secondary button--small" onClick={() => editor.current?.zoom('fit')} disabled={state !== 'ready'}>
            {m.editor.fit}
          </button>
        </div>
      </div>
      <p className="model-canvas__help">{m.editor.canvasHelp}</p>
      <div className="model-canvas__body">
        <div ref={canvas} className="model-canvas__diagram" role="region" aria-label={format(m.editor.canvasLabel, { name })} data-state={state} />
        <div ref={properties} className="model-canvas__properties" role="region" aria-label={m.editor.propertiesLabel} />
      </div>
      {state === 'failed' && (
        <p className="notice notice--error" role="alert">
          {m.editor.failed}
        </p>
      )}
    </div>
  );
}
