import request from 'supertest';
import { PrismaService } from '../../src/database/prisma.service';
import { Role } from '../../src/generated/prisma/enums';
import { createRegionWorld, createUser, RegionWorld } from '../factories/task-list.factory';
import { useBrowserSuite } from './support/browser-suite';

describe('My account: sessions, and signing out here or everywhere', () => {
  const suite = useBrowserSuite();
  let world: RegionWorld;
  const http = () => request(suite.app.getHttpServer());

  beforeAll(async () => {
    world = await createRegionWorld(suite.app.get(PrismaService), 'Twente');
  });

  it('lists the sessions of the user, ends another one, and signs out everywhere from the account page', async () => {
    // Given a secretary with a script's session besides the browser's
    const secretary = await createUser(suite.app, world, [Role.SECRETARY], 'Secretaris');
    const script = (await http().post('/api/auth/login').set('User-Agent', 'nachtelijk-exportscript').send({ password: secretary.password, username: secretary.username })).body.token as string;
    await suite.signIn(secretary.username, secretary.password);
    const { page } = suite;

    // When they open "Mijn account" from the header
    await page.getByRole('link', { name: 'Mijn account' }).click();
    await page.waitForURL((url) => url.pathname === '/mijn-account');
    await page.getByRole('table').waitFor();

    // Then their sessions are listed, this one marked, the script's with an own sign-out button
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Mijn account');
    const rows = page.getByRole('row');
    expect(await rows.filter({ hasText: 'Deze sessie' }).count()).toBe(1);
    expect(await rows.filter({ hasText: 'nachtelijk-exportscript' }).count()).toBe(1);
    await suite.expectAccessible();

    // When they end the script's session, then the script is out and the browser is not
    await rows.filter({ hasText: 'nachtelijk-exportscript' }).getByRole('button', { name: /beëindigen/ }).click();
    await page.getByText('De sessie is beëindigd.').waitFor();
    expect((await http().get('/api/auth/me').auth(script, { type: 'bearer' })).status).toBe(401);
    expect(await page.getByRole('row').filter({ hasText: 'nachtelijk-exportscript' }).count()).toBe(0);

    // When they sign out everywhere
    const another = (await http().post('/api/auth/login').send({ password: secretary.password, username: secretary.username })).body.token as string;
    await page.getByRole('button', { name: 'Overal afmelden' }).click();

    // Then they are on the sign-in page, told so, and no session of theirs works any more
    await page.waitForURL((url) => url.pathname === '/aanmelden');
    await page.getByText('U bent op al uw apparaten afgemeld.').waitFor();
    expect((await http().get('/api/auth/me').auth(another, { type: 'bearer' })).status).toBe(401);
    await suite.goto('/taken');
    await page.waitForURL((url) => url.pathname === '/aanmelden');
  });

  it('signs out of this browser only with the header button', async () => {
    const chair = await createUser(suite.app, world, [Role.CHAIR], 'Voorzitter');
    const elsewhere = (await http().post('/api/auth/login').send({ password: chair.password, username: chair.username })).body.token as string;
    await suite.signIn(chair.username, chair.password);
    await suite.page.getByRole('button', { name: 'Afmelden', exact: true }).click();
    await suite.page.waitForURL((url) => url.pathname === '/aanmelden');
    expect((await http().get('/api/auth/me').auth(elsewhere, { type: 'bearer' })).status).toBe(200);
  });

  it('fits a phone and a laptop without serious or critical accessibility violations', async () => {
    const manager = await createUser(suite.app, world, [Role.MANAGER], 'Manager');
    for (const viewport of [{ height: 844, width: 390 }, { height: 768, width: 1366 }]) {
      await suite.page.setViewportSize(viewport);
      await suite.signIn(manager.username, manager.password);
      await suite.goto('/mijn-account');
      await suite.page.getByRole('table').waitFor();
      const overflow: number = await suite.page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth');
      expect(overflow).toBe(0);
      await suite.expectAccessible();
      await suite.context.clearCookies();
    }
  });
});
