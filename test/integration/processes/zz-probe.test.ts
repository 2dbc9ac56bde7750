import { readModelFiles } from '../../../src/models/bpmn-directory';
import { startTestApp, TestApp } from '../../support/test-app';
import { harnessInfo } from '../../support/test-environment';

describe('probe', () => {
  let subject: TestApp;
  beforeAll(async () => {
    const t = Date.now();
    subject = await startTestApp();
    console.log('app', Date.now() - t);
  });
  afterAll(async () => subject?.close());
  it('probes', async () => {
    let t = Date.now();
    const d = await subject.engine.deploy(readModelFiles().map((f) => ({ name: f.resourceName, content: f.content })));
    console.log('deploy', Date.now() - t, d.processes.map((p) => `${p.bpmnProcessId}:${p.version}`));
    const m = harnessInfo().zeebe.managementAddress;
    for (const p of ['/actuator/partitions', '/actuator/clock', '/actuator']) {
      const r = await fetch(m + p);
      console.log(p, r.status, (await r.text()).slice(0, 1500));
    }
    t = Date.now();
    const now = await subject.engine.advanceClock(0);
    console.log('clock0', Date.now() - t, now);
  });
});
