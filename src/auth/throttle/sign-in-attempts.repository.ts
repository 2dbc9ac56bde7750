import { Injectable } from '@nestjs/common';
import { PrismaService } from '../../database/prisma.service';
import { SignInAttemptOutcome } from '../../generated/prisma/enums';
import { SignInClock } from './sign-in-clock';
import { SignInHistory } from './sign-in-throttle.policy';

/** Outcomes that count as a failure: a finished one, and one still being checked (it may be one). */
const COUNTED = [SignInAttemptOutcome.FAILED, SignInAttemptOutcome.PENDING];

/**
 * The sign-in attempts in PostgreSQL, so that every API process counts the same failures. An attempt
 * is recorded (PENDING) before it is judged and counted by the others from then on: of any number of
 * simultaneous attempts, the one that counts last sees all the others, so no burst slips past a limit.
 */
@Injectable()
export class SignInAttemptsRepository {
  constructor(
    private readonly clock: SignInClock,
    private readonly prisma: PrismaService,
  ) {}

  /** Records an attempt as PENDING; its id and its time (SignInClock). */
  async begin(accountKey: string, clientIp: string | null): Promise<{ id: string; occurredAt: Date }> {
    return this.prisma.signInAttempt.create({ data: { accountKey, clientIp, occurredAt: this.clock.now(), outcome: SignInAttemptOutcome.PENDING }, select: { id: true, occurredAt: true } });
  }

  async finish(id: string, outcome: SignInAttemptOutcome): Promise<void> {
    await this.prisma.signInAttempt.update({ data: { outcome }, where: { id } });
  }

  /** The failures that count at `now`, other than the attempt `exceptId`; an address's only when one is given. */
  async history(accountKey: string, clientIp: string | null, exceptId: string, now: Date, windowMs: number): Promise<SignInHistory> {
    const windowStart = new Date(now.getTime() - windowMs);
    const lastSuccess = await this.prisma.signInAttempt.findFirst({
      orderBy: { occurredAt: 'desc' },
      select: { occurredAt: true },
      where: { accountKey, occurredAt: { gt: windowStart }, outcome: SignInAttemptOutcome.SUCCEEDED },
    });
    const since = lastSuccess && lastSuccess.occurredAt > windowStart ? lastSuccess.occurredAt : windowStart;
    const [account, address] = await Promise.all([
      this.prisma.signInAttempt.findMany({
        orderBy: { occurredAt: 'asc' },
        select: { occurredAt: true },
        where: { accountKey, id: { not: exceptId }, occurredAt: { gt: since }, outcome: { in: COUNTED } },
      }),
      clientIp === null
        ? Promise.resolve([])
        : this.prisma.signInAttempt.findMany({
            orderBy: { occurredAt: 'asc' },
            select: { occurredAt: true },
            where: { clientIp, id: { not: exceptId }, occurredAt: { gt: windowStart }, outcome: { in: COUNTED } },
          }),
    ]);
    return { accountFailures: account.map((row) => row.occurredAt), addressFailures: address.map((row) => row.occurredAt) };
  }

  /** Attempts older than `before` no longer count for anything. */
  async removeOlderThan(before: Date): Promise<number> {
    const { count } = await this.prisma.signInAttempt.deleteMany({ where: { occurredAt: { lt: before } } });
    return count;
  }
}
