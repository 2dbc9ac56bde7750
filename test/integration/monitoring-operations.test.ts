import request from 'supertest';
import { WorkerHandle } from '../../src/engine/engine.types';
import { ProcessHistory } from '../../src/engine/process-history.port';
import { Role } from '../../src/generated/prisma/enums';
import { createMonitoredCase, deployMonitoringProcesses, MONITORING_PROCESS } from '../factories/monitored-case.factory';
import { createRegion, TestRegion } from '../factories/region.factory';
import { signIn } from '../factories/session.factory';
import { createUser } from '../factories/user.factory';
import { eventually } from '../support/eventually';
import { startTestApp, TestApp } from '../support/test-app';

describe('Operating on a case\'s process', () => {
  let subject: TestApp;
  let history: ProcessHistory;
  let region: TestRegion;
  let manager: string;
  let worker: WorkerHandle | undefined;

  const post = (path: string, body: unknown, bearer = manager) => request(subject.app.getHttpServer()).post(`/api/monitoring${path}`).send(body as object).auth(bearer, { type: 'bearer' });

  /** A case whose process waits at the service task; with `failing`, the task's job failed without retries left. */
  async function aCase(): Promise<{ id: string; key: string }> {
    const instance = await subject.engine.createInstance(MONITORING_PROCESS.running, { caseId: 'operations' });
    const created = await createMonitoredCase(subject.prisma, region, { processInstanceKey: instance.processInstanceKey, referredAt: new Date() });
    return { id: created.id, key: instance.processInstanceKey };
  }

  async function openIncidentOf(key: string) {
    const [incident] = await eventually(() => history.incidentDetails({ rootProcessInstanceKeys: [key], state: 'ACTIVE' }), (list) => list.length === 1, 'an incident');
    return incident;
  }

  beforeAll(async () => {
    subject = await startTestApp();
    history = subject.history;
    await deployMonitoringProcesses(subject.engine);
    region = await createRegion(subject.prisma);
    manager = await signIn(subject.app, await createUser(subject.prisma, region, Role.MANAGER));
  });
  afterAll(async () => {
    await worker?.close();
    await subject.close();
  });

  it('retries an incident: the job gets a retry back, the incident is resolved, and the reason is in the audit log', async () => {
    // Given a case whose service task failed without retries left (the test's worker fails on purpose)
    worker = await subject.engine.createWorker(
      { fetchVariables: [], timeoutMs: 10_000, type: MONITORING_PROCESS.checkJobType, workerName: 'monitoring-test' },
      async () => ({ kind: 'fail', message: 'Mailserver onbereikbaar (test)', retries: 0, retryBackoffMs: 0 }),
    );
    const failing = await aCase();
    const incident = await openIncidentOf(failing.key);
    await worker.close();
    worker = undefined;
    expect(incident).toMatchObject({ elementId: MONITORING_PROCESS.check, elementName: 'Gegevens controleren', errorType: 'JOB_NO_RETRIES', jobRetries: 0, jobType: MONITORING_PROCESS.checkJobType });

    // When a manager retries it without a reason, that is refused
    const withoutReason = await post(`/incidents/${incident.key}/retry`, { reason: '' });
    expect(withoutReason.status).toBe(400);

    // And with a reason, it is done
    const reason = 'Mailserver draait weer; opnieuw proberen.';
    const response = await post(`/incidents/${incident.key}/retry`, { reason });
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ incidentKey: incident.key, jobKey: incident.jobKey, retries: 1 });

    // Then the incident is resolved and the job has a retry again
    const [resolved] = await history.incidentDetails({ keys: [incident.key] });
    expect(resolved).toMatchObject({ jobRetries: 1, state: 'RESOLVED' });
    // And the audit log holds who did it, for which case, and why
    const audit = await subject.prisma.auditEvent.findFirst({ where: { action: 'RETRY_INCIDENT', caseId: failing.id, outcome: 'ALLOWED' } });
    expect(audit?.details).toMatchObject({ incidentKey: incident.key, jobKey: incident.jobKey, reason });
    expect(audit?.onBehalfOf).toBe(`MANAGER@${region.organisations.gemeenten}`);

    // And a second retry of the same incident finds it no longer open, as does a key of no engine's shape
    expect((await post(`/incidents/${incident.key}/retry`, { reason })).status).toBe(404);
    expect((await post(`/incidents/${encodeURIComponent('../../etc')}/retry`, { reason })).status).toBe(404);
  });

  it('cancels a case\'s process with a reason, audited; a second cancel is a conflict', async () => {
    // Given a running case
    const target = await aCase();
    const [before] = await history.rootInstanceOverviews([target.key]);
    expect(before.state).toBe('ACTIVE');

    // When a manager cancels it with a reason
    const reason = 'Verzoek dubbel ingediend; casus loopt elders.';
    const response = await post(`/cases/${target.id}/cancel`, { reason });

    // Then the engine ends the process, and the audit log says why
    expect(response.status).toBe(200);
    const [after] = await history.rootInstanceOverviews([target.key]);
    expect(after.state).toBe('TERMINATED');
    const audit = await subject.prisma.auditEvent.findFirst({ where: { action: 'CANCEL_CASE_PROCESS', caseId: target.id, outcome: 'ALLOWED' } });
    expect(audit?.details).toMatchObject({ processInstanceKey: target.key, reason });

    // And cancelling it again is refused as a conflict, and recorded as failed
    const again = await post(`/cases/${target.id}/cancel`, { reason });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('PROCESS_NOT_RUNNING');
    expect(await subject.prisma.auditEvent.count({ where: { action: 'CANCEL_CASE_PROCESS', caseId: target.id, outcome: 'FAILED' } })).toBe(1);
  });

  it('lets only managers and administrators of the case\'s region operate, and audits each refusal', async () => {
    const target = await aCase();
    const reason = 'Zomaar, om te proberen.';

    // A process owner may look but not operate
    const owner = await signIn(subject.app, await createUser(subject.prisma, region, Role.PROCESS_OWNER));
    expect((await post(`/cases/${target.id}/cancel`, { reason }, owner)).status).toBe(403);
    // A chair neither
    const chair = await signIn(subject.app, await createUser(subject.prisma, region, Role.CHAIR));
    const refused = await post(`/cases/${target.id}/cancel`, { reason }, chair);
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('MONITORING_FORBIDDEN');
    // A manager of another region does not even see the case
    const elsewhere = await createRegion(subject.prisma);
    const foreign = await signIn(subject.app, await createUser(subject.prisma, elsewhere, Role.MANAGER));
    expect((await post(`/cases/${target.id}/cancel`, { reason }, foreign)).status).toBe(404);

    // And every refusal is on record, and the process still runs
    expect(await subject.prisma.auditEvent.count({ where: { action: 'CANCEL_CASE_PROCESS', outcome: 'DENIED', details: { path: ['reason'], equals: reason } } })).toBe(3);
    const [overview] = await history.rootInstanceOverviews([target.key]);
    expect(overview.state).toBe('ACTIVE');
  });
});
