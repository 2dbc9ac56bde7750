import { INestApplication } from '@nestjs/common';
import { PrismaService } from '../../../src/database/prisma.service';
import { createApp } from '../../../src/http/create-app';
import { Role } from '../../../src/generated/prisma/enums';
import { pickFreePorts } from '../../../src/runtime/ports';
import { createRegion, TestRegion } from '../../factories/region.factory';
import { harnessEnvironment, harnessInfo } from '../../support/test-environment';
import { oidcEnvironment, OidcTestProvider, startOidcTestProvider } from './support/oidc-test-provider';
import { RedirectWalker } from './support/redirect-walker';

describe('Sign-in through an OpenID Connect provider', () => {
  let provider: OidcTestProvider;
  let app: INestApplication;
  let prisma: PrismaService;
  let base: string;
  let region: TestRegion;
  let regionCode: string;
  let organisationCode: string;

  /** The claims of a person at the provider, in the test region unless overridden. */
  const person = (name: string, roles: unknown, overrides: Record<string, unknown> = {}) => ({
    email: `${name.toLowerCase().replace(/\s+/g, '.')}@gemeente.example`,
    jbt_organisation: organisationCode,
    jbt_region: regionCode,
    jbt_roles: roles,
    name,
    preferred_username: `${name.toLowerCase().replace(/\s+/g, '.')}.${process.pid}`,
    ...overrides,
  });

  /** Starts a sign-in at the service, picks `account` at the provider, and follows back to the service. */
  async function signInAs(account: string, walker = new RedirectWalker(), returnPath = '/taken') {
    const atProvider = await walker.follow(`${base}/api/auth/oidc/start?terug=${encodeURIComponent(returnPath)}`, (location) => location.pathname.startsWith('/interaction/'));
    const authorization = new URL(walker.hops[0]);
    const finished = await walker.follow(atProvider.location.href, (location) => location.origin === base && !location.pathname.startsWith('/api/'), { body: `account=${account}`, method: 'POST' });
    return { authorization, landed: finished.location, walker };
  }

  beforeAll(async () => {
    const [port] = await pickFreePorts(1);
    base = `http://127.0.0.1:${port}`;
    const redirectUri = `${base}/api/auth/oidc/callback`;
    prisma = new PrismaService(harnessInfo().databaseUrl);
    region = await createRegion(prisma);
    regionCode = (await prisma.region.findUniqueOrThrow({ where: { id: region.id } })).code;
    organisationCode = (await prisma.organisation.findUniqueOrThrow({ where: { id: region.organisations.gemeenten } })).code;
    provider = await startOidcTestProvider({
      accounts: {
        chair: person('Vera Voorzitter', ['CHAIR']),
        'chair-and-officer': person('Otto Officer', 'CHAIR PRIVACY_OFFICER'),
        'unknown-region': person('Rita Regio', ['CHAIR'], { jbt_region: 'atlantis' }),
        'unknown-role': person('Sam Super', ['CHAIR', 'SUPERUSER']),
      },
      redirectUri,
    });
    app = await createApp(harnessEnvironment({ PORT: String(port), RUN_WORKERS: 'false', ...oidcEnvironment(provider, redirectUri) }), { databaseUrl: harnessInfo().databaseUrl, engine: harnessInfo().engine });
    await app.listen(port, '127.0.0.1');
  });
  afterAll(async () => {
    await app?.close();
    await provider?.stop();
    await prisma?.$disconnect();
  });

  it('offers sign-in through the provider', async () => {
    expect(await (await fetch(`${base}/api/auth/sign-in-options`)).json()).toEqual({ oidc: true });
  });

  it('signs a chair in with the authorization code flow, PKCE, state and nonce, with role, region and organisation from the claims', async () => {
    // When the chair signs in through the provider, asking to return to the task list
    const { authorization, landed, walker } = await signInAs('chair');

    // Then the service asked for a code with an S256 challenge, a state and a nonce
    expect(authorization.origin).toBe(provider.issuer);
    expect(Object.fromEntries(authorization.searchParams)).toMatchObject({
      client_id: provider.clientId,
      code_challenge: expect.stringMatching(/^[\w-]{43}$/),
      code_challenge_method: 'S256',
      nonce: expect.stringMatching(/^[\w-]{20,}$/),
      redirect_uri: `${base}/api/auth/oidc/callback`,
      response_type: 'code',
      scope: 'openid profile email jbt',
      state: expect.stringMatching(/^[\w-]{20,}$/),
    });

    // And the browser lands on the task list, signed in, with the chair role in the organisation and region
    expect(landed.href).toBe(`${base}/taken`);
    const me = (await (await walker.request(`${base}/api/auth/me`)).json()) as { id: string };
    expect(me).toMatchObject({ displayName: 'Vera Voorzitter', memberships: [{ organisationId: region.organisations.gemeenten, regionId: region.id, role: Role.CHAIR }], username: `vera.voorzitter.${process.pid}` });

    // And the user row keeps the issuer-qualified subject, and the sign-in is audited as OIDC
    const user = await prisma.user.findUniqueOrThrow({ where: { id: me.id } });
    expect(user).toMatchObject({ email: `vera.voorzitter@gemeente.example`, externalSubject: `${provider.issuer}#chair`, passwordHash: null });
    const audit = await prisma.auditEvent.findFirst({ orderBy: { occurredAt: 'desc' }, where: { action: 'LOGIN', actorId: user.id } });
    expect(audit).toMatchObject({ details: { method: 'OIDC' }, outcome: 'ALLOWED' });
  });

  it('takes several roles from one claim, and replaces the memberships by the claims at every sign-in', async () => {
    // Given a person whose provider account names two roles
    const roles = async (walker: RedirectWalker) => (((await (await walker.request(`${base}/api/auth/me`)).json()) as { memberships: { role: string }[] }).memberships).map((m) => m.role);
    const first = await signInAs('chair-and-officer');
    expect(await roles(first.walker)).toEqual([Role.CHAIR, Role.PRIVACY_OFFICER]);

    // When a role was added in the service meanwhile, and they sign in again
    const user = await prisma.user.findUniqueOrThrow({ where: { externalSubject: `${provider.issuer}#chair-and-officer` } });
    await prisma.roleMembership.create({ data: { organisationId: region.organisations.gemeenten, regionId: region.id, role: Role.MANAGER, userId: user.id } });
    const again = await signInAs('chair-and-officer');

    // Then they hold what the provider says, no more
    expect(await roles(again.walker)).toEqual([Role.CHAIR, Role.PRIVACY_OFFICER]);
  });

  it.each([
    ['unknown-role', 'OIDC_UNKNOWN_ROLE', 'SUPERUSER'],
    ['unknown-region', 'OIDC_UNKNOWN_REGION', 'atlantis'],
  ])('refuses %s with a clear reason on the sign-in page, without a session, and audits it', async (account, code, value) => {
    // When the person signs in through the provider
    const { landed, walker } = await signInAs(account);

    // Then they land on the sign-in page with the reason and the value, and are not signed in
    expect(landed.pathname).toBe('/aanmelden');
    expect(Object.fromEntries(landed.searchParams)).toEqual({ 'oidc-fout': code, waarde: value });
    expect(walker.cookie(base, 'jbt_session')).toBeUndefined();
    expect((await walker.request(`${base}/api/auth/me`)).status).toBe(401);

    // And the refusal is in the audit log with its reason
    const refusal = await prisma.auditEvent.findFirst({ orderBy: { occurredAt: 'desc' }, where: { action: 'LOGIN', details: { path: ['reason'], equals: code } } });
    expect(refusal).toMatchObject({ details: { method: 'OIDC', reason: code, value }, outcome: 'DENIED' });
  });

  it('refuses a callback that reaches another browser than the one that started the sign-in', async () => {
    // Given a sign-in started in one browser, whose callback URL is opened in another (no state cookie)
    const walker = new RedirectWalker();
    const atProvider = await walker.follow(`${base}/api/auth/oidc/start`, (location) => location.pathname.startsWith('/interaction/'));
    const callback = await walker.follow(atProvider.location.href, (location) => location.pathname === '/api/auth/oidc/callback', { body: 'account=chair', method: 'POST' });
    const otherBrowser = new RedirectWalker();

    // When the other browser follows it
    const { location } = await otherBrowser.follow(callback.location.href, (next) => next.pathname === '/aanmelden');

    // Then it is refused, and not signed in
    expect(location.searchParams.get('oidc-fout')).toBe('OIDC_SESSION_EXPIRED');
    expect(otherBrowser.cookie(base, 'jbt_session')).toBeUndefined();
  });

  it('refuses a callback whose state was changed', async () => {
    const walker = new RedirectWalker();
    const atProvider = await walker.follow(`${base}/api/auth/oidc/start`, (location) => location.pathname.startsWith('/interaction/'));
    const callback = await walker.follow(atProvider.location.href, (location) => location.pathname === '/api/auth/oidc/callback', { body: 'account=chair', method: 'POST' });
    const forged = new URL(callback.location.href);
    forged.searchParams.set('state', 'a-state-of-the-attacker');
    const { location } = await walker.follow(forged.href, (next) => next.pathname === '/aanmelden');
    expect(location.searchParams.get('oidc-fout')).toBe('OIDC_PROVIDER_ERROR');
    expect(walker.cookie(base, 'jbt_session')).toBeUndefined();
  });

  it('never sends the browser elsewhere than into the web app after sign-in', async () => {
    const { landed } = await signInAs('chair', new RedirectWalker(), '//evil.example/phish');
    expect(landed.href).toBe(`${base}/`);
  });
});
