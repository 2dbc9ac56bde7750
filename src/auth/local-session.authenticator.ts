import { Injectable } from '@nestjs/common';
import { PrismaService } from '../database/prisma.service';
import { AuthenticatedSession, Authenticator } from './authenticator';
import { toPrincipal } from './principal';
import { SessionTokenSigner } from './session-token.signer';

/**
 * Checks the service's own signed session token, then its session row and the user's current
 * memberships: an ended session (signed out here or everywhere), a deactivated user or a changed role
 * takes effect at the next request.
 */
@Injectable()
export class LocalSessionAuthenticator extends Authenticator {
  constructor(
    private readonly prisma: PrismaService,
    private readonly signer: SessionTokenSigner,
  ) {
    super();
  }

  async authenticate(credential: string): Promise<AuthenticatedSession | undefined> {
    const claims = this.signer.verify(credential);
    if (!claims) return undefined;
    const session = await this.prisma.authSession.findUnique({ include: { user: { include: { memberships: true } } }, where: { id: claims.sid } });
    if (!session || session.userId !== claims.sub || session.endedAt || session.expiresAt.getTime() <= Date.now()) return undefined;
    const { user } = session;
    if (!user.active) return undefined;
    if (user.tokensValidAfter && claims.iat < user.tokensValidAfter.getTime()) return undefined;
    return { principal: toPrincipal(user), sessionId: session.id };
  }
}
