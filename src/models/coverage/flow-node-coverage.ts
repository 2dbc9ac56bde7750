import { ModdleElement, parseModel } from '../lint/bpmn-parser';

/** How much of one process the engine's records show as visited. */
export interface ProcessCoverage {
  bpmnProcessId: string;
  missing: string[];
  total: number;
  visited: number;
}

/** Every flow node id of every executable process in a model, also inside (event) subprocesses. */
export async function flowNodesOf(xml: string): Promise<Map<string, string[]>> {
  const { definitions, problems } = await parseModel(xml);
  if (!definitions) throw new Error(`Cannot read model: ${problems.map((p) => p.message).join('; ')}`);
  const result = new Map<string, string[]>();
  for (const root of definitions.rootElements ?? []) {
    if (root.$type !== 'bpmn:Process') continue;
    const ids: string[] = [];
    const walk = (container: ModdleElement) => {
      for (const element of container.flowElements ?? []) {
        if (element.$instanceOf('bpmn:FlowNode')) ids.push(element.id);
        if (element.flowElements) walk(element);
      }
    };
    walk(root);
    result.set(root.id, ids.sort());
  }
  return result;
}

/** Compares a model's flow nodes with the element ids the engine recorded for each process. */
export function coverageOf(flowNodes: Map<string, string[]>, visited: Map<string, Set<string>>): ProcessCoverage[] {
  return [...flowNodes.entries()].map(([bpmnProcessId, ids]) => {
    const seen = visited.get(bpmnProcessId) ?? new Set<string>();
    const missing = ids.filter((id) => !seen.has(id));
    return { bpmnProcessId, missing, total: ids.length, visited: ids.length - missing.length };
  });
}

/** A fixed-width table for the test output. */
export function formatCoverage(rows: ProcessCoverage[]): string {
  const lines = rows.map((row) => {
    const share = row.total === 0 ? 100 : (row.visited / row.total) * 100;
    const missing = row.missing.length > 0 ? `  missing: ${row.missing.join(', ')}` : '';
    return `${row.bpmnProcessId.padEnd(32)} ${String(row.visited).padStart(3)}/${String(row.total).padEnd(3)} ${share.toFixed(1).padStart(6)}%${missing}`;
  });
  return ['BPMN flow-node coverage (from the engine\'s exported element instances)', ...lines].join('\n');
}
