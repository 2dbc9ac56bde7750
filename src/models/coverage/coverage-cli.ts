import { existsSync, readFileSync } from 'node:fs';
import { formatCoverage } from './coverage-report';
import { isFullyCovered, ProcessCoverage } from './model-coverage';

/**
 * `npm run test:bpmn-coverage`: prints the coverage the integration run recorded from the engine's
 * history (flow nodes entered, sequence flows taken; test/support/bpmn-coverage.ts), and fails unless
 * every process of every model in bpmn/ is covered completely in both.
 */
function main(file = 'test-output/bpmn-coverage.json'): number {
  if (!existsSync(file)) {
    console.error(`${file} is missing: run the integration tests first (npm test does both)`);
    return 1;
  }
  const rows = JSON.parse(readFileSync(file, 'utf8')) as ProcessCoverage[];
  if (!rows.every((row) => row.flowNodes && row.sequenceFlows)) {
    console.error(`${file} was written by an older version: run the integration tests again`);
    return 1;
  }
  console.log(formatCoverage(rows));
  const incomplete = rows.filter((row) => !isFullyCovered(row));
  if (incomplete.length > 0) {
    console.error(`\nBPMN coverage below 100% for ${incomplete.map((row) => row.bpmnProcessId).join(', ')}`);
    return 1;
  }
  console.log(`\nAll ${rows.length} processes fully covered: every flow node entered, every sequence flow taken`);
  return 0;
}

process.exit(main(process.argv[2]));
