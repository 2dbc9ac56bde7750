import type { ModdleElement } from './dialect-moddle';
import { ENGINE_NAMESPACE_URIS, ZEEBE_NAMESPACE_URI } from './dialect-namespace';

/** An extension element or attribute the engine will not read, with the namespace it is in. */
export interface ForeignExtension {
  kind: 'attribute' | 'element';
  name: string;
  namespace: string;
}

/**
 * Extension elements of an element in a namespace the engine does not read, and its attributes in the
 * Zeebe namespace. The parser keeps both without complaint (BPMN allows any extension); the engine
 * would ignore them, so a service task's `zeebe:taskDefinition` would silently do nothing. Attributes
 * of other tools (the modeler's, colours) are left alone: they mean nothing to a process.
 * `namespaces` maps prefixes to URIs as the definitions declare them.
 */
export function foreignExtensionsOf(element: ModdleElement, namespaces: Readonly<Record<string, string>>): ForeignExtension[] {
  const found: ForeignExtension[] = [];
  for (const value of element?.extensionElements?.values ?? []) {
    const uri: string | undefined = value?.$descriptor?.ns?.uri;
    if (value?.$descriptor?.isGeneric && uri && !ENGINE_NAMESPACE_URIS.includes(uri)) found.push({ kind: 'element', name: value.$type, namespace: uri });
  }
  const declared = { ...namespaces, ...prefixesOf(element?.$attrs) };
  for (const name of Object.keys(element?.$attrs ?? {})) {
    const prefix = name.includes(':') ? name.slice(0, name.indexOf(':')) : undefined;
    if (!prefix || prefix === 'xmlns') continue;
    if (declared[prefix] === ZEEBE_NAMESPACE_URI) found.push({ kind: 'attribute', name, namespace: ZEEBE_NAMESPACE_URI });
  }
  return found;
}

/** The prefixes an element's attributes declare (`xmlns:zeebe="..."` → { zeebe: "..." }). */
export function prefixesOf(attrs: Record<string, string> | undefined): Record<string, string> {
  return Object.fromEntries(
    Object.entries(attrs ?? {})
      .filter(([name]) => name.startsWith('xmlns:'))
      .map(([name, uri]) => [name.slice('xmlns:'.length), uri]),
  );
}
