import type { ModdleElement } from '../bpmn-parser';

/** The first extension element of a type (e.g. 'zeebe:TaskDefinition') on a BPMN element. */
export function extension(element: ModdleElement, type: string): ModdleElement | undefined {
  return element?.extensionElements?.values?.find((value: ModdleElement) => value.$type === type);
}

export function isA(element: ModdleElement, type: string): boolean {
  return typeof element?.$instanceOf === 'function' && element.$instanceOf(type);
}

/** Role names of a candidateGroups value: "chair, secretary" or the FEEL list literal =["chair"]. */
export function candidateRoles(value: string | undefined): string[] | undefined {
  if (!value) return undefined;
  const text = value.trim();
  if (text.startsWith('=')) {
    const literal = /^=\s*\[\s*((?:"[^"]*"\s*,?\s*)*)\]\s*$/.exec(text);
    if (!literal) return undefined;
    return [...literal[1].matchAll(/"([^"]*)"/g)].map((match) => match[1]);
  }
  return text.split(',').map((role) => role.trim()).filter(Boolean);
}
