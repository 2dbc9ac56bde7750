/** Elements the engine activates together on parallel branches: their order in the history is not theirs to keep. */
export interface Concurrently {
  concurrently: readonly string[];
}

export type PathStep = Concurrently | string;

/**
 * The README's arrow notation, with one addition: `{A, B}` is a run of elements activated together
 * on parallel branches (after a parallel split, or a branch that completes at once and reaches the
 * join while its sibling starts), which the history may list in either order. Element instances of
 * one engine transaction can carry the same millisecond, and concurrent branches have no order
 * between them, so a test may only hold the engine to the run as a whole.
 * `path('A → {B, C} → D')`.
 */
export function path(arrows: string): PathStep[] {
  return arrows.split('→').map((segment) => {
    const step = segment.trim();
    return step.startsWith('{') && step.endsWith('}') ? { concurrently: step.slice(1, -1).split(',').map((id) => id.trim()) } : step;
  });
}

/**
 * The paths taken, held against the paths expected: where an expected run of concurrent elements
 * meets the same elements in another order, they are put in the expected order; nothing else
 * changes, so a wrong element, a missing one or one too many still shows in the diff.
 */
export function alignedPaths(actual: Record<string, string[][]>, expected: Record<string, PathStep[][]>): { actual: Record<string, string[][]>; expected: Record<string, string[][]> } {
  const aligned: Record<string, string[][]> = {};
  for (const [processId, instances] of Object.entries(actual)) {
    aligned[processId] = instances.map((ids, index) => align(ids, expected[processId]?.[index] ?? []));
  }
  const flat = Object.fromEntries(Object.entries(expected).map(([processId, instances]) => [processId, instances.map(flatten)]));
  return { actual: aligned, expected: flat };
}

function flatten(steps: PathStep[]): string[] {
  return steps.flatMap((step) => (typeof step === 'string' ? [step] : [...step.concurrently]));
}

function align(ids: string[], steps: PathStep[]): string[] {
  const result = [...ids];
  let position = 0;
  for (const step of steps) {
    if (typeof step === 'string') {
      position++;
      continue;
    }
    const run = result.slice(position, position + step.concurrently.length);
    if ([...run].sort().join() === [...step.concurrently].sort().join()) result.splice(position, run.length, ...step.concurrently);
    position += step.concurrently.length;
  }
  return result;
}
