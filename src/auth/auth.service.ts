import { Injectable } from '@nestjs/common';
import { AuditOutcome, AuditService } from '../audit/audit.service';
import { PrismaService } from '../database/prisma.service';
import { InvalidCredentialsError } from './auth.errors';
import { PasswordHasher } from './password-hasher';
import { Actor, Principal, toPrincipal } from './principal';
import { SessionUserResponse } from './dto/session.response';
import { SessionTokenSigner } from './session-token.signer';

export interface Session {
  expiresAt: Date;
  principal: Principal;
  token: string;
}

/** Sign-in with username and password, and sign-out; both are written to the audit log. */
@Injectable()
export class AuthService {
  constructor(
    private readonly audit: AuditService,
    private readonly hasher: PasswordHasher,
    private readonly prisma: PrismaService,
    private readonly signer: SessionTokenSigner,
  ) {}

  async login(username: string, password: string, clientIp: string | null): Promise<Session> {
    const normalised = username.trim().toLowerCase();
    const user = await this.prisma.user.findUnique({ include: { memberships: true }, where: { username: normalised } });
    const matches = await this.hasher.verify(password, user?.passwordHash);
    if (!user || !user.active || !matches) {
      // A known user's failed sign-in is theirs; an unknown username is not logged, as it may be a mistyped password.
      const actor = user ? { clientIp, principal: toPrincipal(user) } : { anonymous: true as const, clientIp };
      await this.audit.recordAlone(actor, { action: 'LOGIN', details: { reason: user ? 'WRONG_PASSWORD_OR_INACTIVE' : 'UNKNOWN_USER' }, outcome: AuditOutcome.Denied, resource: 'session' });
      throw new InvalidCredentialsError();
    }
    const principal = toPrincipal(user);
    const { expiresAt, token } = this.signer.sign(user.id);
    await this.prisma.$transaction(async (tx) => {
      await tx.user.update({ data: { lastLoginAt: new Date() }, where: { id: user.id } });
      await this.audit.record(tx, { clientIp, principal }, { action: 'LOGIN', outcome: AuditOutcome.Allowed, resource: 'session' });
    });
    return { expiresAt, principal, token };
  }

  /** Ends every session of the user: tokens issued before now are refused from now on. */
  async logout(actor: Actor): Promise<void> {
    await this.prisma.$transaction(async (tx) => {
      await tx.user.update({ data: { tokensValidAfter: new Date() }, where: { id: actor.principal.userId } });
      await this.audit.record(tx, actor, { action: 'LOGOUT', outcome: AuditOutcome.Allowed, resource: 'session' });
    });
  }

  /** The signed-in user as the web app shows it: memberships with the names of region and organisation. */
  async sessionUser(principal: Principal): Promise<SessionUserResponse> {
    const regionIds = principal.memberships.map((membership) => membership.regionId).filter((id): id is string => id !== null);
    const [regions, organisations] = await Promise.all([
      this.prisma.region.findMany({ select: { id: true, name: true }, where: { id: { in: regionIds } } }),
      this.prisma.organisation.findMany({ select: { id: true, name: true }, where: { id: { in: principal.memberships.map((membership) => membership.organisationId) } } }),
    ]);
    const regionName = new Map(regions.map((region) => [region.id, region.name]));
    const organisationName = new Map(organisations.map((organisation) => [organisation.id, organisation.name]));
    return {
      displayName: principal.displayName,
      id: principal.userId,
      memberships: principal.memberships.map((membership) => ({
        ...membership,
        organisationName: organisationName.get(membership.organisationId) ?? null,
        regionName: membership.regionId ? (regionName.get(membership.regionId) ?? null) : null,
      })),
      username: principal.username,
    };
  }
}
