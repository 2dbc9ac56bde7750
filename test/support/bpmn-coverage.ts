import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { readModelFiles } from '../../src/models/bpmn-directory';
import { coverageOf, flowNodesOf, formatCoverage, ProcessCoverage } from '../../src/models/coverage/flow-node-coverage';

export const COVERAGE_FILE = join(__dirname, '..', '..', 'test-output', 'bpmn-coverage.json');

/**
 * Reads which elements of the models in bpmn/ the engine executed during this test run (the run has
 * a history database of its own) and writes the coverage per process to test-output.
 */
export async function recordBpmnCoverage(engineHistoryUrl: string): Promise<ProcessCoverage[]> {
  const client = new Client({ connectionString: engineHistoryUrl });
  await client.connect();
  const visited = new Map<string, Set<string>>();
  try {
    const exists = await client.query("SELECT to_regclass('public.zeebe_element_instance') AS t");
    if (exists.rows[0].t) {
      const { rows } = await client.query<{ bpmn_process_id: string; element_id: string }>(
        'SELECT DISTINCT bpmn_process_id, element_id FROM zeebe_element_instance',
      );
      for (const row of rows) {
        if (!visited.has(row.bpmn_process_id)) visited.set(row.bpmn_process_id, new Set());
        visited.get(row.bpmn_process_id)!.add(row.element_id);
      }
    }
  } finally {
    await client.end();
  }
  const rows: ProcessCoverage[] = [];
  for (const file of readModelFiles()) rows.push(...coverageOf(await flowNodesOf(file.content), visited));
  mkdirSync(join(COVERAGE_FILE, '..'), { recursive: true });
  writeFileSync(COVERAGE_FILE, JSON.stringify(rows, null, 2));
  if (rows.length > 0) process.stdout.write(`\n${formatCoverage(rows)}\n`);
  return rows;
}
