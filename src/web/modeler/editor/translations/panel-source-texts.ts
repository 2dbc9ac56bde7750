import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import ts from 'typescript';

/**
 * Node only (for dutch-translations.spec.ts, never bundled): the texts the properties panel asks the
 * `translate` service for, read from the sources that bpmn-js-properties-panel and
 * @bpmn-io/properties-panel ship inside their source maps. Reading the code of the installed version
 * means an upgrade that adds a label makes the check fail until the label has its Dutch.
 */

/** The texts of one source file, and the translate calls whose text cannot be known before rendering. */
export interface SourceTexts {
  source: string;
  texts: string[];
  unresolved: string[];
}

interface SourceMap {
  sources: string[];
  sourcesContent: (string | null)[];
}

/** Sources of the parts this modeler loads: the panel itself, the BPMN and the Camunda 7 provider. */
const PANEL_PACKAGES = ['bpmn-js-properties-panel', '@bpmn-io/properties-panel'] as const;
const NOT_LOADED = /\/(provider|contextProvider)\/zeebe\//;

function readSourceMap(packageName: string): SourceMap {
  const main = require.resolve(`${packageName}/package.json`);
  return JSON.parse(readFileSync(join(dirname(main), 'dist', 'index.esm.js.map'), 'utf8')) as SourceMap;
}

/** The loaded sources of both packages, named `<package>:<path>`. */
export function panelSources(): { code: string; name: string }[] {
  return PANEL_PACKAGES.flatMap((packageName) => {
    const map = readSourceMap(packageName);
    return map.sources
      .map((source, index) => ({ code: map.sourcesContent[index] ?? '', name: `${packageName}:${source.replace(/^(\.\.\/)+/, '')}` }))
      .filter(({ code, name }) => code.includes('translate') && !NOT_LOADED.test(`/${name.split(':')[1]}`));
  });
}

/** String constants and constant maps at the top of a file: `const X_LABEL = '…'`, `const TO_LABEL = { a: '…' }`. */
function constantsOf(file: ts.SourceFile): Map<string, string[]> {
  const constants = new Map<string, string[]>();
  const visit = (node: ts.Node) => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer) {
      if (ts.isStringLiteralLike(node.initializer)) constants.set(node.name.text, [node.initializer.text]);
      if (ts.isObjectLiteralExpression(node.initializer)) {
        const values = node.initializer.properties.flatMap((property) => (ts.isPropertyAssignment(property) && ts.isStringLiteralLike(property.initializer) ? [property.initializer.text] : []));
        if (values.length === node.initializer.properties.length && values.length > 0) constants.set(node.name.text, values);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return constants;
}

/** Every text an expression can evaluate to, or null when it depends on more than literals and constants. */
function textsOf(node: ts.Expression, constants: Map<string, string[]>): string[] | null {
  if (ts.isParenthesizedExpression(node)) return textsOf(node.expression, constants);
  if (ts.isStringLiteralLike(node)) return [node.text];
  if (ts.isIdentifier(node)) return constants.get(node.text) ?? null;
  if (ts.isElementAccessExpression(node) && ts.isIdentifier(node.expression)) return constants.get(node.expression.text) ?? null;
  if (ts.isConditionalExpression(node)) {
    const [whenTrue, whenFalse] = [textsOf(node.whenTrue, constants), textsOf(node.whenFalse, constants)];
    return whenTrue && whenFalse ? [...whenTrue, ...whenFalse] : null;
  }
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    const [left, right] = [textsOf(node.left, constants), textsOf(node.right, constants)];
    return left && right ? left.flatMap((a) => right.map((b) => a + b)) : null;
  }
  if (ts.isTemplateExpression(node)) {
    let texts: string[] | null = [node.head.text];
    for (const span of node.templateSpans) {
      const parts = textsOf(span.expression, constants);
      if (!parts || !texts) return null;
      texts = texts.flatMap((before) => parts.map((part) => before + part + span.literal.text));
    }
    return texts;
  }
  return null;
}

/** The texts one source file passes to `translate(…)`. */
export function translatedTexts(name: string, code: string): SourceTexts {
  const file = ts.createSourceFile(name, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.JSX);
  const constants = constantsOf(file);
  const texts: string[] = [];
  const unresolved: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'translate' && node.arguments.length > 0) {
      const found = textsOf(node.arguments[0], constants);
      if (found) texts.push(...found);
      else unresolved.push(node.arguments[0].getText(file).replace(/\s+/g, ' '));
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return { source: name, texts: [...new Set(texts)], unresolved };
}

/**
 * The type labels of the panel's header ("Timer Boundary Event (Non Interrupting)"): the header
 * translates the element's concrete type, as the keys of its icon table name them.
 */
export function headerTypeLabels(): string[] {
  const map = readSourceMap('bpmn-js-properties-panel');
  const index = map.sources.findIndex((path) => path.endsWith('src/icons/index.js'));
  if (index < 0) return [];
  const file = ts.createSourceFile('icons.js', map.sourcesContent[index] ?? '', ts.ScriptTarget.Latest, true, ts.ScriptKind.JSX);
  const types: string[] = [];
  file.forEachChild((node) => {
    if (ts.isExportAssignment(node) && ts.isObjectLiteralExpression(node.expression)) {
      for (const property of node.expression.properties) if (property.name && (ts.isStringLiteral(property.name) || ts.isIdentifier(property.name))) types.push(property.name.text);
    }
  });
  // The same two replacements as getTypeLabel in PanelHeaderProvider.js.
  return types.map((type) => type.replace(/(\B[A-Z])/g, ' $1').replace(/(\bNon Interrupting)/g, '($1)'));
}
