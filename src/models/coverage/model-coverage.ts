import { ModelCoverage } from '../../engine/engine-monitoring.types';

/** How much of one kind of model part (flow nodes or sequence flows) the engine's history shows as passed. */
export interface CoverageCount {
  covered: number;
  missing: string[];
  total: number;
}

/** One process of a model: its flow nodes entered and its sequence flows taken. */
export interface ProcessCoverage {
  bpmnProcessId: string;
  flowNodes: CoverageCount;
  sequenceFlows: CoverageCount;
}

/** The ids a process consists of, also inside (event) sub-processes, sorted (see process-parts.ts). */
export interface ProcessParts {
  flowNodes: string[];
  sequenceFlows: string[];
}

/** Compares a model's processes with what the engine recorded for each (ProcessHistory.coverage()). */
export function coverageOf(processes: Map<string, ProcessParts>, recorded: ModelCoverage[]): ProcessCoverage[] {
  const byProcess = new Map(recorded.map((entry) => [entry.bpmnProcessId, entry]));
  return [...processes.entries()].map(([bpmnProcessId, parts]) => {
    const seen = byProcess.get(bpmnProcessId);
    return {
      bpmnProcessId,
      flowNodes: countOf(parts.flowNodes, new Set(seen?.elementIds ?? [])),
      sequenceFlows: countOf(parts.sequenceFlows, new Set(seen?.flowIds ?? [])),
    };
  });
}

export function isFullyCovered(row: ProcessCoverage): boolean {
  return row.flowNodes.missing.length === 0 && row.sequenceFlows.missing.length === 0;
}

function countOf(ids: string[], seen: Set<string>): CoverageCount {
  const missing = ids.filter((id) => !seen.has(id));
  return { covered: ids.length - missing.length, missing, total: ids.length };
}
