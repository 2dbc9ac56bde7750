import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { EnvironmentDto } from '../../config/environment.dto';
import { PrismaService } from '../../database/prisma.service';
import { SignInAttemptsRepository } from '../throttle/sign-in-attempts.repository';

const EVERY_MS = 3600_000;
/** Ended and expired sessions stay listed this long (the audit log keeps the sign-ins and sign-outs). */
const SESSION_KEEP_MS = 30 * 24 * 3600_000;

/**
 * Every hour, in API processes: removes sign-in attempts that no longer count (a day, or the lock
 * window if longer) and sessions that ended or expired a month ago. Idempotent; processes may overlap.
 */
@Injectable()
export class AuthHousekeeping implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('AuthHousekeeping');
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;

  constructor(
    private readonly attempts: SignInAttemptsRepository,
    private readonly env: EnvironmentDto,
    private readonly prisma: PrismaService,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.env.RUN_API) return;
    this.timer = setInterval(() => {
      this.running ??= this.sweep()
        .catch((error: unknown) => this.logger.warn(`Housekeeping of sessions failed, trying again later: ${(error as Error).message}`))
        .finally(() => (this.running = undefined));
    }, EVERY_MS);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  async sweep(now = new Date()): Promise<void> {
    const attemptsKeptMs = Math.max(24 * 3600_000, this.env.SIGN_IN_LOCK_MINUTES * 60_000);
    await this.attempts.removeOlderThan(new Date(now.getTime() - attemptsKeptMs));
    const before = new Date(now.getTime() - SESSION_KEEP_MS);
    await this.prisma.authSession.deleteMany({ where: { OR: [{ endedAt: { lt: before } }, { expiresAt: { lt: before } }] } });
  }
}
