import { describe, expect, it } from '@jest/globals';
import { DUTCH, DUTCH_TABLES, dutchTranslate } from './dutch-translations';
import { headerTypeLabels, panelSources, translatedTexts } from './translations/panel-source-texts';
import { PANEL_TOOLTIPS } from './translations/panel-tooltips';

/**
 * The translate calls whose text is not a literal, and why they need no entry of their own: the
 * header's type (checked through headerTypeLabels), element templates (not loaded here), and the
 * listener's implementation labels (the literals of IMPLEMENTATION_TYPE_TO_LABEL, read as constants).
 */
const KNOWN_UNRESOLVED = [
  "bpmn-js-properties-panel:src/provider/camunda-platform/properties/ListenerProps.js: label",
  "bpmn-js-properties-panel:src/render/PanelHeaderProvider.js: concreteType .replace(/(\\B[A-Z])/g, ' $1') .replace(/(\\bNon Interrupting)/g, '($1)')",
  'bpmn-js-properties-panel:src/render/PanelHeaderProvider.js: template.name',
];

/** {placeholders} that translate fills; `${expression}` examples are text. */
const placeholdersOf = (text: string) => [...text.matchAll(/(?<!\$){([^}]+)}/g)].map((match) => match[1]).sort();

const untranslated = (texts: string[]) => [...new Set(texts)].filter((text) => !(text in DUTCH)).sort();

describe('The Dutch of the properties panel', () => {
  const sources = panelSources().map(({ code, name }) => translatedTexts(name, code));
  const panelTexts = sources.flatMap((source) => source.texts);

  it('reads the texts of the panel, the BPMN provider and the Camunda 7 provider from the installed packages', () => {
    // Given the sources bpmn-js-properties-panel and @bpmn-io/properties-panel ship
    const names = sources.map((source) => source.source);

    // Then the check sees all three parts, and not the Zeebe provider the modeler no longer loads
    expect(names.some((name) => name.includes('@bpmn-io/properties-panel:src/components/'))).toBe(true);
    expect(names.some((name) => name.includes('src/provider/bpmn/'))).toBe(true);
    expect(names.some((name) => name.includes('src/provider/camunda-platform/'))).toBe(true);
    expect(names.filter((name) => name.includes('zeebe'))).toEqual([]);
    expect(panelTexts).toEqual(expect.arrayContaining(['Candidate groups', 'Due date', 'Form key', 'Topic', 'External', 'Toggle section', 'Create new list item']));
  });

  it('has Dutch for every text the panel and its providers pass to translate', () => {
    // When each text is looked up in the Dutch tables
    // Then none is missing
    expect(untranslated(panelTexts)).toEqual([]);
  });

  it('has Dutch for the type of every element in the header of the panel', () => {
    // Given the type labels the header derives from the element types it knows
    const labels = headerTypeLabels();

    // Then there are many, including those of this service's models, and each has its Dutch
    expect(labels).toEqual(expect.arrayContaining(['Service Task', 'User Task', 'Call Activity', 'Exclusive Gateway', 'Timer Boundary Event (Non Interrupting)', 'Message Intermediate Catch Event']));
    expect(untranslated(labels)).toEqual([]);
  });

  it('knows every translate call whose text is computed, so that a new one is looked at before it goes untranslated', () => {
    // When the calls whose text is more than literals and constants are listed
    const unresolved = sources.flatMap((source) => source.unresolved.map((call) => `${source.source}: ${call}`)).sort();

    // Then they are the known ones
    expect(unresolved).toEqual(KNOWN_UNRESOLVED);
  });

  it("has Dutch for this service's own tooltips", () => {
    expect(untranslated(Object.values(PANEL_TOOLTIPS))).toEqual([]);
  });

  it('keeps the placeholders of every text, so that counts and names still appear in Dutch', () => {
    // When the placeholders of each English text and its Dutch are compared
    const changed = Object.entries(DUTCH).filter(([english, dutch]) => placeholdersOf(english).join() !== placeholdersOf(dutch).join());

    // Then they are the same
    expect(changed).toEqual([]);
  });

  it('defines each text in one table only', () => {
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const [table, texts] of Object.entries(DUTCH_TABLES)) {
      for (const english of Object.keys(texts)) {
        if (seen.has(english)) twice.push(`${english} (${seen.get(english)}, ${table})`);
        seen.set(english, table);
      }
    }
    expect(twice).toEqual([]);
  });

  it('uses the words of the domain for the fields a process owner fills in', () => {
    expect(dutchTranslate('Candidate groups')).toBe('Kandidaatgroepen');
    expect(dutchTranslate('Due date')).toBe('Vervaldatum');
    expect(dutchTranslate('Form key')).toBe('Formuliersleutel');
    expect(dutchTranslate('Topic')).toBe('Onderwerp (taaktype)');
    expect(dutchTranslate('External')).toBe('Extern (worker van de dienst)');
  });

  it('fills placeholders and leaves expressions in examples as they are', () => {
    expect(dutchTranslate('List contains {numOfItems} items', { numOfItems: '3' })).toBe('De lijst heeft 3 onderdelen');
    expect(dutchTranslate('The due date as an EL expression (e.g. ${someDate}) or an ISO date (e.g. 2015-06-26T09:54:00).')).toContain('${decisionDueAt}');
    expect(dutchTranslate('A text without Dutch')).toBe('A text without Dutch');
  });
});
