import { Principal } from './principal';

/**
 * Turns a credential (the bearer token or the session cookie) into a principal. The local session
 * token is one implementation; OpenID Connect would be another that verifies the provider's token and
 * reads subject, name and role memberships from its claims. The guard, the services and the access
 * policy depend only on this port and on Principal, so swapping the implementation changes nothing else.
 */
export abstract class Authenticator {
  /** The principal the credential stands for; undefined when it is invalid, expired or revoked. */
  abstract authenticate(credential: string): Promise<Principal | undefined>;
}
