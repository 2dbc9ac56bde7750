/* global console, process, URLSearchParams -- a Node.js script */
/**
 * A real OpenID Connect provider (oidc-provider, MIT) on loopback, for the tests of sign-in through a
 * provider. Started as a child process by oidc-test-provider.ts with one JSON argument:
 * { port, clientId, clientSecret, redirectUri, accounts: { <id>: { <claim>: <value> } } }.
 * Its sign-in page offers one button per account (no passwords: the test decides who signs in) and
 * grants the client the scopes it asked for. Prints "ready <issuer>" when it listens.
 */
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import Provider from 'oidc-provider';

const config = JSON.parse(process.argv[2]);
const issuer = `http://127.0.0.1:${config.port}`;
const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const signingKey = { ...privateKey.export({ format: 'jwk' }), alg: 'RS256', kid: 'test-key', use: 'sig' };

const provider = new Provider(issuer, {
  claims: {
    email: ['email'],
    jbt: ['jbt_organisation', 'jbt_region', 'jbt_roles'],
    openid: ['sub'],
    profile: ['name', 'preferred_username'],
  },
  clients: [
    {
      client_id: config.clientId,
      client_secret: config.clientSecret,
      grant_types: ['authorization_code'],
      redirect_uris: [config.redirectUri],
      response_types: ['code'],
      token_endpoint_auth_method: 'client_secret_basic',
    },
  ],
  cookies: { keys: [randomBytes(32).toString('hex')] },
  features: { devInteractions: { enabled: false } },
  async findAccount(_ctx, id) {
    const claims = config.accounts[id];
    if (!claims) return undefined;
    return { accountId: id, claims: async () => ({ sub: id, ...claims }) };
  },
  interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
  jwks: { keys: [signingKey] },
  pkce: { required: () => true },
  scopes: ['openid', 'profile', 'email', 'jbt'],
});
provider.on('server_error', (_ctx, error) => console.error(`provider error: ${error.stack ?? error}`));

const escape = (text) => String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The provider's own sign-in page: one form per account. */
async function interaction(req, res, uid) {
  const details = await provider.interactionDetails(req, res);
  if (req.method === 'GET') {
    const buttons = Object.entries(config.accounts)
      .map(([id, claims]) => `<form method="post" action="/interaction/${uid}"><input type="hidden" name="account" value="${escape(id)}"><button type="submit">Aanmelden als ${escape(claims.name ?? id)}</button></form>`)
      .join('\n');
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><html lang="nl"><head><title>Testprovider</title></head><body><main><h1>Testprovider: aanmelden</h1>${buttons}</main></body></html>`);
    return;
  }
  const body = await new Promise((resolve) => {
    let data = '';
    req.on('data', (chunk) => (data += chunk));
    req.on('end', () => resolve(new URLSearchParams(data)));
  });
  const accountId = body.get('account');
  const grant = new provider.Grant({ accountId, clientId: details.params.client_id });
  grant.addOIDCScope(details.params.scope);
  const grantId = await grant.save();
  await provider.interactionFinished(req, res, { consent: { grantId }, login: { accountId } }, { mergeWithLastSubmission: false });
}

const callback = provider.callback();
const server = createServer((req, res) => {
  const match = /^\/interaction\/([\w-]+)$/.exec(req.url ?? '');
  if (match) {
    interaction(req, res, match[1]).catch((error) => {
      res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(String(error));
    });
    return;
  }
  callback(req, res);
});
server.listen(config.port, '127.0.0.1', () => console.log(`ready ${issuer}`));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
