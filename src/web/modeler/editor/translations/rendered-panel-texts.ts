import { DUTCH } from '../dutch-translations';

/**
 * For the browser tests (test/e2e/modeler-properties-panel.e2e.ts): the texts the properties panel
 * shows, and those among them that are not Dutch. Complements dutch-translations.spec.ts, which reads
 * the texts from the packages' code: this sees what is really rendered, including texts that do not
 * go through `translate` at all.
 */

/** The little of the DOM the collector uses, typed here so that the tests need no DOM library. */
interface PanelNode {
  childNodes: ArrayLike<PanelNode>;
  nodeType: number;
  textContent: string | null;
}
interface PanelElement extends PanelNode {
  closest(selector: string): PanelElement | null;
  getAttribute(name: string): string | null;
  querySelectorAll(selector: string): ArrayLike<PanelElement>;
}

/**
 * Runs in the page (Playwright serialises it, so it uses nothing from outside): every text of the
 * panel's elements, hidden sections included (the panel renders folded groups too), and the titles,
 * labels and placeholders of its controls; not what a user typed into a field.
 */
export function collectPanelTexts(panel: PanelElement): string[] {
  const texts = new Set<string>();
  const TEXT_NODE = 3;
  const typedByUser = 'input, textarea, [contenteditable], .cm-editor';
  for (const element of Array.from(panel.querySelectorAll('*'))) {
    if (element.closest(typedByUser)) continue;
    for (const attribute of ['aria-label', 'placeholder', 'title']) {
      const value = element.getAttribute(attribute)?.trim();
      if (value) texts.add(value);
    }
    for (const child of Array.from(element.childNodes)) {
      const text = child.nodeType === TEXT_NODE ? child.textContent?.replace(/\s+/g, ' ').trim() : '';
      if (text) texts.add(text);
    }
  }
  return [...texts];
}

/**
 * Runs in the page: whether the panel shows the element with this id yet (its id field holds it). The
 * panel renders a moment after the selection changes.
 */
export function panelShowsElement(expectedId: string): boolean {
  const page = globalThis as unknown as { document: { querySelector(selector: string): { value?: string } | null } };
  return page.document.querySelector('.model-canvas__properties #bio-properties-panel-id')?.value === expectedId;
}

/** A Dutch text as a pattern: its {placeholders} stand for any value. */
function patternOf(dutch: string): RegExp {
  const parts = dutch.split(/(?<!\$){[^}]+}/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${parts.join('.+')}$`);
}

const DUTCH_TEXTS = new Set(Object.values(DUTCH));
const DUTCH_PATTERNS = Object.values(DUTCH)
  .filter((dutch) => /(?<!\$){[^}]+}/.test(dutch))
  .map(patternOf);

/** XML's escapes undone, so that a name with an apostrophe is found as the panel shows it. */
function unescapeXml(text: string): string {
  return text.replace(/&quot;/g, '"').replace(/&apos;|&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** Every attribute value and text content of the model: names, ids, task types, expressions. */
function valuesOf(modelXml: string): Set<string> {
  const values = [...modelXml.matchAll(/="([^"]*)"/g), ...modelXml.matchAll(/>([^<]+)</g)].map((match) => unescapeXml(match[1]).replace(/\s+/g, ' ').trim());
  return new Set(values.filter(Boolean));
}

/**
 * The texts that are neither Dutch from the tables nor a value of the model (names, ids, task types,
 * expressions stay as the process owner wrote them). A text made of such parts, as a listener's
 * "Einde: Expressie", a message's "Naam (id=Message_1)" or a list of element names, passes; so do
 * numbers and punctuation.
 */
export function notDutch(texts: string[], modelXml: string): string[] {
  const model = valuesOf(modelXml);
  const isDutchOrModel = (text: string): boolean => DUTCH_TEXTS.has(text) || DUTCH_PATTERNS.some((pattern) => pattern.test(text)) || model.has(text) || /^[\d\s\p{P}\p{S}]*$/u.test(text);
  const parts = (text: string) => text.split(/: |, | \(id=|\)$/).filter(Boolean);
  return texts.filter((text) => !isDutchOrModel(text) && !parts(text).every(isDutchOrModel)).sort();
}
