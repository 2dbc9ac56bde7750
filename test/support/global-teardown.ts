import { rmSync } from 'node:fs';
import { recordBpmnCoverage } from './bpmn-coverage';
import { harnessInfo } from './test-environment';

/**
 * Records which BPMN elements the run visited, then stops the broker and the database the run started
 * and removes the run's data folder.
 */
export default async function globalTeardown(): Promise<void> {
  const { engineHistoryUrl, env } = harnessInfo();
  // Give the exporter a moment to write the last records before coverage is read.
  await new Promise((resolve) => setTimeout(resolve, 500));
  await recordBpmnCoverage(engineHistoryUrl);
  await globalThis.__JBT_INFRASTRUCTURE__?.stop();
  rmSync(env.DATA_DIR, { force: true, recursive: true });
}
