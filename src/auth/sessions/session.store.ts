import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { PrismaService } from '../../database/prisma.service';
import { Prisma } from '../../generated/prisma/client';
import { SessionEndReason, SignInMethod } from '../../generated/prisma/enums';
import { SessionTokenSigner } from '../session-token.signer';

type Transaction = Prisma.TransactionClient;

/** Where a sign-in came from, kept with its session so the user recognises their devices. */
export interface SignInContext {
  clientIp: string | null;
  userAgent: string | null;
}

export interface OpenedSession {
  expiresAt: Date;
  sessionId: string;
  token: string;
}

/** The user agent as stored: printable characters only, at most 200 of them. */
export function storedUserAgent(value: string | undefined): string | null {
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  const cleaned = (value ?? '').replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return cleaned ? cleaned.slice(0, 200) : null;
}

/**
 * The sessions of users (auth_session): one row per sign-in, named by the token, so that one can be
 * ended without the others. Writes take the caller's transaction, with the audit row of the act.
 */
@Injectable()
export class SessionStore {
  constructor(
    private readonly prisma: PrismaService,
    private readonly signer: SessionTokenSigner,
  ) {}

  async open(tx: Transaction, userId: string, method: SignInMethod, context: SignInContext, now = new Date()): Promise<OpenedSession> {
    const sessionId = randomUUID();
    const { expiresAt, token } = this.signer.sign(userId, sessionId, now);
    await tx.authSession.create({ data: { clientIp: context.clientIp, createdAt: now, expiresAt, id: sessionId, method, userAgent: context.userAgent, userId } });
    return { expiresAt, sessionId, token };
  }

  /** Ends one open session of the user; false when it is not theirs or already ended. */
  async end(tx: Transaction, userId: string, sessionId: string, reason: SessionEndReason): Promise<boolean> {
    const { count } = await tx.authSession.updateMany({ data: { endReason: reason, endedAt: new Date() }, where: { endedAt: null, id: sessionId, userId } });
    return count === 1;
  }

  /** Ends every open session of the user; the number ended. */
  async endAll(tx: Transaction, userId: string): Promise<number> {
    const { count } = await tx.authSession.updateMany({ data: { endReason: SessionEndReason.SIGNED_OUT_EVERYWHERE, endedAt: new Date() }, where: { endedAt: null, userId } });
    return count;
  }

  /** The user's sessions that still admit requests, newest first. */
  active(userId: string) {
    return this.prisma.authSession.findMany({ orderBy: { createdAt: 'desc' }, where: { endedAt: null, expiresAt: { gt: new Date() }, userId } });
  }
}
