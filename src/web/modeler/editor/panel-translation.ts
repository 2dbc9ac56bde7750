import { options } from '@bpmn-io/properties-panel/preact';
import { translateListEntries, translateListenerLabels } from './panel-translation-gaps';

type Translate = (template: string, replacements?: Record<string, string>) => string;

interface PropertiesPanel {
  registerProvider(priority: number, provider: { getGroups(element: unknown): (groups: { id: string }[]) => { id: string }[] }): void;
}

/** Lower than every provider of bpmn-js-properties-panel (1000 and 500), so that it comes last. */
const LAST = 1;

/**
 * The translate service of the editor whose panel renders now. @bpmn-io/properties-panel takes
 * `translate` as a prop in its sections, lists and fields ("Toggle section", "Create", "Delete item",
 * "Open pop-up editor", "List contains 2 items") and falls back to English, and the providers of
 * bpmn-js-properties-panel render those components without passing it on. Preact's `vnode` option
 * (the hook Preact offers for this) adds it to every component that has none; the panel is the only
 * user of this Preact copy, the rest of the app is React.
 */
let current: Translate | null = null;
let installed = false;

function install(): void {
  if (installed) return;
  installed = true;
  const previous = options.vnode;
  options.vnode = (vnode) => {
    const props = vnode.props as { translate?: Translate } | null;
    if (current && typeof vnode.type === 'function' && props && props.translate === undefined) props.translate = current;
    previous?.(vnode);
  };
}

/** Makes the whole properties panel speak the language of the editor's `translate` service. */
function PanelTranslation(
  config: { parent?: HTMLElement } | undefined,
  eventBus: { on(event: string, callback: () => void): void },
  propertiesPanel: PropertiesPanel,
  translate: Translate,
) {
  install();
  current = translate;
  propertiesPanel.registerProvider(LAST, { getGroups: () => (groups) => translateListenerLabels(groups, translate) });
  const parent = config?.parent;
  const observer = parent ? new MutationObserver(() => translateListEntries(parent, translate)) : null;
  if (parent) observer?.observe(parent, { attributeFilter: ['title'], attributes: true, characterData: true, childList: true, subtree: true });
  eventBus.on('diagram.destroy', () => {
    observer?.disconnect();
    if (current === translate) current = null;
  });
}
PanelTranslation.$inject = ['config.propertiesPanel', 'eventBus', 'propertiesPanel', 'translate'];

export const panelTranslationModule = {
  __init__: ['panelTranslation'],
  panelTranslation: ['type', PanelTranslation],
};
