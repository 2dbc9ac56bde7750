import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { toPrincipal } from '../../src/auth/principal';
import { visibleCasesWhere } from '../../src/cases/case-visibility';
import { Prisma } from '../../src/generated/prisma/client';
import { Role } from '../../src/generated/prisma/enums';
import { visibleCaseSql } from '../../src/tasks/task-list.sql';
import { createCase, createRegionWorld, createUser, RegionWorld, TestUser } from '../factories/task-list.factory';
import { startTestApp, TestApp } from '../support/test-app';

const DAY = 86_400_000;

describe('The task list’s queues, filters, sort and pages', () => {
  let subject: TestApp;
  let world: RegionWorld;
  let elsewhere: RegionWorld;
  let chair: TestUser;
  let secondChair: TestUser;
  let raadWorker: TestUser;
  let otherChair: TestUser;
  let referrer: TestUser;
  let caseA: { caseNumber: string; id: string };
  let caseB: { caseNumber: string; id: string };
  let caseOther: { caseNumber: string; id: string };

  const api = () => request(subject.app.getHttpServer());
  const as = (user: TestUser) => ({ Authorization: `Bearer ${user.token}` });
  const names = (body: { items: { name: string }[] }) => body.items.map((item) => item.name);

  /** A task row as the projection writes it, without going through the engine. */
  async function task(name: string, on: { id: string }, region: RegionWorld, extra: { assigneeId?: string; candidateRole?: Role; dueAt?: Date | null; elementId?: string; priority?: number; state?: 'COMPLETED' | 'OPEN' } = {}) {
    return subject.prisma.userTask.create({
      data: {
        assigneeId: extra.assigneeId ?? null,
        bpmnProcessId: 'test',
        candidateRole: extra.candidateRole ?? Role.CHAIR,
        caseId: on.id,
        dueAt: extra.dueAt === undefined ? new Date(Date.now() + 10 * DAY) : extra.dueAt,
        elementId: extra.elementId ?? 'check-request',
        elementInstanceKey: randomUUID(),
        engineKey: randomUUID(),
        name,
        priority: extra.priority ?? 50,
        processDefinitionKey: '1',
        processInstanceKey: '1',
        regionId: region.regionId,
        state: extra.state ?? 'OPEN',
        tableId: region.tableId,
      },
    });
  }

  beforeAll(async () => {
    subject = await startTestApp();
    world = await createRegionWorld(subject.prisma, 'Queues');
    elsewhere = await createRegionWorld(subject.prisma, 'Elders');
    chair = await createUser(subject.app, world, [Role.CHAIR], 'Voorzitter');
    secondChair = await createUser(subject.app, world, [Role.CHAIR], 'Tweede voorzitter');
    raadWorker = await createUser(subject.app, world, [Role.RAAD_WORKER], 'Raadsmedewerker');
    referrer = await createUser(subject.app, world, [Role.LOCAL_TEAM], 'Verzoeker');
    otherChair = await createUser(subject.app, elsewhere, [Role.CHAIR], 'Voorzitter elders');
    const otherReferrer = await createUser(subject.app, elsewhere, [Role.LOCAL_TEAM], 'Verzoeker elders');
    caseA = await createCase(subject.prisma, world, referrer);
    caseB = await createCase(subject.prisma, world, referrer);
    // The Raad takes part in caseA (createCase adds it) but not in caseB.
    await subject.prisma.participant.deleteMany({ where: { caseId: caseB.id, role: 'RAAD' } });
    caseOther = await createCase(subject.prisma, elsewhere, otherReferrer);

    await task('A: controleren', caseA, world, { dueAt: new Date(Date.now() - DAY) });
    await task('A: besluit vastleggen', caseA, world, { assigneeId: chair.id, dueAt: new Date(Date.now() + 3 * 3600_000), elementId: 'record-decision', priority: 80 });
    await task('B: verslag goedkeuren', caseB, world, { assigneeId: secondChair.id, dueAt: null, elementId: 'approve-report' });
    await task('A: advies Raad', caseA, world, { candidateRole: Role.RAAD_WORKER, elementId: 'raad-advice' });
    await task('B: advies Raad', caseB, world, { candidateRole: Role.RAAD_WORKER, elementId: 'raad-advice' });
    await task('A: planning', caseA, world, { candidateRole: Role.SECRETARY, elementId: 'plan-meeting' });
    await task('A: al afgerond', caseA, world, { state: 'COMPLETED' });
    await task('Elders: controleren', caseOther, elsewhere);
  });
  afterAll(() => subject.close());

  it('gives each user their own queues, and never a task of another region', async () => {
    // When the chair opens each queue
    const [mine, groups, all] = await Promise.all(
      ['mine', 'groups', 'all'].map((queue) => api().get('/api/tasks').query({ queue }).set(as(chair)).expect(200)),
    );

    // Then "mine" holds the chair's own task, "groups" every open chair task of the region, "all" every open task of the region
    expect(names(mine.body)).toEqual(['A: besluit vastleggen']);
    expect(names(groups.body)).toEqual(['A: controleren', 'A: besluit vastleggen', 'B: verslag goedkeuren']);
    expect(names(all.body).sort()).toEqual(['A: advies Raad', 'A: besluit vastleggen', 'A: controleren', 'A: planning', 'B: advies Raad', 'B: verslag goedkeuren']);

    // And the Raad worker's groups hold the Raad task of the case the Raad takes part in, not of the other
    const raad = await api().get('/api/tasks').query({ queue: 'all' }).set(as(raadWorker)).expect(200);
    expect(names(raad.body)).toContain('A: advies Raad');
    expect(names(raad.body)).not.toContain('B: advies Raad');

    // And the chair of another region sees only their own region's task
    const other = await api().get('/api/tasks').query({ queue: 'all' }).set(as(otherChair)).expect(200);
    expect(names(other.body)).toEqual(['Elders: controleren']);

    // And the counts agree
    const counts = await api().get('/api/tasks/counts').set(as(chair)).expect(200);
    expect(counts.body).toEqual({ all: { count: 6, more: false }, groups: { count: 3, more: false }, mine: { count: 1, more: false } });
  });

  it('marks a due date that has passed and one that comes within two working days', async () => {
    const groups = await api().get('/api/tasks').set(as(chair)).expect(200);
    const status = Object.fromEntries(groups.body.items.map((item: { dueStatus: string; name: string }) => [item.name, item.dueStatus]));
    expect(status).toEqual({ 'A: besluit vastleggen': 'DUE_SOON', 'A: controleren': 'OVERDUE', 'B: verslag goedkeuren': 'NONE' });
  });

  it('filters by table, task type, case number, due status and due day', async () => {
    const list = (query: Record<string, string>) => api().get('/api/tasks').query({ queue: 'all', ...query }).set(as(chair)).expect(200).then((response) => names(response.body).sort());

    expect(await list({ taskType: 'raad-advice' })).toEqual(['A: advies Raad', 'B: advies Raad']);
    expect(await list({ caseNumber: caseB.caseNumber.slice(-6) })).toEqual(['B: advies Raad', 'B: verslag goedkeuren']);
    expect(await list({ due: 'OVERDUE' })).toEqual(['A: controleren']);
    expect(await list({ due: 'DUE_SOON' })).toEqual(['A: besluit vastleggen']);
    expect(await list({ due: 'NONE' })).toEqual(['B: verslag goedkeuren']);
    expect(await list({ dueBefore: new Date(Date.now() + 2 * DAY).toISOString().slice(0, 10) })).toEqual(['A: besluit vastleggen', 'A: controleren']);
    expect(await list({ tableId: elsewhere.tableId })).toEqual([]);
    expect(await list({ regionId: world.regionId, tableId: world.tableId })).toHaveLength(6);
  });

  it('sorts by due date, creation and priority, and pages through every task exactly once', async () => {
    // Given page size 2, when the chair pages through "all" by due date
    const seen: string[] = [];
    let cursor: string | undefined;
    for (let pages = 0; pages < 10; pages++) {
      const page = await api().get('/api/tasks').query({ cursor, limit: 2, queue: 'all', sort: 'due' }).set(as(chair)).expect(200);
      seen.push(...names(page.body));
      expect(page.body.total).toBe(6);
      cursor = page.body.nextCursor ?? undefined;
      if (!cursor) break;
    }

    // Then every task comes once, earliest due first and those without a due date last
    expect(seen).toHaveLength(6);
    expect(new Set(seen).size).toBe(6);
    expect(seen[0]).toBe('A: controleren');
    expect(seen[1]).toBe('A: besluit vastleggen');
    expect(seen[5]).toBe('B: verslag goedkeuren');

    // And the most urgent comes first by priority, the newest first when sorted by -created
    const byPriority = await api().get('/api/tasks').query({ limit: 1, queue: 'all', sort: 'priority' }).set(as(chair)).expect(200);
    expect(names(byPriority.body)).toEqual(['A: besluit vastleggen']);
    const newest = await api().get('/api/tasks').query({ limit: 1, queue: 'all', sort: '-created' }).set(as(chair)).expect(200);
    expect(names(newest.body)).toEqual(['A: planning']);
  });

  it('refuses a wrong filter or a forged cursor with the field and the reason', async () => {
    const wrong = await api().get('/api/tasks').query({ due: 'SOMETIME', queue: 'everything' }).set(as(chair));
    expect(wrong.status).toBe(400);
    expect(wrong.body.problems.map((problem: { field: string }) => problem.field).sort()).toEqual(['due', 'queue']);

    const forged = await api().get('/api/tasks').query({ cursor: 'bm90LWEtY3Vyc29y' }).set(as(chair));
    expect(forged.status).toBe(400);
    expect(forged.body.problems).toEqual([{ field: 'cursor', reason: 'cursor is not a cursor this list handed out' }]);
  });

  it('writes each listed case to the audit log', async () => {
    await api().get('/api/tasks').query({ queue: 'all' }).set(as(secondChair)).expect(200);
    const audited = await subject.prisma.auditEvent.findMany({ where: { action: 'LIST_TASKS', actorId: secondChair.id } });
    expect(audited.map((event) => event.caseId).sort()).toEqual([caseA.id, caseB.id].sort());
  });

  it('offers the filters’ choices from the user’s regions and open tasks', async () => {
    const options = await api().get('/api/tasks/filter-options').set(as(chair)).expect(200);
    expect(options.body.regions).toEqual([{ id: world.regionId, name: world.regionName }]);
    expect(options.body.tables).toEqual([{ id: world.tableId, name: world.tableName, regionId: world.regionId }]);
    expect(options.body.taskTypes.map((type: { taskType: string }) => type.taskType).sort()).toEqual(['approve-report', 'check-request', 'plan-meeting', 'raad-advice', 'record-decision']);
  });

  it('sees the same cases in its SQL as the case list’s rule, for every kind of user', async () => {
    const caseIds = [caseA.id, caseB.id, caseOther.id];
    for (const user of [chair, secondChair, raadWorker, referrer, otherChair]) {
      const principal = toPrincipal(await subject.prisma.user.findUniqueOrThrow({ include: { memberships: true }, where: { id: user.id } }));
      const byRule = await subject.prisma.case.findMany({ select: { id: true }, where: { AND: [{ id: { in: caseIds } }, visibleCasesWhere(principal)] } });
      const bySql = await subject.prisma.$queryRaw<{ id: string }[]>(Prisma.sql`SELECT c.id FROM jbt_case c WHERE c.id = ANY(${caseIds}::uuid[]) AND ${visibleCaseSql(principal)}`);
      expect({ user: user.username, visible: bySql.map((row) => row.id).sort() }).toEqual({ user: user.username, visible: byRule.map((row) => row.id).sort() });
    }
  });
});
