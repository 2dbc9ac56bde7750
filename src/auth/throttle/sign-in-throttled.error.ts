import { DomainError, ErrorKind } from '../../errors/domain-error';
import { SignInRefusal } from './sign-in-throttle.policy';

const MESSAGES: Record<SignInRefusal, string> = {
  ACCOUNT_LOCKED: 'Too many failed sign-ins for this account: it is locked for a while',
  ACCOUNT_THROTTLED: 'Too many failed sign-ins for this account: wait before trying again',
  ADDRESS_THROTTLED: 'Too many failed sign-ins from this address: wait before trying again',
};

/**
 * A sign-in refused before the password was looked at. The sign-in route answers it with 429 and
 * Retry-After (sign-in-throttled.filter.ts); the kind is what any other route would make of it.
 */
export class SignInThrottledError extends DomainError {
  constructor(
    readonly reason: SignInRefusal,
    readonly retryAfterSeconds: number,
  ) {
    super(reason === 'ACCOUNT_LOCKED' ? 'ACCOUNT_LOCKED' : 'SIGN_IN_THROTTLED', ErrorKind.Forbidden, MESSAGES[reason], { retryAfterSeconds });
  }
}
