import { Principal } from '../../auth/principal';
import { ParticipantRole, Role } from '../../generated/prisma/enums';
import { CaseGrant } from '../case-access.service';
import { mayDownload } from './document-access';

const facts = { participants: [], referrerId: null, referrerOrganisationId: null, regionId: 'r', tableRegionId: 'r' };
const principal = (userId: string, ...memberships: { organisationId: string; role: Role }[]): Principal => ({ displayName: userId, memberships: memberships.map((m) => ({ ...m, regionId: 'r' })), userId, username: userId });
const grant = (basis: CaseGrant['basis'], role?: Role): CaseGrant => ({ basis, facts, membership: role ? { organisationId: 'org', regionId: 'r', role } : null });

describe('Who may download which document of a case', () => {
  it('gives the report to everyone who may see the case, the VTO to the table, the referrer and the Raad only', () => {
    // Given a chair, the referrer, a Raad worker and a youth protector who take part
    const someone = principal('u1');

    // When each asks for the report and the VTO
    // Then the report is for all of them, and the VTO not for the GI
    expect([grant('table'), grant('referrer'), grant('participant', Role.RAAD_WORKER), grant('organisation', Role.YOUTH_PROTECTOR)].map((g) => mayDownload('report', g, someone))).toEqual([true, true, true, true]);
    expect([grant('table'), grant('referrer'), grant('participant', Role.RAAD_WORKER), grant('organisation', Role.YOUTH_PROTECTOR)].map((g) => mayDownload('vto', g, someone))).toEqual([true, true, true, false]);
  });

  it('gives an invitation to the table, and otherwise to the one invited only', () => {
    // Given a named Raad worker's invitation and the GI's organisation invitation
    const named = { organisationId: 'raad', role: ParticipantRole.RAAD, userId: 'u1' };
    const organisation = { organisationId: 'gi', role: ParticipantRole.GI, userId: null };

    // When the named worker, a colleague, a youth protector of that GI and the chair ask
    // Then each gets only their own, the chair every one
    expect(mayDownload('invitation', grant('participant', Role.RAAD_WORKER), principal('u1'), named)).toBe(true);
    expect(mayDownload('invitation', grant('organisation', Role.RAAD_WORKER), principal('u2', { organisationId: 'raad', role: Role.RAAD_WORKER }), named)).toBe(false);
    expect(mayDownload('invitation', grant('organisation', Role.YOUTH_PROTECTOR), principal('u3', { organisationId: 'gi', role: Role.YOUTH_PROTECTOR }), organisation)).toBe(true);
    expect(mayDownload('invitation', grant('table'), principal('u4'), named)).toBe(true);
  });

  it('gives nothing to someone who only completed a task of the case', () => {
    expect(mayDownload('report', grant('task'), principal('u5'))).toBe(false);
  });
});
