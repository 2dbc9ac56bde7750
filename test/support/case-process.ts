import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ProcessId } from '../../src/engine/process-catalog';
import { BPMN_DIR, readModelFiles } from '../../src/models/bpmn-directory';
import { ModelDeploymentService } from '../../src/models/model-deployment.service';
import { TestApp } from './test-app';

const ENTRY_PROCESSES: readonly string[] = [ProcessId.Referral, ProcessId.OtsClosureReview];

/** Where the models live. */
export function modelDirectory(): string {
  return BPMN_DIR;
}

/** Whether bpmn/ holds the real entry processes (jbt-referral and jbt-ots-closure-review). */
export function realModelsPresent(): boolean {
  const ids = new Set(readModelFiles(modelDirectory()).map((file) => file.processId));
  return ENTRY_PROCESSES.every((id) => ids.has(id));
}

/**
 * Makes sure the engine knows the entry processes a filed case starts: the real models from bpmn/
 * when they are there, otherwise stubs with the same ids (test/fixtures/jbt-entry-process-stubs.bpmn)
 * that wait for a withdrawal, so that filing can start an instance either way.
 */
export async function deployCaseProcess(subject: TestApp): Promise<void> {
  if (realModelsPresent()) {
    await subject.app.get(ModelDeploymentService).deployChangedModels(readModelFiles(modelDirectory()));
    return;
  }
  const content = readFileSync(join(__dirname, '..', 'fixtures', 'jbt-entry-process-stubs.bpmn'));
  await subject.engine.deploy([{ content, name: 'jbt-entry-process-stubs.bpmn' }]);
}
