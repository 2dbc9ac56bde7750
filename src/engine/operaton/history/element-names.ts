import { ElementType } from '../../engine.types';
import { describeType } from './element-descriptions';
import { ElementCatalogue } from './element-catalogue';

/**
 * The name monitoring shows for an element: its label in the deployed model, or a description of its
 * kind; the engine's own record of the label (ACT_NAME_) or the type when the model is not at hand.
 */
export function elementName(catalogue: ElementCatalogue | undefined, elementId: string, recorded: string | null, type: ElementType): string {
  const named = catalogue?.nameOf(elementId);
  if (named) return named;
  const label = recorded?.replace(/\s+/g, ' ').trim();
  return label ? label : describeType(type);
}
