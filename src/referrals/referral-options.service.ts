import { Injectable } from '@nestjs/common';
import { REFERRER_ROLES } from '../auth/access-policy';
import { Principal } from '../auth/principal';
import { PrismaService } from '../database/prisma.service';
import { EntryType, OrganisationKind, Role } from '../generated/prisma/enums';

/**
 * What the referral form offers a referrer: the municipalities of the regions they refer in, the
 * organisations they refer for, possible co-referrers, and the entry types each region accepts. This
 * is reference data, not case data, so it is not audited.
 */
@Injectable()
export class ReferralOptionsService {
  constructor(private readonly prisma: PrismaService) {}

  async optionsFor(principal: Principal) {
    const memberships = principal.memberships.filter((m) => REFERRER_ROLES.includes(m.role) && m.regionId);
    const regionIds = [...new Set(memberships.map((m) => m.regionId!))];
    const [regions, organisations, coReferrers] = await Promise.all([
      this.prisma.region.findMany({
        include: { municipalities: { orderBy: { name: 'asc' }, select: { id: true, name: true, tableId: true } }, tables: { orderBy: { code: 'asc' }, select: { id: true, name: true }, where: { active: true } } },
        orderBy: { name: 'asc' },
        where: { id: { in: regionIds } },
      }),
      this.prisma.organisation.findMany({ orderBy: { name: 'asc' }, select: { id: true, kind: true, name: true }, where: { id: { in: memberships.map((m) => m.organisationId) } } }),
      this.prisma.organisation.findMany({
        orderBy: { name: 'asc' },
        select: { id: true, kind: true, name: true, regionId: true },
        where: { kind: { in: [OrganisationKind.CARE_PROVIDER, OrganisationKind.SCHOOL] }, regionId: { in: regionIds } },
      }),
    ]);
    return {
      coReferrers,
      organisations,
      regions: regions.map((region) => {
        const roles = memberships.filter((m) => m.regionId === region.id).map((m) => m.role);
        const entryTypes: EntryType[] = [EntryType.REFERRAL, EntryType.CONSULT, EntryType.PROTECTION_REQUEST];
        if (region.otsReviewEnabled && roles.includes(Role.YOUTH_PROTECTOR)) entryTypes.push(EntryType.OTS_CLOSURE_REVIEW);
        return { entryTypes, id: region.id, municipalities: region.municipalities, name: region.name, tables: region.tables };
      }),
    };
  }
}
