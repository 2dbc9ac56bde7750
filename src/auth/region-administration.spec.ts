import { Role } from '../generated/prisma/enums';
import { administeredRegions, decideRegionAdministration } from './access-policy';
import { Principal } from './principal';

const TWENTE = 'region-twente';
const LIMBURG = 'region-limburg';

function principal(...memberships: [Role, string | null][]): Principal {
  return { displayName: 'x', memberships: memberships.map(([role, regionId]) => ({ organisationId: 'gemeenten', regionId, role })), userId: 'x', username: 'x' };
}

describe("Who may change a region's settings", () => {
  it.each([Role.ADMINISTRATOR, Role.PROCESS_OWNER])('lets a %s change their own region and no other', (role) => {
    const holder = principal([role, TWENTE]);

    expect(decideRegionAdministration(holder, TWENTE)).toEqual(holder.memberships[0]);
    expect(decideRegionAdministration(holder, LIMBURG)).toBeUndefined();
    expect(administeredRegions(holder)).toEqual({ all: false, regionIds: [TWENTE] });
  });

  it.each([Role.ADMINISTRATOR, Role.PROCESS_OWNER])('lets a national %s (a membership without a region) change every region', (role) => {
    const national = principal([role, null]);

    expect(decideRegionAdministration(national, LIMBURG)).toEqual(national.memberships[0]);
    expect(administeredRegions(national)).toEqual({ all: true });
  });

  it("acts under the region's own membership when a user holds a national one too, so that the audit names it", () => {
    const both = principal([Role.ADMINISTRATOR, null], [Role.PROCESS_OWNER, TWENTE]);

    expect(decideRegionAdministration(both, TWENTE)).toEqual({ organisationId: 'gemeenten', regionId: TWENTE, role: Role.PROCESS_OWNER });
  });

  it.each([Role.CHAIR, Role.MANAGER, Role.SECRETARY, Role.MUNICIPAL_CONTACT])('never lets a %s change settings, also without a region', (role) => {
    expect(decideRegionAdministration(principal([role, TWENTE]), TWENTE)).toBeUndefined();
    expect(decideRegionAdministration(principal([role, null]), TWENTE)).toBeUndefined();
    expect(administeredRegions(principal([role, null]))).toEqual({ all: false, regionIds: [] });
  });
});
