import { addCalendarDays, addWorkingDays, amsterdamDate, endOfAmsterdamDay } from '../../src/calendar/dutch-calendar';
import { PrismaService } from '../../src/database/prisma.service';
import { Role } from '../../src/generated/prisma/enums';
import { outlookWeeks } from '../../src/monitoring/outlook/outlook-rules';
import { createContactTask, createWaitingCase, linkMunicipalContact } from '../factories/norm-case.factory';
import { createRegion, TestRegion } from '../factories/region.factory';
import { createUser, TestUser } from '../factories/user.factory';
import { useBrowserSuite } from './support/browser-suite';

/** "Mijn gemeente" for the municipal contact and the "Vooruitblik" beside the dashboard for the manager (issue 11). */
describe('The forward-looking pages in the browser', () => {
  const suite = useBrowserSuite();
  let region: TestRegion;
  let contact: TestUser;
  let manager: TestUser;
  let waiting: { caseNumber: string; id: string };
  let taskId: string;

  beforeAll(async () => {
    const prisma = suite.app.get(PrismaService);
    const today = amsterdamDate(new Date());
    region = await createRegion(prisma);
    contact = await createUser(prisma, region, Role.MUNICIPAL_CONTACT);
    manager = await createUser(prisma, region, Role.MANAGER);
    await linkMunicipalContact(prisma, contact, region.municipalityId);
    // A case past its norm with an escalation task, and one whose norm ends next Monday
    waiting = await createWaitingCase(prisma, region, { dueAt: endOfAmsterdamDay(addCalendarDays(today, -2)) });
    taskId = await createContactTask(prisma, region, waiting.id);
    await createWaitingCase(prisma, region, { dueAt: endOfAmsterdamDay(outlookWeeks(new Date()).nextWeek.from) });
    await createWaitingCase(prisma, region, { dueAt: endOfAmsterdamDay(addWorkingDays(today, 20)) });
  });

  it('shows the municipal contact their municipality\'s waiting cases, task and figures under "Mijn gemeente"', async () => {
    // Given the contact signed in
    await suite.signIn(contact.username, contact.password);

    // When they follow "Mijn gemeente" in the main menu
    await suite.page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Mijn gemeente' }).click();
    await suite.page.getByRole('heading', { level: 1, name: 'Mijn gemeente' }).waitFor();

    // Then the waiting case is listed by its number with its status, and the task links to the task page
    const cases = suite.page.getByRole('table', { name: /^Wachtende casussen van/ });
    await cases.getByRole('rowheader', { name: waiting.caseNumber }).waitFor();
    expect(await cases.getByRole('cell', { name: 'Norm verstreken' }).count()).toBe(1);
    expect(await suite.page.getByRole('link', { name: 'Wachttijd oplossen' }).getAttribute('href')).toBe(`/taken/${taskId}`);
    // And the figures say "<5" for the three running cases
    const figures = suite.page.getByRole('table', { name: /^Cijfers van/ });
    expect(await figures.getByRole('row', { name: /Lopende casussen/ }).getByRole('cell').textContent()).toBe('<5');
    await suite.expectAccessible();
    await suite.screenshot('mijn-gemeente');
  });

  it('shows the manager the outlook per table beside the dashboard', async () => {
    // Given the manager signed in
    await suite.signIn(manager.username, manager.password);

    // When they open the outlook from monitoring's menu
    await suite.goto('/monitoring');
    await suite.page.getByRole('navigation', { name: 'Onderdelen van monitoring' }).getByRole('link', { name: 'Vooruitblik' }).click();
    await suite.page.getByRole('heading', { level: 1, name: 'Monitoring: Vooruitblik' }).waitFor();

    // Then their table counts "<5" next week, and the case numbers are shown
    const table = suite.page.getByRole('table', { name: 'Casussen met risico per tafel' });
    const row = table.getByRole('row', { name: new RegExp(`Testtafel`) });
    expect(await row.getByRole('cell').nth(2).textContent()).toBe('<5');
    await suite.expectAccessible();
    await suite.screenshot('vooruitblik');
  });
});
