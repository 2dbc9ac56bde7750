import request from 'supertest';
import { PrismaService } from '../../src/database/prisma.service';
import { Role } from '../../src/generated/prisma/enums';
import { createCase, createRegionWorld, createUser, TestUser } from '../factories/task-list.factory';
import { useBrowserSuite } from './support/browser-suite';

describe('The audit log page of the privacy officer', () => {
  const suite = useBrowserSuite();
  let officer: TestUser;
  let chair: TestUser;
  let caseNumber: string;

  beforeAll(async () => {
    // Given a case of a region that its chair read from the office
    const prisma = suite.app.get(PrismaService);
    const world = await createRegionWorld(prisma, 'Twente');
    const filed = await createCase(prisma, world, await createUser(suite.app, world, [Role.LOCAL_TEAM], 'Verzoeker'));
    caseNumber = filed.caseNumber;
    chair = await createUser(suite.app, world, [Role.CHAIR], 'Voorzitter');
    const read = await request(suite.app.getHttpServer()).get(`/api/cases/${filed.id}`).set('X-Forwarded-For', '203.0.113.25').auth(chair.token, { type: 'bearer' });
    expect(read.status).toBe(200);
    officer = await createUser(suite.app, world, [Role.PRIVACY_OFFICER], 'Privacyfunctionaris');
  });

  it('shows the privacy officer who read a case, from where and whether it was allowed, filtered by case number, in Dutch and accessibly', async () => {
    // Given the privacy officer of the region, who signs in and lands on the log
    await suite.signIn(officer.username, officer.password);
    const { page } = suite;
    await page.waitForURL((url) => url.pathname === '/logboek');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Logboek');
    expect(await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Logboek' }).getAttribute('aria-current')).toBe('page');

    // When they search for the case number
    await page.getByLabel('Casusnummer').fill(caseNumber);
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await page.waitForURL((url) => url.searchParams.get('caseNumber') === caseNumber);
    const row = page.getByRole('row').filter({ hasText: 'Casus ingezien' });
    await row.first().waitFor();

    // Then the chair's read is there: who, on whose behalf, from where, allowed
    const text = await row.first().textContent();
    expect(text).toContain(chair.displayName);
    expect(text).toContain(chair.username);
    expect(text).toContain('Voorzitter');
    expect(text).toContain('203.0.113.25');
    expect(text).toContain('Toegestaan');
    expect(await page.getByRole('link', { name: 'Downloaden als CSV' }).getAttribute('href')).toBe(`/api/audit/events/csv?caseNumber=${caseNumber}`);
    await suite.expectAccessible();

    // And the check of the hash chain says the log is whole
    await page.getByRole('button', { name: 'Logboek nu controleren' }).click();
    await page.getByText(/^In orde: .* regels gecontroleerd/).waitFor();
    await suite.expectAccessible();
  });

  it('fits a phone without serious or critical accessibility violations', async () => {
    await suite.page.setViewportSize({ height: 844, width: 390 });
    await suite.signIn(officer.username, officer.password);
    await suite.page.getByRole('table').waitFor();
    const overflow: number = await suite.page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth');
    expect(overflow).toBe(0);
    await suite.expectAccessible();
  });

  it('is not in the menu of other roles, and says so when they open it', async () => {
    await suite.signIn(chair.username, chair.password);
    expect(await suite.page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Logboek' }).count()).toBe(0);
    await suite.goto('/logboek');
    expect(await suite.page.getByRole('heading', { level: 1 }).textContent()).toBe('Geen toegang');
  });
});
