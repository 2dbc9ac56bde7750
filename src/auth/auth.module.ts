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
import { PasswordHasher } from './password-hasher';
import { SessionTokenSigner } from './session-token.signer';

/**
 * Sign-in, the global guard that authenticates every API route, and the Authenticator port. To move
 * to OpenID Connect, bind Authenticator to an OIDC implementation here; nothing else changes.
 */
@Module({
  controllers: [AuthController],
  exports: [Authenticator, PasswordHasher],
  imports: [AuditModule],
  providers: [
    { provide: APP_GUARD, useClass: AuthGuard },
    { provide: Authenticator, useClass: LocalSessionAuthenticator },
    { inject: [EnvironmentDto], provide: SessionTokenSigner, useFactory: (env: EnvironmentDto) => new SessionTokenSigner(resolveAuthSecret(env)) },
    AuthService,
    PasswordHasher,
  ],
})
export class AuthModule {}
