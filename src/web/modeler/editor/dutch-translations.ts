import { CAMUNDA_PLATFORM_NL } from './translations/camunda-platform.nl';
import { DIAGRAM_NL } from './translations/diagram.nl';
import { ELEMENT_TYPES_NL } from './translations/element-types.nl';
import { PANEL_TOOLTIPS_NL } from './translations/panel-tooltips.nl';
import { PANEL_NL } from './translations/panel.nl';

/**
 * The tables that make up the Dutch of the editor, by part. A text appears in one table only
 * (dutch-translations.spec.ts checks that, and that every text the properties panel renders has its
 * Dutch here).
 */
export const DUTCH_TABLES: Record<string, Record<string, string>> = {
  'camunda-platform': CAMUNDA_PLATFORM_NL,
  diagram: DIAGRAM_NL,
  'element-types': ELEMENT_TYPES_NL,
  panel: PANEL_NL,
  'panel-tooltips': PANEL_TOOLTIPS_NL,
};

export const DUTCH: Record<string, string> = Object.assign({}, ...Object.values(DUTCH_TABLES));

/**
 * Fills {placeholders} as diagram-js's default `translate` does; `${expression}` in a text is an
 * example of an expression, not a placeholder, and stays as it is.
 */
function fill(template: string, replacements: Record<string, string>): string {
  return template.replace(/(?<!\$){([^}]+)}/g, (_, key: string) => replacements[key] ?? `{${key}}`);
}

/** The diagram-js `translate` service in Dutch; texts without Dutch stay English. */
export function dutchTranslate(template: string, replacements: Record<string, string> = {}): string {
  return fill(DUTCH[template] ?? template, replacements);
}

/** The same service in English, for texts of this service (tooltips) outside diagram-js. */
export function englishTranslate(template: string, replacements: Record<string, string> = {}): string {
  return fill(template, replacements);
}

export const dutchTranslateModule = { translate: ['value', dutchTranslate] };
