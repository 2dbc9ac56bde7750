import { Injectable } from '@nestjs/common';
import { AuditOutcome, AuditService } from '../../audit/audit.service';
import { PrismaService } from '../../database/prisma.service';
import { SignInMethod } from '../../generated/prisma/enums';
import { AuthService, Session } from '../auth.service';
import { toPrincipal } from '../principal';
import { SignInContext } from '../sessions/session.store';
import { OidcAccountService } from './oidc-account.service';
import { identityFromClaims } from './oidc-claims';
import { OidcClient } from './oidc-client';
import { OidcPendingSignIn } from './oidc-state-cookie';
import { OidcSignInRefusedError } from './oidc.errors';
import { OidcSettings } from './oidc.settings';

/**
 * Finishes a sign-in through the provider: the code exchanged and the tokens validated (OidcClient),
 * the claims mapped to memberships (oidc-claims.ts), the user row brought up to date, a session opened.
 * A refusal is written to the audit log with its reason, like a failed password sign-in.
 */
@Injectable()
export class OidcSignInService {
  constructor(
    private readonly accounts: OidcAccountService,
    private readonly audit: AuditService,
    private readonly auth: AuthService,
    private readonly client: OidcClient,
    private readonly prisma: PrismaService,
    private readonly settings: OidcSettings,
  ) {}

  async finish(callbackQuery: string, pending: OidcPendingSignIn | undefined, context: SignInContext): Promise<Session> {
    let subject: string | undefined;
    try {
      if (!this.settings.enabled) throw new OidcSignInRefusedError('OIDC_DISABLED');
      if (!pending) throw new OidcSignInRefusedError('OIDC_SESSION_EXPIRED');
      const { claims, issuer } = await this.client.claims(callbackQuery, pending);
      subject = typeof claims.sub === 'string' ? `${issuer}#${claims.sub}` : undefined;
      const identity = identityFromClaims(issuer, claims, this.settings.claims, await this.accounts.directory());
      const userId = await this.accounts.upsert(identity);
      return await this.auth.openSession(userId, SignInMethod.OIDC, context);
    } catch (error) {
      if (error instanceof OidcSignInRefusedError) await this.recordRefusal(error, subject, context);
      throw error;
    }
  }

  private async recordRefusal(error: OidcSignInRefusedError, subject: string | undefined, context: SignInContext): Promise<void> {
    const known = subject ? await this.prisma.user.findUnique({ include: { memberships: true }, where: { externalSubject: subject } }) : null;
    const actor = known ? { clientIp: context.clientIp, principal: toPrincipal(known) } : { anonymous: true as const, clientIp: context.clientIp };
    await this.audit.recordAlone(actor, { action: 'LOGIN', details: { method: SignInMethod.OIDC, reason: error.refusal, value: error.value ?? null }, outcome: AuditOutcome.Denied, resource: 'session' });
  }
}
