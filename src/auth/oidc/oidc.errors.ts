import { DomainError, ErrorKind } from '../../errors/domain-error';

/**
 * Why a sign-in through the provider was refused. The codes travel to the sign-in page
 * (/aanmelden?oidc-fout=<code>&waarde=<value>), which explains each in the user's language.
 */
export type OidcRefusal =
  | 'OIDC_CLAIM_MISSING'
  | 'OIDC_DISABLED'
  | 'OIDC_NO_ROLES'
  | 'OIDC_ORGANISATION_NOT_IN_REGION'
  | 'OIDC_PROVIDER_ERROR'
  | 'OIDC_SESSION_EXPIRED'
  | 'OIDC_UNKNOWN_ORGANISATION'
  | 'OIDC_UNKNOWN_REGION'
  | 'OIDC_UNKNOWN_ROLE'
  | 'OIDC_USER_INACTIVE';

const MESSAGES: Record<OidcRefusal, string> = {
  OIDC_CLAIM_MISSING: 'The provider did not send the claim',
  OIDC_DISABLED: 'Sign-in through an OpenID Connect provider is not configured',
  OIDC_NO_ROLES: 'The provider sent no role for this user',
  OIDC_ORGANISATION_NOT_IN_REGION: 'The organisation the provider names does not belong to the region it names',
  OIDC_PROVIDER_ERROR: 'The provider\'s answer could not be accepted',
  OIDC_SESSION_EXPIRED: 'The sign-in took too long or was started in another browser; start again',
  OIDC_UNKNOWN_ORGANISATION: 'The provider names an organisation the service does not know',
  OIDC_UNKNOWN_REGION: 'The provider names a region the service does not know',
  OIDC_UNKNOWN_ROLE: 'The provider names a role the service does not know',
  OIDC_USER_INACTIVE: 'This user has been deactivated in the service',
};

export class OidcSignInRefusedError extends DomainError {
  constructor(
    readonly refusal: OidcRefusal,
    /** The offending value (a claim name, role, region or organisation code), for the message. */
    readonly value?: string,
  ) {
    super(refusal, ErrorKind.Forbidden, value ? `${MESSAGES[refusal]}: ${value}` : MESSAGES[refusal]);
  }
}
