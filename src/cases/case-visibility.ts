import { ORGANISATION_PARTICIPATION, TABLE_ROLES } from '../auth/access-policy';
import { Principal } from '../auth/principal';
import { ParticipantRole, Prisma } from '../generated/prisma/client';

/**
 * The cases a principal may see, as a database filter: the same rules as decideCaseAccess (read),
 * so that a list never shows a case that opening it would refuse.
 */
export function visibleCasesWhere(principal: Principal): Prisma.CaseWhereInput {
  const tableRegions = principal.memberships.filter((m) => TABLE_ROLES.includes(m.role) && m.regionId).map((m) => m.regionId!);
  const organisationParticipations = (Object.entries(ORGANISATION_PARTICIPATION) as [ParticipantRole, string][]).flatMap(([participantRole, role]) =>
    principal.memberships
      .filter((m) => m.role === role)
      .map((m) => ({ organisationId: m.organisationId, removedAt: null, role: participantRole, userId: null })),
  );
  const any: Prisma.CaseWhereInput[] = [
    { referral: { referrerId: principal.userId } },
    { participants: { some: { removedAt: null, userId: principal.userId } } },
  ];
  if (tableRegions.length > 0) any.push({ regionId: { in: tableRegions } }, { table: { regionId: { in: tableRegions } } });
  if (organisationParticipations.length > 0) any.push({ participants: { some: { OR: organisationParticipations } } });
  return { OR: any };
}
