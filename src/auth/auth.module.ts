import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuditModule } from '../audit/audit.module';
import { EnvironmentDto } from '../config/environment.dto';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { AuthService } from './auth.service';
import { resolveAuthSecret } from './auth-secret';
import { Authenticator } from './authenticator';
import { LocalSessionAuthenticator } from './local-session.authenticator';
import { OidcAccountService } from './oidc/oidc-account.service';
import { OidcClient } from './oidc/oidc-client';
import { OidcSignInService } from './oidc/oidc-sign-in.service';
import { OidcStateCookie } from './oidc/oidc-state-cookie';
import { OidcController } from './oidc/oidc.controller';
import { OidcSettings } from './oidc/oidc.settings';
import { PasswordHasher } from './password-hasher';
import { SessionTokenSigner } from './session-token.signer';
import { AuthHousekeeping } from './sessions/auth-housekeeping.scheduler';
import { SessionStore } from './sessions/session.store';
import { SessionsController } from './sessions/sessions.controller';
import { AccountKeys } from './throttle/account-key';
import { SignInAttemptsRepository } from './throttle/sign-in-attempts.repository';
import { SignInClock } from './throttle/sign-in-clock';
import { SignInThrottle } from './throttle/sign-in-throttle.service';

/** The secret that signs session tokens, and from which the other keys of sign-in are derived. */
const AUTH_SECRET = Symbol('AUTH_SECRET');

/**
 * Sign-in (password, throttled; OpenID Connect), sessions and sign-out, the global guard that
 * authenticates every API route, and the Authenticator port (docs/security.md, "Sign-in").
 */
@Module({
  controllers: [AuthController, OidcController, SessionsController],
  exports: [Authenticator, PasswordHasher],
  imports: [AuditModule],
  providers: [
    { provide: APP_GUARD, useClass: AuthGuard },
    { inject: [AUTH_SECRET], provide: AccountKeys, useFactory: (secret: Buffer) => new AccountKeys(secret) },
    { inject: [EnvironmentDto], provide: AUTH_SECRET, useFactory: (env: EnvironmentDto) => resolveAuthSecret(env) },
    { provide: Authenticator, useClass: LocalSessionAuthenticator },
    { inject: [AUTH_SECRET], provide: OidcStateCookie, useFactory: (secret: Buffer) => new OidcStateCookie(secret) },
    { inject: [AUTH_SECRET], provide: SessionTokenSigner, useFactory: (secret: Buffer) => new SessionTokenSigner(secret) },
    AuthHousekeeping,
    AuthService,
    OidcAccountService,
    OidcClient,
    OidcSettings,
    OidcSignInService,
    PasswordHasher,
    SessionStore,
    SignInAttemptsRepository,
    SignInClock,
    SignInThrottle,
  ],
})
export class AuthModule {}
