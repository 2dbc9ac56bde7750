import { Injectable } from '@nestjs/common';
import { AuditOutcome, AuditService } from '../audit/audit.service';
import { PrismaService } from '../database/prisma.service';
import { SessionEndReason, SignInMethod } from '../generated/prisma/enums';
import { InvalidCredentialsError, SessionNotFoundError } from './auth.errors';
import { SessionUserResponse } from './dto/session.response';
import { PasswordHasher } from './password-hasher';
import { Actor, Principal, toPrincipal } from './principal';
import { SessionStore, SignInContext } from './sessions/session.store';
import { normaliseUsername } from './throttle/account-key';
import { SignInThrottle } from './throttle/sign-in-throttle.service';

export interface Session {
  expiresAt: Date;
  principal: Principal;
  sessionId: string;
  token: string;
}

/**
 * Sign-in with username and password (throttled, sign-in-throttle.service.ts), and ending sessions:
 * the current one, another one of the user's, or all of them. Every act is written to the audit log.
 */
@Injectable()
export class AuthService {
  constructor(
    private readonly audit: AuditService,
    private readonly hasher: PasswordHasher,
    private readonly prisma: PrismaService,
    private readonly sessions: SessionStore,
    private readonly throttle: SignInThrottle,
  ) {}

  async login(username: string, password: string, context: SignInContext): Promise<Session> {
    const { clientIp } = context;
    const normalised = normaliseUsername(username);
    const user = await this.prisma.user.findUnique({ include: { memberships: true }, where: { username: normalised } });
    // A known user's failed sign-in is theirs; an unknown username is not logged, as it may be a mistyped password.
    const actor = user ? { clientIp, principal: toPrincipal(user) } : { anonymous: true as const, clientIp };
    const attempt = await this.throttle.admit(normalised, clientIp, actor);
    const matches = await this.hasher.verify(password, user?.passwordHash);
    if (!user || !user.active || !matches) {
      await this.throttle.failed(attempt, actor);
      await this.audit.recordAlone(actor, { action: 'LOGIN', details: { reason: user ? 'WRONG_PASSWORD_OR_INACTIVE' : 'UNKNOWN_USER' }, outcome: AuditOutcome.Denied, resource: 'session' });
      throw new InvalidCredentialsError();
    }
    await this.throttle.succeeded(attempt);
    return this.openSession(user.id, SignInMethod.PASSWORD, context);
  }

  /** Opens a session for a user who proved who they are (password or OpenID Connect), with its audit row. */
  async openSession(userId: string, method: SignInMethod, context: SignInContext): Promise<Session> {
    return this.prisma.$transaction(async (tx) => {
      const user = await tx.user.update({ data: { lastLoginAt: new Date() }, include: { memberships: true }, where: { id: userId } });
      const principal = toPrincipal(user);
      const opened = await this.sessions.open(tx, user.id, method, context);
      await this.audit.record(tx, { clientIp: context.clientIp, principal }, { action: 'LOGIN', details: { method, sessionId: opened.sessionId }, outcome: AuditOutcome.Allowed, resource: 'session' });
      return { expiresAt: opened.expiresAt, principal, sessionId: opened.sessionId, token: opened.token };
    });
  }

  /** Ends the session the request was made in, and no other. */
  async logout(actor: Actor, sessionId: string): Promise<void> {
    await this.prisma.$transaction(async (tx) => {
      await this.sessions.end(tx, actor.principal.userId, sessionId, SessionEndReason.SIGNED_OUT);
      await this.audit.record(tx, actor, { action: 'LOGOUT', details: { sessionId }, outcome: AuditOutcome.Allowed, resource: 'session' });
    });
  }

  /** Ends another session of the same user (a device left signed in). */
  async endSession(actor: Actor, sessionId: string): Promise<void> {
    const ended = await this.prisma.$transaction(async (tx) => {
      const done = await this.sessions.end(tx, actor.principal.userId, sessionId, SessionEndReason.SIGNED_OUT_ELSEWHERE);
      if (done) await this.audit.record(tx, actor, { action: 'END_SESSION', details: { sessionId }, outcome: AuditOutcome.Allowed, resource: 'session' });
      return done;
    });
    if (!ended) throw new SessionNotFoundError();
  }

  /** Ends every session of the user, on every device, also bearer tokens handed to scripts. */
  async logoutEverywhere(actor: Actor): Promise<number> {
    return this.prisma.$transaction(async (tx) => {
      const ended = await this.sessions.endAll(tx, actor.principal.userId);
      await tx.user.update({ data: { tokensValidAfter: new Date() }, where: { id: actor.principal.userId } });
      await this.audit.record(tx, actor, { action: 'LOGOUT_EVERYWHERE', details: { sessionsEnded: ended }, outcome: AuditOutcome.Allowed, resource: 'session' });
      return ended;
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
