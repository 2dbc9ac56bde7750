import { AddressInfo } from 'node:net';
import request from 'supertest';
import { Role } from '../../src/generated/prisma/enums';
import { createCase, createRegionWorld, createUser, deployFixture, RegionWorld, startCaseProcess, TestUser } from '../factories/task-list.factory';
import { eventually } from '../support/eventually';
import { startTestApp, TestApp } from '../support/test-app';

describe('Saved views, the live stream and the case beside a task', () => {
  let subject: TestApp;
  let world: RegionWorld;
  let secretary: TestUser;
  let secondSecretary: TestUser;
  let chair: TestUser;
  let referrer: TestUser;
  let otherSecretary: TestUser;
  let baseUrl: string;

  const api = () => request(subject.app.getHttpServer());
  const as = (user: TestUser) => ({ Authorization: `Bearer ${user.token}` });

  beforeAll(async () => {
    subject = await startTestApp();
    await subject.app.listen(0, '127.0.0.1');
    baseUrl = `http://127.0.0.1:${(subject.app.getHttpServer().address() as AddressInfo).port}`;
    await deployFixture(subject.engine, 'task-handoff.bpmn');
    world = await createRegionWorld(subject.prisma, 'Views');
    secretary = await createUser(subject.app, world, [Role.SECRETARY], 'Secretaris');
    secondSecretary = await createUser(subject.app, world, [Role.SECRETARY], 'Tweede secretaris');
    chair = await createUser(subject.app, world, [Role.CHAIR], 'Voorzitter');
    referrer = await createUser(subject.app, world, [Role.LOCAL_TEAM], 'Verzoeker');
    otherSecretary = await createUser(subject.app, await createRegionWorld(subject.prisma, 'Elders'), [Role.SECRETARY], 'Secretaris elders');
  });
  afterAll(() => subject.close());

  it('shares a saved view with the team it names and with nobody else', async () => {
    // Given a secretary who saves a view for the secretaries of the region
    const view = { filters: { due: 'OVERDUE', queue: 'all' }, name: 'Verlopen taken van de tafel', sharedWith: { regionId: world.regionId, role: 'SECRETARY' }, sort: 'due' };
    const saved = await api().post('/api/task-views').set(as(secretary)).send(view).expect(201);

    // Then a colleague secretary of the region sees it, shared by the first
    const colleague = await api().get('/api/task-views').set(as(secondSecretary)).expect(200);
    expect(colleague.body).toEqual([expect.objectContaining({ filters: { due: 'OVERDUE', queue: 'all' }, id: saved.body.id, mine: false, owner: { displayName: secretary.displayName, id: secretary.id }, sort: 'due' })]);

    // And the chair of the region and a secretary of another region do not
    expect((await api().get('/api/task-views').set(as(chair)).expect(200)).body).toEqual([]);
    expect((await api().get('/api/task-views').set(as(otherSecretary)).expect(200)).body).toEqual([]);

    // And only the owner may delete it
    await api().delete(`/api/task-views/${saved.body.id}`).set(as(secondSecretary)).expect(404);
    await api().delete(`/api/task-views/${saved.body.id}`).set(as(secretary)).expect(204);
  });

  it('refuses to share a view with a team the user is not in, and names wrong filters', async () => {
    const foreignTeam = await api()
      .post('/api/task-views')
      .set(as(secretary))
      .send({ filters: {}, name: 'Voor de voorzitters', sharedWith: { regionId: world.regionId, role: 'CHAIR' }, sort: 'due' });
    expect(foreignTeam.status).toBe(403);

    const wrong = await api().post('/api/task-views').set(as(secretary)).send({ filters: { due: 'LATER' }, name: '', sort: 'sideways' });
    expect(wrong.status).toBe(400);
    expect(wrong.body.problems.map((problem: { field: string }) => problem.field).sort()).toEqual(['filters.due', 'name', 'sort']);
  });

  it('streams a new task to the users of its region the moment it exists, and not to others', async () => {
    // Given the chair and a secretary of another region listening to the stream
    const listen = async (user: TestUser) => {
      const controller = new AbortController();
      const response = await fetch(`${baseUrl}/api/tasks/stream`, { headers: { Accept: 'text/event-stream', Authorization: `Bearer ${user.token}` }, signal: controller.signal });
      const reader = response.body!.getReader();
      let text = '';
      void (async () => {
        try {
          for (;;) {
            const { done, value } = await reader.read();
            if (done) return;
            text += Buffer.from(value).toString('utf8');
          }
        } catch {
          // Aborted at the end of the test.
        }
      })();
      return { close: () => controller.abort(), status: response.status, text: () => text };
    };
    const chairStream = await listen(chair);
    const otherStream = await listen(otherSecretary);
    expect(chairStream.status).toBe(200);
    await eventually(async () => chairStream.text(), (text) => text.includes('event: ready'), 'the stream to open');

    // When a case's process creates the chair's task
    const filed = await createCase(subject.prisma, world, referrer);
    const { task } = await startCaseProcess(subject.app, filed.id, 'test-task-handoff');

    // Then the chair's stream names it, and the other region's stream does not
    try {
      await eventually(async () => chairStream.text(), (text) => text.includes(task.id), 'the task on the chair’s stream', 5000);
      expect(chairStream.text()).toContain(`event: task\nid: `);
      expect(chairStream.text()).toContain(`data: {"kind":"created","taskId":"${task.id}"}`);
      expect(otherStream.text()).not.toContain(task.id);
    } finally {
      chairStream.close();
      otherStream.close();
    }
  });

  it('links a task the engine created before the case stored its instance key', async () => {
    // Given a case whose process starts, and whose key is stored only a moment later
    const filed = await createCase(subject.prisma, world, referrer);
    const instance = await subject.engine.createInstance('test-task-handoff', { caseId: filed.id, dueAt: new Date(Date.now() + 86_400_000).toISOString() });
    await eventually(
      () => subject.prisma.userTask.findFirst({ where: { processInstanceKey: instance.processInstanceKey } }),
      (row) => row !== null,
      'the task without its case',
    );
    await subject.prisma.case.update({ data: { processInstanceKey: instance.processInstanceKey }, where: { id: filed.id } });

    // Then the task is linked to the case and its region, and lands in the chair's list
    const linked = await eventually(
      () => subject.prisma.userTask.findFirst({ where: { processInstanceKey: instance.processInstanceKey } }),
      (row) => row?.caseId === filed.id,
      'the task linked to its case',
      5000,
    );
    expect(linked).toMatchObject({ regionId: world.regionId, tableId: world.tableId });
    const list = await api().get('/api/tasks').set(as(chair)).expect(200);
    expect(list.body.items.map((item: { id: string }) => item.id)).toContain(linked!.id);
  });

  it('keeps internal comments on the case for its professionals, audited, and hides them from others', async () => {
    // Given a case of the region
    const filed = await createCase(subject.prisma, world, referrer);

    // When the chair adds a comment and the referrer reads them
    await api().post(`/api/cases/${filed.id}/comments`).set(as(chair)).send({ text: 'Moeder kan dinsdag alleen na 13.00 uur.' }).expect(201);
    const read = await api().get(`/api/cases/${filed.id}/comments`).set(as(referrer)).expect(200);

    // Then the referrer sees the comment with its author
    expect(read.body).toEqual([expect.objectContaining({ author: { displayName: chair.displayName, id: chair.id }, text: 'Moeder kan dinsdag alleen na 13.00 uur.' })]);

    // And a secretary of another region gets the same answer as for a case that does not exist
    const hidden = await api().get(`/api/cases/${filed.id}/comments`).set(as(otherSecretary));
    expect(hidden.status).toBe(404);
    expect(hidden.body.code).toBe('CASE_NOT_FOUND');

    // And both reads and the addition are in the audit log
    const audited = await subject.prisma.auditEvent.findMany({ orderBy: { occurredAt: 'asc' }, where: { caseId: filed.id, resource: 'case_comment' } });
    expect(audited.map((event) => [event.action, event.outcome])).toEqual([
      ['ADD_CASE_COMMENT', 'ALLOWED'],
      ['READ_CASE_COMMENTS', 'ALLOWED'],
      ['READ_CASE_COMMENTS', 'DENIED'],
    ]);
  });
});
