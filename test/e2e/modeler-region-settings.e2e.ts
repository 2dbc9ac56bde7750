import { PrismaService } from '../../src/database/prisma.service';
import { Role } from '../../src/generated/prisma/enums';
import { createRegion, TestRegion } from '../factories/region.factory';
import { createUser, TestUser } from '../factories/user.factory';
import { useBrowserSuite } from './support/browser-suite';

describe('Region settings in the browser', () => {
  const suite = useBrowserSuite();
  let region: TestRegion;
  let owner: TestUser;

  beforeAll(async () => {
    const prisma = suite.app.get(PrismaService);
    region = await createRegion(prisma);
    owner = await createUser(prisma, region, Role.PROCESS_OWNER);
  });

  it('lets a process owner change the norm, the GI and the meeting times, naming each mistake, and keeps the history', async () => {
    const { page } = suite;

    // Given the process owner on the region settings of their only region
    await suite.signIn(owner.username, owner.password);
    await suite.goto('/modeler/regio');
    await page.waitForURL((url) => url.pathname === `/modeler/regio/${region.id}`);
    await page.getByRole('heading', { level: 1, name: `Regio-instellingen ${region.name}` }).waitFor();
    await suite.expectAccessible();

    // When they shorten the norm, make the GI a fixed member, add a time that the table already has,
    // and save without saying why
    await page.getByLabel('Planningsnorm (dagen)').fill('10');
    await page.getByRole('group', { name: 'Gecertificeerde Instelling' }).getByLabel('Vast lid van de tafel').check();
    await page.getByRole('button', { name: 'Tijdstip toevoegen' }).click();
    await page.getByRole('button', { name: 'Instellingen opslaan' }).click();

    // Then the summary at the top names both mistakes, each linked to its field, and takes the focus
    const summary = page.getByRole('alert');
    await summary.waitFor();
    expect(await summary.textContent()).toContain('De tafel heeft al een tijdstip op deze dag en tijd.');
    expect(await summary.textContent()).toContain('Vul in waarom u de instellingen wijzigt.');
    expect(await page.locator('.error-summary:focus').count()).toBe(1);
    await suite.expectAccessible();

    // When they move the new time to Thursday 13:30 and give a reason
    const added = page.locator('[data-row="tables.0.schedule.1"]');
    await added.getByLabel('Dag').selectOption({ label: 'donderdag' });
    await added.getByLabel('Begintijd').fill('13:30');
    await page.getByLabel('Waarom wijzigt u de instellingen?').fill('Tafel ook op donderdag; GI voortaan vast lid');
    await page.getByRole('button', { name: 'Instellingen opslaan' }).click();

    // Then the settings are saved, and the history says who changed what and why
    await page.getByTestId('region-status').filter({ hasText: 'De instellingen zijn opgeslagen.' }).waitFor();
    const history = page.getByTestId('settings-history');
    await history.waitFor();
    const text = (await history.textContent()) ?? '';
    expect(text).toContain('Test process_owner: “Tafel ook op donderdag; GI voortaan vast lid”');
    expect(text).toContain('Planningsnorm: 14 → 10');
    expect(text).toContain('GI vast lid: Nee → Ja');
    expect(text).toContain('Tafeldagen en tijden van');
    const saved = await suite.app.get(PrismaService).region.findUniqueOrThrow({ include: { tables: { include: { schedule: true } } }, where: { id: region.id } });
    expect(saved).toMatchObject({ giFixedMember: true, normDays: 10 });
    expect(saved.tables[0].schedule.map((entry) => `${entry.weekday} ${entry.startTime}`).sort()).toEqual(['2 09:00', '4 13:30']);
    await suite.expectAccessible();
  });
});
