/**
 * Two places where bpmn-js-properties-panel 5.65 shows English although the `translate` service is
 * Dutch, and the repairs. Both are narrow on purpose: they touch only the texts named here.
 */

type Translate = (template: string, replacements?: Record<string, string>) => string;

interface Group {
  id: string;
  items?: { label?: string }[];
}

/**
 * A listener's name ("End: Expression") is made without `translate` (getListenerLabel is called
 * without it). This service's models put such a listener on every boundary event, so the name is
 * translated part by part.
 */
const LISTENER_GROUPS = new Set(['CamundaPlatform__ExecutionListener', 'CamundaPlatform__TaskListener']);

export function translateListenerLabels(groups: Group[], translate: Translate): Group[] {
  return groups.map((group) =>
    LISTENER_GROUPS.has(group.id) && group.items
      ? { ...group, items: group.items.map((item) => ({ ...item, label: item.label?.split(': ').map((part) => translate(part)).join(': ') })) }
      : group,
  );
}

/**
 * The list of a list-valued input ("Waarden van de lijst") calls the panel's list component as a
 * function, so no `translate` reaches its buttons ("Create", "Create new list item", "Toggle list
 * item", "List contains 2 items"). Those texts are translated in the rendered list, keeping the text
 * node Preact manages.
 */
const LIST_CONTAINS = /^List contains (\d+) items?$/;

export function translateListEntries(panel: ParentNode, translate: Translate): void {
  for (const element of Array.from(panel.querySelectorAll('.bio-properties-panel-list-entry [title]'))) {
    const title = element.getAttribute('title') ?? '';
    const count = LIST_CONTAINS.exec(title);
    const dutch = count ? translate(`List contains {numOfItems} item${count[1] === '1' ? '' : 's'}`, { numOfItems: count[1] }) : translate(title);
    if (dutch !== title) element.setAttribute('title', dutch);
  }
  for (const label of Array.from(panel.querySelectorAll('.bio-properties-panel-list-entry .bio-properties-panel-add-entry-label'))) {
    const text = label.firstChild;
    if (text?.nodeType === Node.TEXT_NODE && text.textContent) {
      const dutch = translate(text.textContent);
      if (dutch !== text.textContent) text.textContent = dutch;
    }
  }
}
