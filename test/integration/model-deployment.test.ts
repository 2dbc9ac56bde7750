import { randomUUID } from 'node:crypto';
import { checksumOf, ModelFile } from '../../src/models/bpmn-directory';
import { ModelDeploymentService } from '../../src/models/model-deployment.service';
import { startTestApp, TestApp } from '../support/test-app';

function model(processId: string, label: string): ModelFile {
  const content = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d_${processId}" targetNamespace="http://jbt.local/test">
  <bpmn:process id="${processId}" name="${label}" isExecutable="true" camunda:historyTimeToLive="P1D">
    <bpmn:startEvent id="s" /><bpmn:sequenceFlow id="f" sourceRef="s" targetRef="e" /><bpmn:endEvent id="e" />
  </bpmn:process>
</bpmn:definitions>`;
  return { checksum: checksumOf(content), content, processId, resourceName: `${processId}.bpmn` };
}

describe('Deploying the models at start', () => {
  let subject: TestApp;
  beforeAll(async () => (subject = await startTestApp()));
  afterAll(() => subject.close());

  it('deploys only the models whose content changed since their last deployment', async () => {
    // Given two models deployed once
    const service = subject.app.get(ModelDeploymentService);
    const a = model(`test-a-${randomUUID().slice(0, 8)}`, 'A');
    const b = model(`test-b-${randomUUID().slice(0, 8)}`, 'B');
    expect(await service.deployChangedModels([a, b])).toEqual([a.processId, b.processId]);

    // When the service starts again with the same files, and then with b changed
    const unchanged = await service.deployChangedModels([a, b]);
    const changed = await service.deployChangedModels([a, model(b.processId, 'B, gewijzigd')]);

    // Then nothing was deployed the second time, only b the third, as its version 2
    expect(unchanged).toEqual([]);
    expect(changed).toEqual([b.processId]);
    const versions = await subject.prisma.modelDeployment.findMany({ orderBy: { version: 'asc' }, where: { bpmnProcessId: b.processId } });
    expect(versions.map((row) => row.version)).toEqual([1, 2]);
  });
});
