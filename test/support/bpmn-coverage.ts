import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ProcessHistory } from '../../src/engine/process-history.port';
import { readModelFiles } from '../../src/models/bpmn-directory';
import { formatCoverage } from '../../src/models/coverage/coverage-report';
import { coverageOf, ProcessCoverage } from '../../src/models/coverage/model-coverage';
import { processPartsOf } from '../../src/models/coverage/process-parts';

export const COVERAGE_FILE = join(__dirname, '..', '..', 'test-output', 'bpmn-coverage.json');

/**
 * Reads from the engine's history (the read model of the run's own engine database) which elements of
 * the models in bpmn/ this test run entered and which sequence flows it took, and writes the coverage
 * per process to test-output for `npm run test:bpmn-coverage`.
 */
export async function recordBpmnCoverage(history: ProcessHistory): Promise<ProcessCoverage[]> {
  const recorded = await history.coverage();
  const rows: ProcessCoverage[] = [];
  for (const file of readModelFiles()) rows.push(...coverageOf(await processPartsOf(file.content), recorded));
  mkdirSync(join(COVERAGE_FILE, '..'), { recursive: true });
  writeFileSync(COVERAGE_FILE, JSON.stringify(rows, null, 2));
  if (rows.length > 0) process.stdout.write(`\n${formatCoverage(rows)}\n`);
  return rows;
}
