import { rmSync } from 'node:fs';
import { recordBpmnCoverage } from './bpmn-coverage';
import { harnessInfo } from './test-environment';

/**
 * Records which BPMN elements and sequence flows the run visited (the engine writes its history in
 * the same transaction as each step, so nothing lags), then stops the engine and the database the run
 * started and removes the run's data folder.
 */
export default async function globalTeardown(): Promise<void> {
  const { engine, env } = harnessInfo();
  await recordBpmnCoverage(engine.databaseUrl);
  await globalThis.__JBT_INFRASTRUCTURE__?.stop();
  rmSync(env.DATA_DIR, { force: true, recursive: true });
}
