import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { Role } from '../../src/generated/prisma/enums';
import { createCase, createRegionWorld, createUser, RegionWorld, TestUser } from '../factories/task-list.factory';
import { startTestApp, TestApp } from '../support/test-app';

/**
 * The municipal contact takes part in no case, yet the models offer them tasks (resolving a norm
 * escalation, taking note of a case back at the table). They see and act on those tasks in their own
 * region, and see nothing of the case beyond what the task shows.
 */
describe('Tasks of the municipal contact', () => {
  let subject: TestApp;
  let world: RegionWorld;
  let elsewhere: RegionWorld;
  let contact: TestUser;
  let otherContact: TestUser;
  let caseId: string;
  let taskId: string;

  const api = () => request(subject.app.getHttpServer());
  const as = (user: TestUser) => ({ Authorization: `Bearer ${user.token}` });

  beforeAll(async () => {
    subject = await startTestApp();
    world = await createRegionWorld(subject.prisma, 'Gemeentetaken');
    elsewhere = await createRegionWorld(subject.prisma, 'Gemeentetaken elders');
    contact = await createUser(subject.app, world, [Role.MUNICIPAL_CONTACT], 'Aanspreekpunt');
    otherContact = await createUser(subject.app, elsewhere, [Role.MUNICIPAL_CONTACT], 'Aanspreekpunt elders');
    const referrer = await createUser(subject.app, world, [Role.LOCAL_TEAM], 'Verzoeker');
    caseId = (await createCase(subject.prisma, world, referrer)).id;
    const task = await subject.prisma.userTask.create({
      data: {
        bpmnProcessId: 'test', candidateRole: Role.MUNICIPAL_CONTACT, caseId, dueAt: new Date(Date.now() + 86_400_000), elementId: 'resolve-waiting-time',
        elementInstanceKey: randomUUID(), engineKey: randomUUID(), name: 'Wachttijd oplossen', processDefinitionKey: '1', processInstanceKey: '1',
        regionId: world.regionId, tableId: world.tableId,
      },
    });
    taskId = task.id;
  });
  afterAll(() => subject.close());

  it('lists the task offered to their role in their region, in "groups" and "all"', async () => {
    // When the contact opens their queues
    const [groups, all] = await Promise.all(['groups', 'all'].map((queue) => api().get('/api/tasks').query({ queue }).set(as(contact)).expect(200)));

    // Then both hold the escalation task
    expect(groups.body.items.map((item: { id: string }) => item.id)).toEqual([taskId]);
    expect(all.body.items.map((item: { id: string }) => item.id)).toEqual([taskId]);
  });

  it('opens the task and may act on it without seeing the case, and the read is audited', async () => {
    // When the contact opens the task
    const opened = await api().get(`/api/tasks/${taskId}`).set(as(contact)).expect(200);

    // Then they see the task and that they see it without its case
    expect(opened.body).toMatchObject({ caseAccess: 'task-only', id: taskId, name: 'Wachttijd oplossen' });
    expect(opened.body.actions).toContain('claim');

    // And their claim passes the access and task rules and reaches the engine, which does not know
    // this task (it was written straight into the task list): the answer is about the task, not a 404
    const claimed = await api().post(`/api/tasks/${taskId}/claim`).set(as(contact));
    expect(claimed.status).toBe(409);
    expect(claimed.body.code).toMatch(/^TASK_/);

    // But the case itself stays closed to them, as for a case that does not exist
    await api().get(`/api/cases/${caseId}`).set(as(contact)).expect(404);

    // And the task read is on record with the basis it was allowed on
    const read = await subject.prisma.auditEvent.findFirst({ orderBy: { occurredAt: 'desc' }, where: { action: 'READ_TASK', actorId: contact.id, caseId } });
    expect(read).toMatchObject({ details: { basis: 'task', taskId }, outcome: 'ALLOWED' });
  });

  it('shows nothing of it to the municipal contact of another region', async () => {
    // When the contact of another region looks
    const all = await api().get('/api/tasks').query({ queue: 'all' }).set(as(otherContact)).expect(200);

    // Then the task is not listed and cannot be opened or claimed
    expect(all.body.items).toEqual([]);
    await api().get(`/api/tasks/${taskId}`).set(as(otherContact)).expect(404);
    await api().post(`/api/tasks/${taskId}/claim`).set(as(otherContact)).expect(404);
  });
});
