import { Membership } from '../../auth/principal';
import { Role } from '../../generated/prisma/enums';
import { decideApprovalScope } from './approval-scope';

const TWENTE = 'region-twente';
const LIMBURG = 'region-limburg';

const memberships = (...held: [Role, string | null][]): Membership[] => held.map(([role, regionId]) => ({ organisationId: 'gemeenten', regionId, role }));

describe('Who may approve a model that every region uses', () => {
  it('refuses a process owner of the proposer’s own region, naming that region', () => {
    // Given a proposal by a process owner of Twente, when another process owner of Twente approves
    const decision = decideApprovalScope(memberships([Role.PROCESS_OWNER, TWENTE]), memberships([Role.PROCESS_OWNER, TWENTE]));

    // Then one region alone may not change the model of all regions
    expect(decision).toEqual({ allowed: false, proposerRegionIds: [TWENTE] });
  });

  it.each([Role.PROCESS_OWNER, Role.ADMINISTRATOR])('lets a %s of another region approve', (role) => {
    expect(decideApprovalScope(memberships([role, LIMBURG]), memberships([Role.PROCESS_OWNER, TWENTE]))).toEqual({ allowed: true, basis: 'other-region' });
  });

  it.each([Role.PROCESS_OWNER, Role.ADMINISTRATOR])('lets a national %s (a role without a region) approve a proposal of any region', (role) => {
    expect(decideApprovalScope(memberships([role, null]), memberships([Role.PROCESS_OWNER, TWENTE]))).toEqual({ allowed: true, basis: 'national' });
  });

  it('lets a regional process owner approve what a national one proposed', () => {
    expect(decideApprovalScope(memberships([Role.PROCESS_OWNER, TWENTE]), memberships([Role.PROCESS_OWNER, null]))).toEqual({ allowed: true, basis: 'national' });
  });

  it('counts a region the proposer also works for as no second region', () => {
    // Given a proposer who is process owner in Twente and Limburg, and an approver in Limburg only
    const decision = decideApprovalScope(memberships([Role.PROCESS_OWNER, LIMBURG]), memberships([Role.PROCESS_OWNER, LIMBURG], [Role.PROCESS_OWNER, TWENTE]));

    // Then Limburg adds no view the proposer did not have
    expect(decision).toEqual({ allowed: false, proposerRegionIds: [LIMBURG, TWENTE] });
  });

  it('does not count roles that do not work on models, also without a region', () => {
    // Given an approver of Twente who is also a national manager and a chair in Limburg
    const approver = memberships([Role.PROCESS_OWNER, TWENTE], [Role.MANAGER, null], [Role.CHAIR, LIMBURG]);

    // Then neither makes the approver national or of another region
    expect(decideApprovalScope(approver, memberships([Role.PROCESS_OWNER, TWENTE]))).toEqual({ allowed: false, proposerRegionIds: [TWENTE] });
  });
});
