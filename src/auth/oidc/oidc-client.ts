import { Injectable } from '@nestjs/common';
import * as client from 'openid-client';
import { OidcSignInRefusedError } from './oidc.errors';
import { OidcSettings } from './oidc.settings';

/** What the browser must keep between leaving for the provider and coming back. */
export interface AuthorizationRequest {
  codeVerifier: string;
  nonce: string;
  state: string;
  url: URL;
}

/**
 * The service as an OpenID Connect relying party, through openid-client: the authorization code flow
 * with PKCE (S256), `state` and `nonce`, the ID token validated (signature, issuer, audience, expiry,
 * nonce) and the userinfo of the same subject. The provider's metadata is discovered on first use and
 * kept; a provider that cannot be reached then is asked again at the next sign-in.
 */
@Injectable()
export class OidcClient {
  private configuration?: Promise<client.Configuration>;

  constructor(private readonly settings: OidcSettings) {}

  async authorizationRequest(): Promise<AuthorizationRequest> {
    const config = await this.config();
    const codeVerifier = client.randomPKCECodeVerifier();
    const state = client.randomState();
    const nonce = client.randomNonce();
    const url = client.buildAuthorizationUrl(config, {
      code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
      nonce,
      redirect_uri: this.settings.redirectUrl,
      scope: this.settings.scopes,
      state,
    });
    return { codeVerifier, nonce, state, url };
  }

  /** Exchanges the code of the callback for tokens and gives the validated claims (ID token, then userinfo). */
  async claims(callbackQuery: string, expected: { codeVerifier: string; nonce: string; state: string }): Promise<{ claims: Record<string, unknown>; issuer: string }> {
    const config = await this.config();
    const currentUrl = new URL(this.settings.redirectUrl);
    currentUrl.search = callbackQuery;
    try {
      const tokens = await client.authorizationCodeGrant(config, currentUrl, {
        expectedNonce: expected.nonce,
        expectedState: expected.state,
        idTokenExpected: true,
        pkceCodeVerifier: expected.codeVerifier,
      });
      const idClaims = tokens.claims()!;
      const userinfo = config.serverMetadata().userinfo_endpoint ? await client.fetchUserInfo(config, tokens.access_token, idClaims.sub) : {};
      // The ID token's claims win where both say something: they are what the provider signed.
      return { claims: { ...userinfo, ...idClaims }, issuer: config.serverMetadata().issuer };
    } catch (error) {
      throw new OidcSignInRefusedError('OIDC_PROVIDER_ERROR', error instanceof Error ? error.message.slice(0, 200) : undefined);
    }
  }

  private config(): Promise<client.Configuration> {
    const { clientId, clientSecret, issuer } = this.settings;
    if (!issuer || !clientId) return Promise.reject(new OidcSignInRefusedError('OIDC_DISABLED'));
    this.configuration ??= client
      .discovery(new URL(issuer), clientId, clientSecret ? { client_secret: clientSecret } : undefined, clientSecret ? client.ClientSecretBasic(clientSecret) : client.None(), {
        execute: this.settings.insecureLoopback ? [client.allowInsecureRequests] : [],
        timeout: 10,
      })
      .catch((error: unknown) => {
        this.configuration = undefined;
        throw new OidcSignInRefusedError('OIDC_PROVIDER_ERROR', `discovery of ${issuer} failed: ${(error as Error).message}`.slice(0, 200));
      });
    return this.configuration;
  }
}
