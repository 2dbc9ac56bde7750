import { Role } from '../../generated/prisma/enums';
import { Principal } from '../../auth/principal';
import { auditLogScope } from './audit-log-access.policy';

const principal = (...memberships: [Role, string | null][]): Principal => ({
  displayName: 'x',
  memberships: memberships.map(([role, regionId]) => ({ organisationId: 'org', regionId, role })),
  userId: 'u',
  username: 'u',
});

describe('Who may read the audit log', () => {
  it('lets a privacy officer read the rows of their regions', () => {
    expect(auditLogScope(principal([Role.PRIVACY_OFFICER, 'twente'], [Role.PRIVACY_OFFICER, 'limburg'], [Role.CHAIR, 'gelderland']))).toEqual({ kind: 'regions', regionIds: ['limburg', 'twente'] });
  });

  it('lets a privacy officer without a region read all of it', () => {
    expect(auditLogScope(principal([Role.PRIVACY_OFFICER, 'twente'], [Role.PRIVACY_OFFICER, null]))).toEqual({ kind: 'national' });
  });

  it.each(Object.values(Role).filter((role) => role !== Role.PRIVACY_OFFICER))('gives a %s none of it, also without a region', (role) => {
    expect(auditLogScope(principal([role, null]))).toEqual({ kind: 'none' });
  });
});
