import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
// The test apps are closed by the time the run ends; the read model is opened on the run's engine
// database directly, the one place outside src/engine/ that does so.
// eslint-disable-next-line no-restricted-imports
import { OperatonHistory } from '../../src/engine/operaton/history';
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
export async function recordBpmnCoverage(engineDatabaseUrl: string): Promise<ProcessCoverage[]> {
  const history = new OperatonHistory(engineDatabaseUrl);
  let recorded;
  try {
    recorded = await history.coverage();
  } finally {
    await history.close();
  }
  const rows: ProcessCoverage[] = [];
  for (const file of readModelFiles()) rows.push(...coverageOf(await processPartsOf(file.content), recorded));
  mkdirSync(join(COVERAGE_FILE, '..'), { recursive: true });
  writeFileSync(COVERAGE_FILE, JSON.stringify(rows, null, 2));
  if (rows.length > 0) process.stdout.write(`\n${formatCoverage(rows)}\n`);
  return rows;
}
