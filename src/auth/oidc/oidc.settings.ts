import { Injectable } from '@nestjs/common';
import { EnvironmentDto } from '../../config/environment.dto';

/** The OpenID Connect settings (OIDC_* keys), with the redirect URL filled in when it is not set. */
@Injectable()
export class OidcSettings {
  readonly clientId: string | undefined;
  readonly clientSecret: string | undefined;
  readonly issuer: string | undefined;
  readonly claims: { organisation: string; region: string; roles: string };
  readonly redirectUrl: string;
  readonly scopes: string;

  constructor(env: EnvironmentDto) {
    this.clientId = env.OIDC_CLIENT_ID;
    this.clientSecret = env.OIDC_CLIENT_SECRET;
    this.issuer = env.OIDC_ISSUER;
    this.claims = { organisation: env.OIDC_ORGANISATION_CLAIM, region: env.OIDC_REGION_CLAIM, roles: env.OIDC_ROLES_CLAIM };
    const base = (env.PUBLIC_URL ?? `http://${env.HOST === '0.0.0.0' ? '127.0.0.1' : env.HOST}:${env.PORT}`).replace(/\/+$/, '');
    this.redirectUrl = env.OIDC_REDIRECT_URL ?? `${base}/api/auth/oidc/callback`;
    this.scopes = env.OIDC_SCOPES;
  }

  /** Sign-in through a provider is offered when an issuer is configured (a client id is then required). */
  get enabled(): boolean {
    return this.issuer !== undefined && this.clientId !== undefined;
  }

  /** Plain http is accepted only on loopback (a provider started by a test); the environment check refuses it elsewhere. */
  get insecureLoopback(): boolean {
    return this.issuer?.startsWith('http://') ?? false;
  }
}
