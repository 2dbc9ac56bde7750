import { Injectable } from '@nestjs/common';
import { PrismaService } from '../database/prisma.service';
import { Authenticator } from './authenticator';
import { Principal, toPrincipal } from './principal';
import { SessionTokenSigner } from './session-token.signer';

/**
 * Checks the service's own signed session token and loads the user's current memberships, so that a
 * deactivated user or a changed role takes effect at the next request, and logout (tokensValidAfter)
 * ends every session of the user.
 */
@Injectable()
export class LocalSessionAuthenticator extends Authenticator {
  constructor(
    private readonly prisma: PrismaService,
    private readonly signer: SessionTokenSigner,
  ) {
    super();
  }

  async authenticate(credential: string): Promise<Principal | undefined> {
    const claims = this.signer.verify(credential);
    if (!claims) return undefined;
    const user = await this.prisma.user.findUnique({ include: { memberships: true }, where: { id: claims.sub } });
    if (!user?.active) return undefined;
    if (user.tokensValidAfter && claims.iat < user.tokensValidAfter.getTime()) return undefined;
    return toPrincipal(user);
  }
}
