import { copyFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PrismaService } from '../../src/database/prisma.service';
import { ProcessEngine } from '../../src/engine/process-engine.port';
import { Role } from '../../src/generated/prisma/enums';
import { createCase, createRegionWorld, createUser, deployFixture, RegionWorld, startCaseProcess, TestUser } from '../factories/task-list.factory';
import { eventually } from '../support/eventually';
import { useBrowserSuite } from './support/browser-suite';

const README_IMAGES = resolve(__dirname, '..', '..', 'src', 'web', 'assets', 'readme');
const HOUR = 3_600_000;

describe('The task list in the browser', () => {
  const suite = useBrowserSuite();
  let prisma: PrismaService;
  let world: RegionWorld;
  let chair: TestUser;
  let secondChair: TestUser;
  let secretary: TestUser;
  let referrer: TestUser;
  let otherChair: TestUser;

  /** A case with the fixture's first task (the chair approves the report), due at the given moment. */
  async function caseWithTask(dueAt: Date) {
    const filed = await createCase(prisma, world, referrer);
    const { task } = await startCaseProcess(suite.app, filed.id, 'test-task-handoff', { dueAt: dueAt.toISOString() });
    return { caseNumber: filed.caseNumber, caseId: filed.id, task };
  }

  beforeAll(async () => {
    prisma = suite.app.get(PrismaService);
    await deployFixture(suite.app.get(ProcessEngine), 'task-handoff.bpmn');
    world = await createRegionWorld(prisma, 'Twente');
    chair = await createUser(suite.app, world, [Role.CHAIR], 'Voorzitter');
    secondChair = await createUser(suite.app, world, [Role.CHAIR], 'Tweede voorzitter');
    secretary = await createUser(suite.app, world, [Role.SECRETARY], 'Secretaris');
    referrer = await createUser(suite.app, world, [Role.LOCAL_TEAM], 'Verzoeker');
    otherChair = await createUser(suite.app, await createRegionWorld(prisma, 'Elders'), [Role.CHAIR], 'Voorzitter elders');
  });

  it('lists the chair’s tasks with a mark when overdue and a warning before, and shows a new task without a reload', async () => {
    // Given an overdue task, one due within two working days and one due later
    const overdue = await caseWithTask(new Date(Date.now() - 26 * HOUR));
    const soon = await caseWithTask(new Date(Date.now() + 5 * HOUR));
    await caseWithTask(new Date(Date.now() + 20 * 24 * HOUR));

    // When the chair signs in, the task list opens on the queue of the chair's groups
    await suite.signIn(chair.username, chair.password);
    const { page } = suite;
    await page.waitForURL((url) => url.pathname === '/taken');
    await page.getByRole('table').waitFor();

    // Then the rows carry the due status in words
    const overdueRow = page.getByRole('row').filter({ hasText: overdue.caseNumber });
    expect(await overdueRow.textContent()).toContain('Verlopen');
    expect(await page.getByRole('row').filter({ hasText: soon.caseNumber }).textContent()).toContain('Verloopt binnenkort');
    expect(await page.getByRole('link', { name: 'Taken van mijn groepen' }).getAttribute('aria-current')).toBe('page');
    await suite.expectAccessible();

    // And when the engine creates a new task, it appears without a reload
    const fresh = await caseWithTask(new Date(Date.now() + 3 * 24 * HOUR));
    await page.getByRole('row').filter({ hasText: fresh.caseNumber }).waitFor({ timeout: 5000 });
    expect(await page.getByRole('status').filter({ hasText: 'nieuwe taak' }).count()).toBeGreaterThan(0);

    // And the list, as it looks now, is the README's picture of the task list (copied there on request)
    const shot = await suite.screenshot('readme');
    if (process.env.UPDATE_README_SCREENSHOTS) {
      mkdirSync(README_IMAGES, { recursive: true });
      copyFileSync(shot, join(README_IMAGES, 'task-list.png'));
    }
  });

  it('fits a tablet, filters by due status and keeps a view the team shares', async () => {
    // Given the secretary on a tablet
    await suite.setViewport('tablet');
    await suite.signIn(secretary.username, secretary.password);
    const { page } = suite;
    await suite.goto('/taken?wachtrij=alles');

    // When they filter on overdue tasks
    await page.getByLabel('Termijn').selectOption('OVERDUE');
    await page.getByRole('button', { name: 'Toepassen' }).click();
    await page.waitForURL((url) => url.searchParams.get('termijn') === 'OVERDUE');
    await page.locator('.task-list__count').waitFor();

    // Then only overdue tasks are listed, nothing is wider than the screen, and axe finds nothing serious
    const statuses = await page.locator('.task-row .due__status').allTextContents();
    expect(statuses.length).toBeGreaterThan(0);
    expect(statuses.every((status) => status.includes('Verlopen'))).toBe(true);
    const overflow: number = await page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth');
    expect(overflow).toBe(0);
    await suite.expectAccessible();

    // And when they save the filter as a view for the secretaries of the region
    await page.getByLabel('Naam van de weergave').fill('Verlopen taken van de tafel');
    await page.getByLabel('Delen met').selectOption({ index: 1 });
    await page.getByRole('button', { name: 'Weergave opslaan' }).click();
    await page.getByRole('link', { name: 'Verlopen taken van de tafel' }).waitFor();

    // Then the view is on the server, shared with their team
    const view = await prisma.savedTaskView.findFirstOrThrow({ where: { name: 'Verlopen taken van de tafel', ownerId: secretary.id } });
    expect(view).toMatchObject({ filters: { due: 'OVERDUE', queue: 'all' }, sharedRegionId: world.regionId, sharedRole: 'SECRETARY' });
  });

  it('completes a task through its form beside the case, naming wrong fields and keeping what was typed', async () => {
    // Given a task of the chair's, beside its case
    const { caseId, caseNumber, task } = await caseWithTask(new Date(Date.now() + 48 * HOUR));
    await suite.signIn(chair.username, chair.password);
    const { page } = suite;
    await suite.goto(`/taken/${task.id}`);
    await page.getByRole('heading', { level: 1, name: 'Verslag goedkeuren' }).waitFor();
    const casePanel = page.getByRole('complementary', { name: 'De casus' });
    await casePanel.getByText(caseNumber).waitFor();
    expect(await casePanel.getByRole('heading', { name: 'Veiligheidsplan' }).count()).toBe(1);
    expect(await casePanel.textContent()).toContain('Vader haalt de kinderen niet zonder afspraak van school.');
    expect(await casePanel.getByRole('heading', { name: 'Tijdlijn' }).count()).toBe(1);
    await suite.expectAccessible();

    // When the chair claims it, withholds approval and submits without saying what must change
    await page.getByRole('button', { name: 'Taak oppakken' }).click();
    await page.getByText('U heeft de taak “Verslag goedkeuren” opgepakt.').waitFor();
    await page.getByRole('radio', { name: 'Nee' }).check();
    await page.getByRole('button', { name: 'Taak afronden' }).click();

    // Then the server's refusal names the field in Dutch, at the top and beside the field, and the choice stays
    const summary = page.getByRole('alert').filter({ hasText: 'Er is een probleem' });
    await summary.waitFor();
    expect(await summary.textContent()).toContain('Vul “Verbeterde weergave van het gesprek” in.');
    const changes = page.getByLabel('Verbeterde weergave van het gesprek');
    expect(await changes.getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByRole('radio', { name: 'Nee' }).isChecked()).toBe(true);
    await suite.expectAccessible();
    await suite.screenshot('field errors');

    // And after filling it in, the task is completed and the chair is back at the list
    await changes.fill('De afspraken over de omgang ontbreken in het verslag.');
    await page.getByRole('button', { name: 'Taak afronden' }).click();
    await page.waitForURL((url) => url.pathname === '/taken');
    await page.getByText('De taak “Verslag goedkeuren” is afgerond.').waitFor();
    const done = await prisma.userTask.findUniqueOrThrow({ include: { formSubmission: true }, where: { id: task.id } });
    expect(done.state).toBe('COMPLETED');
    expect(done.formSubmission?.texts).toEqual({ reportText: 'De afspraken over de omgang ontbreken in het verslag.' });

    // And the case's audit log has the chair's reads of the case and of the task
    const reads = await prisma.auditEvent.findMany({ where: { actorId: chair.id, caseId, outcome: 'ALLOWED' } });
    expect(reads.map((event) => event.action)).toEqual(expect.arrayContaining(['READ_CASE', 'READ_TASK', 'CLAIM_TASK', 'COMPLETE_TASK']));
  });

  it('says clearly, without an error page, that a colleague completed the task meanwhile', async () => {
    // Given the chair with a task's form open, and a second chair who completes it first
    const { task } = await caseWithTask(new Date(Date.now() + 48 * HOUR));
    await suite.signIn(chair.username, chair.password);
    const { page } = suite;
    await suite.goto(`/taken/${task.id}`);
    await page.getByRole('radio', { name: 'Nee' }).check();
    await page.getByLabel('Verbeterde weergave van het gesprek').fill('Mijn opmerking bij het verslag.');
    const response = await fetch(`${suite.baseUrl}/api/tasks/${task.id}/completion`, {
      body: JSON.stringify({ reportApproved: true }),
      headers: { Authorization: `Bearer ${secondChair.token}`, 'Content-Type': 'application/json' },
      method: 'POST',
    });
    expect(response.status).toBe(200);

    // Then, without a reload, a message names who completed it, and what the chair typed is still there to read
    const message = page.getByRole('alert').filter({ hasText: 'intussen al afgerond' });
    await message.waitFor();
    expect(await message.textContent()).toContain(secondChair.displayName);
    expect(await page.getByLabel('Verbeterde weergave van het gesprek').inputValue()).toBe('Mijn opmerking bij het verslag.');
    await suite.expectAccessible();

    // And submitting anyway gives the same answer, not an error page
    await page.getByRole('button', { name: 'Taak afronden' }).click();
    await page.getByRole('alert').filter({ hasText: secondChair.displayName }).waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Verslag goedkeuren');
    expect(await prisma.taskFormSubmission.findUniqueOrThrow({ where: { taskId: task.id } })).toMatchObject({ texts: {} });
  });

  it('lets the secretary give a chair’s task to a colleague', async () => {
    const { task } = await caseWithTask(new Date(Date.now() + 48 * HOUR));
    await suite.signIn(secretary.username, secretary.password);
    const { page } = suite;
    await suite.goto(`/taken/${task.id}`);
    await page.getByLabel('Collega', { exact: true }).selectOption({ label: secondChair.displayName });
    await page.getByRole('button', { name: 'Toewijzen', exact: true }).click();
    await page.getByText(`De taak is toegewezen aan ${secondChair.displayName}.`).waitFor();
    await eventually(() => prisma.userTask.findUniqueOrThrow({ where: { id: task.id } }), (row) => row.assigneeId === secondChair.id, 'the assignment');
    await page.getByRole('listitem').filter({ hasText: `Toegewezen aan ${secondChair.displayName} door ${secretary.displayName}` }).waitFor();
  });

  it('does not let a chair of another region open the task, nor see it in any queue', async () => {
    const { caseNumber, task } = await caseWithTask(new Date(Date.now() + 48 * HOUR));
    await suite.signIn(otherChair.username, otherChair.password);
    const { page } = suite;
    await suite.goto(`/taken/${task.id}`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Deze taak bestaat niet, of u mag haar niet zien.');
    await suite.goto('/taken?wachtrij=alles');
    await page.locator('.task-list__count').waitFor();
    expect(await page.getByText(caseNumber).count()).toBe(0);
  });
});
