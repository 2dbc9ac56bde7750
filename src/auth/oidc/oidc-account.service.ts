import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { PrismaService } from '../../database/prisma.service';
import { OidcDirectory, OidcIdentity } from './oidc-claims';
import { OidcSignInRefusedError } from './oidc.errors';

/**
 * Keeps the user row of a person who signs in through the provider: found by the issuer-qualified
 * subject, created at the first sign-in, and with name, e-mail and memberships replaced by what the
 * provider says at every sign-in (the provider is the source of truth for them). Never takes over a
 * local account: a preferred username that another user already has is not used.
 */
@Injectable()
export class OidcAccountService {
  constructor(private readonly prisma: PrismaService) {}

  /** The codes the provider may name, from the case record (lower case). */
  async directory(): Promise<OidcDirectory> {
    const [regions, organisations] = await Promise.all([
      this.prisma.region.findMany({ select: { code: true, id: true } }),
      this.prisma.organisation.findMany({ select: { code: true, id: true, regionId: true } }),
    ]);
    return {
      organisations: new Map(organisations.map((organisation) => [organisation.code.toLowerCase(), { id: organisation.id, regionId: organisation.regionId }])),
      regions: new Map(regions.map((region) => [region.code.toLowerCase(), { id: region.id }])),
    };
  }

  /** The user id of the person, their row brought up to date with the provider's claims. */
  async upsert(identity: OidcIdentity): Promise<string> {
    return this.prisma.$transaction(async (tx) => {
      const existing = await tx.user.findUnique({ select: { active: true, id: true }, where: { externalSubject: identity.externalSubject } });
      if (existing && !existing.active) throw new OidcSignInRefusedError('OIDC_USER_INACTIVE');
      const profile = { displayName: identity.displayName, email: identity.email };
      const user = existing
        ? await tx.user.update({ data: profile, where: { id: existing.id } })
        : await tx.user.create({ data: { ...profile, externalSubject: identity.externalSubject, username: await this.freeUsername(tx, identity) } });
      await tx.roleMembership.deleteMany({ where: { userId: user.id } });
      await tx.roleMembership.createMany({ data: identity.memberships.map((membership) => ({ ...membership, userId: user.id })) });
      return user.id;
    });
  }

  private async freeUsername(tx: Pick<PrismaService, 'user'>, identity: OidcIdentity): Promise<string> {
    if (identity.preferredUsername && !(await tx.user.findUnique({ select: { id: true }, where: { username: identity.preferredUsername } }))) return identity.preferredUsername;
    return `oidc.${createHash('sha256').update(identity.externalSubject).digest('hex').slice(0, 12)}`;
  }
}
