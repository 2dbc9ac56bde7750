import { EntryType, ParticipantRole, Role } from '../generated/prisma/enums';
import { CaseAccessFacts, decideCaseAccess, decideFiling } from './access-policy';
import { Principal } from './principal';

const TWENTE = 'region-twente';
const LIMBURG = 'region-limburg';

function principal(userId: string, ...memberships: [Role, string, string | null][]): Principal {
  return { displayName: userId, memberships: memberships.map(([role, organisationId, regionId]) => ({ organisationId, regionId, role })), userId, username: userId };
}

/** A Twente case filed by the local team's referrer, with the Twente Raad taking part as an organisation. */
function twenteCase(overrides: Partial<CaseAccessFacts> = {}): CaseAccessFacts {
  return {
    participants: [
      { organisationId: 'wijkteam-enschede', removed: false, role: ParticipantRole.REFERRER, userId: 'referrer' },
      { organisationId: 'raad-twente', removed: false, role: ParticipantRole.RAAD, userId: null },
    ],
    referrerId: 'referrer',
    referrerOrganisationId: 'wijkteam-enschede',
    regionId: TWENTE,
    tableRegionId: TWENTE,
    ...overrides,
  };
}

describe('The access policy for cases', () => {
  describe('a chair', () => {
    const chair = principal('chair', [Role.CHAIR, 'gemeenten-twente', TWENTE]);

    it('sees the cases of their own region and may ask for information', () => {
      expect(decideCaseAccess(chair, 'read', twenteCase())).toEqual({ allowed: true, basis: 'table', membership: chair.memberships[0] });
      expect(decideCaseAccess(chair, 'request-information', twenteCase())).toMatchObject({ allowed: true });
    });

    it('may not withdraw a referral, which is the referrer’s act', () => {
      expect(decideCaseAccess(chair, 'withdraw', twenteCase())).toEqual({ allowed: false, reason: 'ACTION_NOT_PERMITTED' });
    });

    it('does not see a case of another region', () => {
      const limburgChair = principal('chair-zl', [Role.CHAIR, 'gemeenten-zl', LIMBURG]);
      expect(decideCaseAccess(limburgChair, 'read', twenteCase())).toEqual({ allowed: false, reason: 'NOT_VISIBLE' });
    });

    it('sees a case transferred to a table of their region', () => {
      const limburgChair = principal('chair-zl', [Role.CHAIR, 'gemeenten-zl', LIMBURG]);
      expect(decideCaseAccess(limburgChair, 'read', twenteCase({ tableRegionId: LIMBURG }))).toMatchObject({ allowed: true, basis: 'table' });
    });
  });

  it('lets a secretary of the region see and ask, like the chair', () => {
    const secretary = principal('secretary', [Role.SECRETARY, 'gemeenten-twente', TWENTE]);
    expect(decideCaseAccess(secretary, 'request-information', twenteCase())).toMatchObject({ allowed: true, basis: 'table' });
  });

  describe('the referrer', () => {
    const referrer = principal('referrer', [Role.LOCAL_TEAM, 'wijkteam-enschede', TWENTE]);

    it('sees their case, supplies information and may withdraw it', () => {
      for (const action of ['read', 'supply-information', 'withdraw'] as const) {
        expect(decideCaseAccess(referrer, action, twenteCase())).toEqual({ allowed: true, basis: 'referrer', membership: referrer.memberships[0] });
      }
    });

    it('may not ask themselves for information', () => {
      expect(decideCaseAccess(referrer, 'request-information', twenteCase())).toEqual({ allowed: false, reason: 'ACTION_NOT_PERMITTED' });
    });

    it('does not see a case of a colleague in the same team', () => {
      const colleague = principal('colleague', [Role.LOCAL_TEAM, 'wijkteam-enschede', TWENTE]);
      expect(decideCaseAccess(colleague, 'read', twenteCase())).toEqual({ allowed: false, reason: 'NOT_VISIBLE' });
    });
  });

  describe('the Raad', () => {
    it('sees a case its organisation takes part in, through any Raad worker of it', () => {
      const raad = principal('raad-worker', [Role.RAAD_WORKER, 'raad-twente', TWENTE]);
      expect(decideCaseAccess(raad, 'read', twenteCase())).toMatchObject({ allowed: true, basis: 'organisation' });
      expect(decideCaseAccess(raad, 'withdraw', twenteCase())).toEqual({ allowed: false, reason: 'ACTION_NOT_PERMITTED' });
    });

    it('does not see it from another Raad location, nor in another role of the same organisation', () => {
      expect(decideCaseAccess(principal('raad-zl', [Role.RAAD_WORKER, 'raad-limburg', LIMBURG]), 'read', twenteCase())).toMatchObject({ allowed: false });
      expect(decideCaseAccess(principal('chair-raad', [Role.MANAGER, 'raad-twente', TWENTE]), 'read', twenteCase())).toMatchObject({ allowed: false });
    });

    it('no longer sees it once the organisation was removed from the case', () => {
      const raad = principal('raad-worker', [Role.RAAD_WORKER, 'raad-twente', TWENTE]);
      const facts = twenteCase();
      facts.participants[1].removed = true;
      expect(decideCaseAccess(raad, 'read', facts)).toEqual({ allowed: false, reason: 'NOT_VISIBLE' });
    });
  });

  it('lets a youth protector named as a participant see the case', () => {
    const gi = principal('jeugdbeschermer', [Role.YOUTH_PROTECTOR, 'gi-oost', TWENTE]);
    const facts = twenteCase({ participants: [{ organisationId: 'gi-oost', removed: false, role: ParticipantRole.GI, userId: 'jeugdbeschermer' }] });
    expect(decideCaseAccess(gi, 'read', facts)).toEqual({ allowed: true, basis: 'participant', membership: gi.memberships[0] });
  });

  it.each([Role.MUNICIPAL_CONTACT, Role.MANAGER, Role.PROCESS_OWNER, Role.ADMINISTRATOR])('never shows case content to a %s, even of their own region', (role) => {
    expect(decideCaseAccess(principal('someone', [role, 'gemeenten-twente', TWENTE]), 'read', twenteCase())).toEqual({ allowed: false, reason: 'NOT_VISIBLE' });
  });
});

describe('The access policy for filing a referral', () => {
  const localTeam = principal('lt', [Role.LOCAL_TEAM, 'wijkteam-enschede', TWENTE]);
  const youthProtector = principal('yp', [Role.YOUTH_PROTECTOR, 'gi-oost', TWENTE]);

  it('lets local team, Veilig Thuis and GI file in their own region', () => {
    expect(decideFiling(localTeam, TWENTE, EntryType.REFERRAL)).toEqual(localTeam.memberships[0]);
    expect(decideFiling(principal('vt', [Role.VEILIG_THUIS, 'vt-twente', TWENTE]), TWENTE, EntryType.REFERRAL)).toBeDefined();
    expect(decideFiling(youthProtector, TWENTE, EntryType.PROTECTION_REQUEST)).toBeDefined();
  });

  it('refuses another region, another organisation than named, and roles that do not refer', () => {
    expect(decideFiling(localTeam, LIMBURG, EntryType.REFERRAL)).toBeUndefined();
    expect(decideFiling(localTeam, TWENTE, EntryType.REFERRAL, 'another-team')).toBeUndefined();
    expect(decideFiling(principal('chair', [Role.CHAIR, 'gemeenten-twente', TWENTE]), TWENTE, EntryType.REFERRAL)).toBeUndefined();
  });

  it('leaves the OTS-closure review to the youth protector', () => {
    expect(decideFiling(localTeam, TWENTE, EntryType.OTS_CLOSURE_REVIEW)).toBeUndefined();
    expect(decideFiling(youthProtector, TWENTE, EntryType.OTS_CLOSURE_REVIEW)).toEqual(youthProtector.memberships[0]);
  });
});
