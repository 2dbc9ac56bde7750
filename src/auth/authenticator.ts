import { Principal } from './principal';

/** Who a credential stands for, and the session it belongs to. */
export interface AuthenticatedSession {
  principal: Principal;
  sessionId: string;
}

/**
 * Turns a credential (the bearer token or the session cookie) into a principal and its session. The
 * guard, the services and the access policy depend only on this port and on Principal, so how a
 * session is checked can change without touching them.
 */
export abstract class Authenticator {
  /** The session the credential stands for; undefined when it is invalid, expired or ended. */
  abstract authenticate(credential: string): Promise<AuthenticatedSession | undefined>;
}
