import { topicsInXml } from '../../src/engine/dialect';
import { ALL_TASK_TYPES, TASK_CONTRACTS, TaskType } from '../../src/engine/process-catalog';
import { JobWorkerRegistry } from '../../src/engine/workers/job-worker.registry';
import { readModelFiles } from '../../src/models/bpmn-directory';
import { modelDirectory, realModelsPresent } from '../support/case-process';
import { startTestApp, TestApp } from '../support/test-app';

/**
 * The task types (external-task topics) of bpmn/, read from the files, which pass the model linter
 * (npm run lint:bpmn); the catalog's while the models are not there yet.
 */
function modelTaskTypes(): string[] {
  if (!realModelsPresent()) return [...ALL_TASK_TYPES];
  return [...new Set(readModelFiles(modelDirectory()).flatMap((file) => topicsInXml(file.content)))].sort();
}

describe('Every service task type has exactly one worker, and every worker a task type', () => {
  let subject: TestApp;
  beforeAll(async () => {
    subject = await startTestApp();
  });
  afterAll(() => subject.close());

  it('finds the same task types in bpmn/, among the registered workers and in the catalog (design.md §5.2)', async () => {
    // Given the models, the workers the application registers, and the catalog
    const inModels = modelTaskTypes();
    const registered = subject.app.get(JobWorkerRegistry).registeredWorkers().map((worker) => worker.metadata.type);

    // Then each worker is registered once, and the three sets are equal
    expect(registered.length).toBe(new Set(registered).size);
    expect([...registered].sort()).toEqual([...ALL_TASK_TYPES]);
    expect(inModels).toEqual([...ALL_TASK_TYPES]);
  });

  it('lets every worker fetch exactly the variables its contract names as inputs (design.md §5.3)', () => {
    const workers = subject.app.get(JobWorkerRegistry).registeredWorkers();

    for (const { metadata } of workers) {
      expect({ type: metadata.type, variables: [...metadata.fetchVariables].sort() }).toEqual({ type: metadata.type, variables: [...TASK_CONTRACTS[metadata.type as TaskType].inputs].sort() });
    }
  });
});
