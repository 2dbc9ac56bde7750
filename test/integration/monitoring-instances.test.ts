import request from 'supertest';
import { Role } from '../../src/generated/prisma/enums';
import { createMonitoredCase, daysAfter, deployMonitoringProcesses, MONITORING_PROCESS } from '../factories/monitored-case.factory';
import { createRegion, TestRegion } from '../factories/region.factory';
import { signIn } from '../factories/session.factory';
import { createUser } from '../factories/user.factory';
import { eventually } from '../support/eventually';
import { startTestApp, TestApp } from '../support/test-app';

describe('Monitoring\'s cases and their processes', () => {
  let subject: TestApp;
  let region: TestRegion;
  let token: string;
  let running: { caseNumber: string; id: string; key: string };
  let finished: { caseNumber: string; id: string; key: string };
  let unstarted: { caseNumber: string; id: string };

  const get = (path: string, query: Record<string, string | number | boolean> = {}, bearer = token) =>
    request(subject.app.getHttpServer()).get(`/api/monitoring${path}`).query(query).auth(bearer, { type: 'bearer' });

  beforeAll(async () => {
    subject = await startTestApp();
    await deployMonitoringProcesses(subject.engine);
    // Given a region with a case waiting at a service task and overdue, a finished case, and a case without a process
    region = await createRegion(subject.prisma);
    const started = await subject.engine.createInstance(MONITORING_PROCESS.running, { caseId: 'monitoring-running', normDays: 14 });
    const ended = await subject.engine.createInstance(MONITORING_PROCESS.done, { caseId: 'monitoring-done' });
    const referredAt = daysAfter(new Date(), -20);
    running = {
      ...(await createMonitoredCase(subject.prisma, region, { normDeadline: { dueAt: daysAfter(referredAt, 14) }, processInstanceKey: started.processInstanceKey, referredAt, status: 'PLANNED', track: 'FIVE_TO_TWELVE' })),
      key: started.processInstanceKey,
    };
    finished = {
      ...(await createMonitoredCase(subject.prisma, region, {
        decision: { decidedAt: daysAfter(referredAt, 10), outcome: 'VOLUNTARY_LOCAL_TEAM' },
        processInstanceKey: ended.processInstanceKey,
        referredAt: daysAfter(referredAt, -30),
        status: 'CLOSED',
      })),
      key: ended.processInstanceKey,
    };
    unstarted = await createMonitoredCase(subject.prisma, region, { referredAt: daysAfter(referredAt, 5) });
    token = await signIn(subject.app, await createUser(subject.prisma, region, Role.MANAGER));
    // The history is written in the engine's own transactions; the done instance ends as soon as it starts
    const history = subject.history;
    await eventually(() => history.rootInstanceOverviews([running.key, finished.key]), (list) => list.length === 2 && list.some((item) => item.state === 'COMPLETED') && list.some((item) => item.activeSteps.length > 0), 'both instances in the history');
  });
  afterAll(() => subject.close());

  it('lists the region\'s cases, newest referral first, with where each process stands', async () => {
    const response = await get('/cases', { regionId: region.id });

    expect(response.status).toBe(200);
    expect(response.body.total).toBe(3);
    expect(response.body.items.map((item: { caseNumber: string }) => item.caseNumber)).toEqual([unstarted.caseNumber, running.caseNumber, finished.caseNumber]);
    const waiting = response.body.items[1];
    expect(waiting).toMatchObject({
      caseId: running.id,
      municipality: { id: region.municipalityId },
      process: { currentSteps: [{ elementId: MONITORING_PROCESS.check, elementName: 'Gegevens controleren', elementType: 'SERVICE_TASK' }], incidents: 0, key: running.key, state: 'ACTIVE' },
      region: { id: region.id, name: region.name },
      table: { id: region.tableId },
      track: 'FIVE_TO_TWELVE',
    });
    expect(waiting.overdueSince).not.toBeNull();
    expect(response.body.items[2]).toMatchObject({ outcome: 'VOLUNTARY_LOCAL_TEAM', overdueSince: null, process: { currentSteps: [], state: 'COMPLETED' } });
    expect(response.body.items[0].process).toBeNull();
  });

  it('filters by the process\'s state, the current step, overdue, outcome, track and case number', async () => {
    const numbers = async (query: Record<string, string | boolean>) => (await get('/cases', { regionId: region.id, ...query })).body.items.map((item: { caseNumber: string }) => item.caseNumber);

    expect(await numbers({ state: 'running' })).toEqual([running.caseNumber]);
    expect(await numbers({ state: 'finished' })).toEqual([finished.caseNumber]);
    expect(await numbers({ step: MONITORING_PROCESS.check })).toEqual([running.caseNumber]);
    expect(await numbers({ step: 'nowhere' })).toEqual([]);
    expect(await numbers({ overdue: true })).toEqual([running.caseNumber]);
    expect(await numbers({ outcome: 'VOLUNTARY_LOCAL_TEAM' })).toEqual([finished.caseNumber]);
    expect(await numbers({ track: 'FIVE_TO_TWELVE' })).toEqual([running.caseNumber]);
    expect(await numbers({ caseNumber: running.caseNumber.slice(-6) })).toEqual([running.caseNumber]);
    expect(await numbers({ municipalityId: region.municipalityId, tableId: region.tableId })).toHaveLength(3);
  });

  it('pages the list', async () => {
    const first = await get('/cases', { limit: 2, regionId: region.id });
    const second = await get('/cases', { limit: 2, offset: 2, regionId: region.id });

    expect(first.body).toMatchObject({ limit: 2, offset: 0, total: 3 });
    expect(first.body.items).toHaveLength(2);
    expect(second.body.items.map((item: { caseNumber: string }) => item.caseNumber)).toEqual([finished.caseNumber]);
  });

  it('shows a case\'s process: the diagram, counts per element, the history of steps, variables and the audit of the read', async () => {
    const response = await get(`/cases/${running.id}`);

    expect(response.status).toBe(200);
    const view = response.body;
    expect(view.case).toMatchObject({ caseNumber: running.caseNumber, region: { id: region.id } });
    expect(view.canOperate).toBe(true);
    expect(view.process).toMatchObject({ bpmnProcessId: MONITORING_PROCESS.running, key: running.key, name: 'Testcasus monitoring', state: 'ACTIVE' });
    expect(view.diagramXml).toContain('id="test-monitoring-case"');
    expect(view.elements).toEqual([
      { active: 1, completed: 0, elementId: 'check-data', elementName: 'Gegevens controleren', incidents: 0, terminated: 0 },
      { active: 0, completed: 1, elementId: 'received', elementName: 'Verzoek ontvangen', incidents: 0, terminated: 0 },
    ]);
    // And the sequence flow the instance took, with the names of the steps it joins
    expect(view.flows).toEqual([{ flowId: 'f1', name: 'Verzoek ontvangen → Gegevens controleren', taken: 1 }]);
    expect(view.history.map((step: { elementName: string; state: string }) => [step.elementName, step.state])).toEqual([
      ['Verzoek ontvangen', 'COMPLETED'],
      ['Gegevens controleren', 'ACTIVE'],
    ]);
    expect(view.variables).toEqual([
      { name: 'caseId', value: '"monitoring-running"' },
      { name: 'normDays', value: '14' },
    ]);
    expect(view.incidents).toEqual([]);
    const audit = await subject.prisma.auditEvent.findFirst({ where: { action: 'READ_CASE_PROCESS', caseId: running.id } });
    expect(audit).toMatchObject({ outcome: 'ALLOWED', resource: 'case_process' });
  });

  it('shows a case without a process, and answers "not found" for a case outside the user\'s regions', async () => {
    const view = await get(`/cases/${unstarted.id}`);
    expect(view.status).toBe(200);
    expect(view.body).toMatchObject({ diagramXml: null, elements: [], history: [], process: null });

    const elsewhere = await createRegion(subject.prisma);
    const foreignManager = await signIn(subject.app, await createUser(subject.prisma, elsewhere, Role.MANAGER));
    const refused = await get(`/cases/${running.id}`, {}, foreignManager);
    expect(refused.status).toBe(404);
    expect((await get('/cases', { regionId: region.id }, foreignManager)).body.total).toBe(0);
  });

  it('shows each deployed model with its running instances per element and the flows taken (the heat view)', async () => {
    const models = await get('/models');
    expect(models.status).toBe(200);
    const model = models.body.find((candidate: { bpmnProcessId: string }) => candidate.bpmnProcessId === MONITORING_PROCESS.running);
    expect(model.versions[0].runningInstances).toBeGreaterThanOrEqual(1);

    const view = await get(`/models/${model.versions[0].key}`);
    expect(view.status).toBe(200);
    expect(view.body.diagramXml).toContain('Gegevens controleren');
    expect(view.body.elements.find((element: { elementId: string }) => element.elementId === MONITORING_PROCESS.check)).toMatchObject({ active: expect.any(Number), elementName: 'Gegevens controleren' });
    expect(view.body.flows.find((flow: { flowId: string }) => flow.flowId === 'f1')).toMatchObject({ name: 'Verzoek ontvangen → Gegevens controleren', taken: expect.any(Number) });
    // A key of the engine's shape that names nothing, and one of no engine's shape: both not found
    expect((await get('/models/123')).status).toBe(404);
    expect((await get(`/models/${encodeURIComponent("x'; DROP TABLE x; --")}`)).status).toBe(404);
  });

  it('offers the filters\' choices: the user\'s regions with tables and municipalities, and the steps where cases stand', async () => {
    const { body } = await get('/options');
    expect(body.regions).toEqual([
      { id: region.id, municipalities: [{ id: region.municipalityId, name: expect.any(String), tableId: region.tableId }], name: region.name, tables: [{ id: region.tableId, name: expect.any(String) }] },
    ]);
    expect(body.steps).toContainEqual({ elementId: MONITORING_PROCESS.check, elementName: 'Gegevens controleren' });
    expect(body.outcomes).toContain('RAAD_INVESTIGATION');
  });

  it('closes cases and models to a professional without a monitoring role', async () => {
    const chair = await signIn(subject.app, await createUser(subject.prisma, region, Role.CHAIR));
    for (const path of ['/cases', `/cases/${running.id}`, '/models', '/options']) {
      const response = await get(path, {}, chair);
      expect({ path, status: response.status }).toEqual({ path, status: 403 });
    }
    const contact = await signIn(subject.app, await createUser(subject.prisma, region, Role.MUNICIPAL_CONTACT));
    expect((await get('/cases', {}, contact)).status).toBe(403);
  });
});
