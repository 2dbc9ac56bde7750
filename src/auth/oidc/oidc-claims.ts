import { Role } from '../../generated/prisma/enums';
import { Membership } from '../principal';
import { OidcSignInRefusedError } from './oidc.errors';

/** What the service learns of a person from the provider's claims. */
export interface OidcIdentity {
  displayName: string;
  email: string | null;
  memberships: Membership[];
  /** The provider's subject, qualified by its issuer: `<issuer>#<sub>`. */
  externalSubject: string;
  /** The provider's preferred username, when it sent a usable one. */
  preferredUsername: string | null;
}

/** What the case record knows of the codes a provider may send. */
export interface OidcDirectory {
  organisations: ReadonlyMap<string, { id: string; regionId: string | null }>;
  regions: ReadonlyMap<string, { id: string }>;
}

export interface OidcClaimNames {
  organisation: string;
  region: string;
  roles: string;
}

const ROLES = new Set<string>(Object.values(Role));

/** A role as providers spell it: CHAIR, chair, process-owner, "Process owner" all read as the service's role. */
export function roleOf(value: string): Role | undefined {
  const key = value.trim().toUpperCase().replace(/[\s-]+/g, '_');
  return ROLES.has(key) ? (key as Role) : undefined;
}

function text(claims: Record<string, unknown>, name: string): string | undefined {
  const value = claims[name];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** A list claim: a JSON array of strings, or one string of values separated by spaces or commas. */
function list(claims: Record<string, unknown>, name: string): string[] | undefined {
  const value = claims[name];
  if (Array.isArray(value)) return value.filter((item): item is string => typeof item === 'string').map((item) => item.trim()).filter(Boolean);
  if (typeof value === 'string') return value.split(/[\s,]+/).filter(Boolean);
  return undefined;
}

/** Control characters and over-long values never come into the case record from a claim. */
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const printable = (value: string, max: number) => value.replace(/[\u0000-\u001f\u007f]/g, '').slice(0, max);

/**
 * Reads organisation, region and roles from validated ID token and userinfo claims (names from the
 * OIDC_*_CLAIM keys) and maps them to memberships: every role in the one organisation and region the
 * claims name. An unknown role, region or organisation refuses the sign-in as a whole, naming the
 * value, rather than letting the person in with less or more than their organisation meant.
 */
export function identityFromClaims(issuer: string, claims: Record<string, unknown>, names: OidcClaimNames, directory: OidcDirectory): OidcIdentity {
  const subject = text(claims, 'sub');
  if (!subject) throw new OidcSignInRefusedError('OIDC_CLAIM_MISSING', 'sub');
  const organisationCode = text(claims, names.organisation);
  if (!organisationCode) throw new OidcSignInRefusedError('OIDC_CLAIM_MISSING', names.organisation);
  const regionCode = text(claims, names.region);
  if (!regionCode) throw new OidcSignInRefusedError('OIDC_CLAIM_MISSING', names.region);
  const roleNames = list(claims, names.roles);
  if (roleNames === undefined) throw new OidcSignInRefusedError('OIDC_CLAIM_MISSING', names.roles);
  if (roleNames.length === 0) throw new OidcSignInRefusedError('OIDC_NO_ROLES');

  const region = directory.regions.get(regionCode.toLowerCase());
  if (!region) throw new OidcSignInRefusedError('OIDC_UNKNOWN_REGION', printable(regionCode, 80));
  const organisation = directory.organisations.get(organisationCode.toLowerCase());
  if (!organisation) throw new OidcSignInRefusedError('OIDC_UNKNOWN_ORGANISATION', printable(organisationCode, 80));
  if (organisation.regionId !== null && organisation.regionId !== region.id) throw new OidcSignInRefusedError('OIDC_ORGANISATION_NOT_IN_REGION', printable(`${organisationCode} / ${regionCode}`, 160));
  const roles = new Set<Role>();
  for (const name of roleNames) {
    const role = roleOf(name);
    if (!role) throw new OidcSignInRefusedError('OIDC_UNKNOWN_ROLE', printable(name, 80));
    roles.add(role);
  }

  const preferred = text(claims, 'preferred_username')?.toLowerCase();
  const name = text(claims, 'name') ?? [text(claims, 'given_name'), text(claims, 'family_name')].filter(Boolean).join(' ');
  const email = text(claims, 'email');
  return {
    displayName: printable(name || preferred || subject, 200),
    email: email ? printable(email, 254) : null,
    externalSubject: `${issuer}#${subject}`,
    memberships: [...roles].sort().map((role) => ({ organisationId: organisation.id, regionId: region.id, role })),
    preferredUsername: preferred && /^[a-z0-9._@-]{1,100}$/.test(preferred) ? preferred : null,
  };
}
