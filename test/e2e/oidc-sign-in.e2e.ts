import { PrismaService } from '../../src/database/prisma.service';
import { pickFreePorts } from '../../src/runtime/ports';
import { createRegion } from '../factories/region.factory';
import { oidcTestClient, OidcTestProvider, startOidcTestProvider } from '../integration/auth/support/oidc-test-provider';
import { useBrowserSuite } from './support/browser-suite';

describe('Signing in through the organisation’s OpenID Connect provider in the browser', () => {
  // The service must know the provider before it starts; the provider must know the service's address.
  const env: Record<string, string> = {};
  let provider: OidcTestProvider | undefined;
  beforeAll(async () => {
    const [port] = await pickFreePorts(1);
    const client = oidcTestClient(port);
    Object.assign(env, { OIDC_CLIENT_ID: client.clientId, OIDC_CLIENT_SECRET: client.clientSecret, OIDC_ISSUER: client.issuer, OIDC_SCOPES: 'openid profile email jbt', PROVIDER_PORT: String(port) });
  });
  const suite = useBrowserSuite({ env });
  beforeAll(async () => {
    const prisma = suite.app.get(PrismaService);
    const region = await createRegion(prisma);
    const regionCode = (await prisma.region.findUniqueOrThrow({ where: { id: region.id } })).code;
    const organisationCode = (await prisma.organisation.findUniqueOrThrow({ where: { id: region.organisations.gemeenten } })).code;
    const claims = (name: string, roles: string[]) => ({ jbt_organisation: organisationCode, jbt_region: regionCode, jbt_roles: roles, name, preferred_username: `${name.split(' ')[0].toLowerCase()}.${process.pid}` });
    provider = await startOidcTestProvider({
      accounts: { chair: claims('Vera Voorzitter', ['CHAIR']), superuser: claims('Sam Super', ['SUPERUSER']) },
      port: Number(env.PROVIDER_PORT),
      redirectUri: `${suite.baseUrl}/api/auth/oidc/callback`,
    });
  });
  afterAll(() => provider?.stop());

  it('signs a chair in through the provider and brings them to the page they asked for', async () => {
    // Given a chair who opens the task list without a session
    await suite.goto('/taken');
    const { page } = suite;
    await page.waitForURL((url) => url.pathname === '/aanmelden');
    await suite.expectAccessible();

    // When they choose to sign in with their organisation's account and sign in at the provider
    await page.getByRole('link', { name: 'Aanmelden met het account van uw organisatie' }).click();
    await page.waitForURL((url) => url.origin === provider!.issuer);
    await page.getByRole('button', { name: 'Aanmelden als Vera Voorzitter' }).click();

    // Then they are back in the web app, on the task list, signed in as themselves in their role
    await page.waitForURL((url) => url.origin === suite.baseUrl && url.pathname === '/taken');
    await page.getByText('Vera Voorzitter').first().waitFor();
    expect(await page.locator('.user-info').textContent()).toContain('Voorzitter');
  });

  it('refuses a role the service does not know, saying which, in Dutch', async () => {
    await suite.goto('/aanmelden');
    const { page } = suite;
    await page.getByRole('link', { name: 'Aanmelden met het account van uw organisatie' }).click();
    await page.getByRole('button', { name: 'Aanmelden als Sam Super' }).click();
    await page.waitForURL((url) => url.origin === suite.baseUrl && url.pathname === '/aanmelden');
    const alert = page.getByRole('alert').filter({ hasText: 'SUPERUSER' });
    await alert.waitFor();
    expect(await alert.textContent()).toContain('De rol “SUPERUSER” die uw organisatie doorgaf, kent de JBT Orchestrator niet.');
    expect(await page.locator('.user-info').count()).toBe(0);
    await suite.expectAccessible();
  });
});
