import { CoverageCount, ProcessCoverage } from './model-coverage';

/** A fixed-width table for the test output: per process, flow nodes and sequence flows, with what is missing. */
export function formatCoverage(rows: ProcessCoverage[]): string {
  const lines = rows.flatMap((row) => {
    const line = `${row.bpmnProcessId.padEnd(28)} ${cell(row.flowNodes)}   ${cell(row.sequenceFlows)}`;
    const missing = [
      ...(row.flowNodes.missing.length > 0 ? [`    flow nodes missing: ${row.flowNodes.missing.join(', ')}`] : []),
      ...(row.sequenceFlows.missing.length > 0 ? [`    sequence flows missing: ${row.sequenceFlows.missing.join(', ')}`] : []),
    ];
    return [line, ...missing];
  });
  const header = `${'process'.padEnd(28)} ${'flow nodes'.padEnd(17)}   sequence flows`;
  return ["BPMN coverage (from the engine's history: elements entered, sequence flows taken)", header, ...lines].join('\n');
}

function cell(count: CoverageCount): string {
  const share = count.total === 0 ? 100 : (count.covered / count.total) * 100;
  return `${String(count.covered).padStart(3)}/${String(count.total).padEnd(3)} ${share.toFixed(1).padStart(6)}%`;
}
