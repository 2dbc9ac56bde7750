import { Role } from '../generated/prisma/enums';
import { Principal } from '../auth/principal';
import { monitoringScope, scopeCovers } from './monitoring-access.policy';

const principal = (...memberships: [Role, string | null][]): Principal => ({
  displayName: 'Test',
  memberships: memberships.map(([role, regionId]) => ({ organisationId: 'org', regionId, role })),
  userId: 'user',
  username: 'test',
});

describe('Monitoring access', () => {
  it('opens figures, instances and operations to a manager of a region, for that region only', () => {
    const manager = principal([Role.MANAGER, 'twente']);
    for (const purpose of ['figures', 'instances', 'operate'] as const) {
      const scope = monitoringScope(manager, purpose);
      expect(scope).toMatchObject({ all: false, regionIds: ['twente'] });
      expect(scopeCovers(scope!, 'twente')).toBe(true);
      expect(scopeCovers(scope!, 'gelderland')).toBe(false);
    }
  });

  it('opens every region to an administrator without a region', () => {
    expect(monitoringScope(principal([Role.ADMINISTRATOR, null]), 'operate')).toMatchObject({ all: true });
  });

  it('gives a municipal contact figures but neither cases nor operations', () => {
    const contact = principal([Role.MUNICIPAL_CONTACT, 'twente']);
    expect(monitoringScope(contact, 'figures')).not.toBeNull();
    expect(monitoringScope(contact, 'instances')).toBeNull();
    expect(monitoringScope(contact, 'operate')).toBeNull();
  });

  it('lets a process owner look but not operate', () => {
    const owner = principal([Role.PROCESS_OWNER, 'twente']);
    expect(monitoringScope(owner, 'instances')).not.toBeNull();
    expect(monitoringScope(owner, 'operate')).toBeNull();
  });

  it('closes monitoring to a professional without a monitoring role', () => {
    const chair = principal([Role.CHAIR, 'twente'], [Role.LOCAL_TEAM, 'twente']);
    expect(monitoringScope(chair, 'figures')).toBeNull();
    expect(monitoringScope(chair, 'instances')).toBeNull();
  });
});
