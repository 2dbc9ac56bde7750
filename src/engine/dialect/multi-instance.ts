import { dialectAttribute, type ModdleElement } from './dialect-moddle';
import { qualified } from './dialect-namespace';
import { variableExpression } from './juel-expression';

/**
 * A multi-instance activity runs once per element of `camunda:collection` (an expression, or the name
 * of a variable, holding a java.util.Collection) with the element in `camunda:elementVariable`. Over
 * an empty collection the activity completes at once without running.
 */
export function multiInstanceAttributes(collectionVariable: string, elementVariable: string): Record<string, string> {
  return { [qualified('collection')]: variableExpression(collectionVariable), [qualified('elementVariable')]: elementVariable };
}

export function collectionOf(loop: ModdleElement): string | undefined {
  return dialectAttribute(loop, 'collection');
}

export function elementVariableOf(loop: ModdleElement): string | undefined {
  return dialectAttribute(loop, 'elementVariable');
}
