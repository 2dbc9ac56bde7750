import { existsSync, readFileSync } from 'node:fs';
import { formatCoverage, ProcessCoverage } from './flow-node-coverage';

/**
 * `npm run test:bpmn-coverage`: prints the flow-node coverage the integration run recorded from the
 * engine's element instances, and fails unless every model in bpmn/ is covered completely.
 */
function main(file = 'test-output/bpmn-coverage.json'): number {
  if (!existsSync(file)) {
    console.error(`${file} is missing: run the integration tests first (npm test does both)`);
    return 1;
  }
  const rows = JSON.parse(readFileSync(file, 'utf8')) as ProcessCoverage[];
  console.log(formatCoverage(rows));
  const incomplete = rows.filter((row) => row.visited < row.total);
  if (incomplete.length > 0) {
    console.error(`\nBPMN coverage below 100% for ${incomplete.map((row) => row.bpmnProcessId).join(', ')}`);
    return 1;
  }
  console.log(`\nAll ${rows.length} processes fully covered`);
  return 0;
}

process.exit(main(process.argv[2]));
