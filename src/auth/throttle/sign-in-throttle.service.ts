import { Injectable } from '@nestjs/common';
import { AuditActor, AuditOutcome, AuditService } from '../../audit/audit.service';
import { EnvironmentDto } from '../../config/environment.dto';
import { SignInAttemptOutcome } from '../../generated/prisma/enums';
import { AccountKeys } from './account-key';
import { SignInClock } from './sign-in-clock';
import { SignInAttemptsRepository } from './sign-in-attempts.repository';
import { decideSignIn, failureLocks, SignInLimits, throttledAddress } from './sign-in-throttle.policy';
import { SignInThrottledError } from './sign-in-throttled.error';

/** An attempt let through to the password check. */
export interface AdmittedAttempt {
  accountKey: string;
  clientIp: string | null;
  id: string;
}

/**
 * Throttles password sign-in per account and per client address, and locks an account for a while
 * after repeated failures (sign-in-throttle.policy.ts), with the attempts in PostgreSQL so that every
 * API process counts alike. Every refusal and every lock is written to the audit log.
 */
@Injectable()
export class SignInThrottle {
  constructor(
    private readonly attempts: SignInAttemptsRepository,
    private readonly audit: AuditService,
    private readonly clock: SignInClock,
    private readonly env: EnvironmentDto,
    private readonly keys: AccountKeys,
  ) {}

  get limits(): SignInLimits {
    return {
      addressFailures: this.env.SIGN_IN_ADDRESS_FAILURES,
      freeFailures: this.env.SIGN_IN_FREE_FAILURES,
      lockFailures: this.env.SIGN_IN_LOCK_FAILURES,
      windowMs: this.env.SIGN_IN_LOCK_MINUTES * 60_000,
    };
  }

  /** Records the attempt and lets it through, or refuses it (SignInThrottledError) before the password is looked at. */
  async admit(username: string, clientIp: string | null, actor: AuditActor): Promise<AdmittedAttempt> {
    const accountKey = this.keys.of(username);
    const { id, occurredAt } = await this.attempts.begin(accountKey, clientIp);
    const history = await this.attempts.history(accountKey, throttledAddress(clientIp), id, occurredAt, this.limits.windowMs);
    const decision = decideSignIn(history, this.limits, occurredAt);
    if (decision.allowed) return { accountKey, clientIp, id };
    await this.attempts.finish(id, decision.reason === 'ACCOUNT_LOCKED' ? SignInAttemptOutcome.LOCKED : SignInAttemptOutcome.THROTTLED);
    await this.audit.recordAlone(actor, { action: 'LOGIN', details: { reason: decision.reason, retryAfterSeconds: decision.retryAfterSeconds }, outcome: AuditOutcome.Denied, resource: 'session' });
    throw new SignInThrottledError(decision.reason, decision.retryAfterSeconds);
  }

  async succeeded(attempt: AdmittedAttempt): Promise<void> {
    await this.attempts.finish(attempt.id, SignInAttemptOutcome.SUCCEEDED);
  }

  /** Records the failure; when it is the one that locks the account, the lock goes into the audit log. */
  async failed(attempt: AdmittedAttempt, actor: AuditActor): Promise<void> {
    await this.attempts.finish(attempt.id, SignInAttemptOutcome.FAILED);
    const { limits } = this;
    const now = this.clock.now();
    const history = await this.attempts.history(attempt.accountKey, null, attempt.id, now, limits.windowMs);
    if (failureLocks(history.accountFailures.length + 1, limits)) {
      const lockedUntil = new Date(now.getTime() + limits.windowMs).toISOString();
      await this.audit.recordAlone(actor, { action: 'LOCK_ACCOUNT', details: { failures: limits.lockFailures, lockedUntil }, outcome: AuditOutcome.Allowed, resource: 'session' });
    }
  }
}
