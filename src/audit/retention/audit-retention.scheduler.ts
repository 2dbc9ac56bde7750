import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { EnvironmentDto } from '../../config/environment.dto';
import { AuditRetentionService } from './audit-retention.service';

/** Every six hours; the first run a minute after start, so that a start is not slowed by it. */
const EVERY_MS = 6 * 3600_000;
const FIRST_MS = 60_000;

/** Runs the audit retention job in every API process; the job's advisory lock lets one at a time work. */
@Injectable()
export class AuditRetentionScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('AuditRetention');
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;

  constructor(
    private readonly env: EnvironmentDto,
    private readonly retention: AuditRetentionService,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.env.RUN_API) return;
    const tick = () => {
      this.running ??= this.retention
        .run()
        .catch((error: unknown) => this.logger.warn(`The audit retention job failed, trying again later: ${(error as Error).message}`))
        .finally(() => (this.running = undefined));
    };
    this.timer = setTimeout(() => {
      tick();
      this.timer = setInterval(tick, EVERY_MS);
      this.timer.unref();
    }, FIRST_MS);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    clearTimeout(this.timer);
    clearInterval(this.timer);
    await this.running;
  }
}
