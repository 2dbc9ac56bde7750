import { Role } from '../../generated/prisma/enums';
import { identityFromClaims, OidcDirectory, roleOf } from './oidc-claims';

const NAMES = { organisation: 'jbt_organisation', region: 'jbt_region', roles: 'jbt_roles' };
const DIRECTORY: OidcDirectory = {
  organisations: new Map([
    ['gemeenten-twente', { id: 'org-twente', regionId: 'region-twente' }],
    ['raad-landelijk', { id: 'org-raad', regionId: null }],
  ]),
  regions: new Map([
    ['twente', { id: 'region-twente' }],
    ['zuid-limburg', { id: 'region-zl' }],
  ]),
};
const ISSUER = 'https://login.example.nl';

function claims(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { email: 'vera@gemeenten-twente.example', jbt_organisation: 'gemeenten-twente', jbt_region: 'twente', jbt_roles: ['CHAIR'], name: 'Vera Voorzitter', preferred_username: 'Vera.V', sub: 'abc-123', ...overrides };
}

describe('Reading a person from OpenID Connect claims', () => {
  it('maps organisation, region and roles to memberships and keeps the subject with its issuer', () => {
    // Given claims for a chair of Twente, when they are read
    const identity = identityFromClaims(ISSUER, claims({ jbt_roles: ['chair', 'Privacy officer'] }), NAMES, DIRECTORY);

    // Then the person has both roles in the organisation and region, under the issuer-qualified subject
    expect(identity).toEqual({
      displayName: 'Vera Voorzitter',
      email: 'vera@gemeenten-twente.example',
      externalSubject: 'https://login.example.nl#abc-123',
      memberships: [
        { organisationId: 'org-twente', regionId: 'region-twente', role: Role.CHAIR },
        { organisationId: 'org-twente', regionId: 'region-twente', role: Role.PRIVACY_OFFICER },
      ],
      preferredUsername: 'vera.v',
    });
  });

  it('reads roles sent as one space- or comma-separated string, and codes in any case', () => {
    const identity = identityFromClaims(ISSUER, claims({ jbt_region: 'TWENTE', jbt_roles: 'SECRETARY, chair' }), NAMES, DIRECTORY);
    expect(identity.memberships.map((m) => m.role)).toEqual([Role.CHAIR, Role.SECRETARY]);
  });

  it('accepts a national organisation in any region', () => {
    const identity = identityFromClaims(ISSUER, claims({ jbt_organisation: 'raad-landelijk', jbt_region: 'zuid-limburg', jbt_roles: ['RAAD_WORKER'] }), NAMES, DIRECTORY);
    expect(identity.memberships).toEqual([{ organisationId: 'org-raad', regionId: 'region-zl', role: Role.RAAD_WORKER }]);
  });

  it.each([
    [{ jbt_roles: ['CHAIR', 'SUPERUSER'] }, 'OIDC_UNKNOWN_ROLE', 'SUPERUSER'],
    [{ jbt_region: 'atlantis' }, 'OIDC_UNKNOWN_REGION', 'atlantis'],
    [{ jbt_organisation: 'nobody' }, 'OIDC_UNKNOWN_ORGANISATION', 'nobody'],
    [{ jbt_region: 'zuid-limburg' }, 'OIDC_ORGANISATION_NOT_IN_REGION', 'gemeenten-twente / zuid-limburg'],
    [{ jbt_roles: [] }, 'OIDC_NO_ROLES', undefined],
    [{ jbt_roles: undefined }, 'OIDC_CLAIM_MISSING', 'jbt_roles'],
    [{ jbt_region: '' }, 'OIDC_CLAIM_MISSING', 'jbt_region'],
  ])('refuses the whole sign-in for %j, naming the value', (overrides, code, value) => {
    expect(() => identityFromClaims(ISSUER, claims(overrides), NAMES, DIRECTORY)).toThrow(expect.objectContaining({ code, value }));
  });

  it('uses configured claim names', () => {
    const names = { organisation: 'org', region: 'regio', roles: 'rollen' };
    const identity = identityFromClaims(ISSUER, { org: 'gemeenten-twente', regio: 'twente', rollen: ['MANAGER'], sub: 'x' }, names, DIRECTORY);
    expect(identity).toMatchObject({ displayName: 'x', email: null, memberships: [{ role: Role.MANAGER }], preferredUsername: null });
  });

  it('does not take a preferred username with characters a username cannot have', () => {
    expect(identityFromClaims(ISSUER, claims({ preferred_username: 'vera voorzitter' }), NAMES, DIRECTORY).preferredUsername).toBeNull();
  });

  it('knows the service’s roles in the spellings providers use', () => {
    expect([roleOf('process-owner'), roleOf(' Youth protector '), roleOf('root')]).toEqual([Role.PROCESS_OWNER, Role.YOUTH_PROTECTOR, undefined]);
  });
});
