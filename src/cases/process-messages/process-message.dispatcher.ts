import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { EnvironmentDto } from '../../config/environment.dto';
import { PrismaService } from '../../database/prisma.service';
import { EngineError, EngineErrorCode } from '../../engine/engine.errors';
import { EngineVariables } from '../../engine/engine.types';
import { ProcessEngine } from '../../engine/process-engine.port';

/** How often pending messages are looked at when nothing asks for it sooner. */
const POLL_MS = 1000;
/** A claimed message is someone else's to try for this long; a crashed dispatcher's claim runs out. */
const LEASE_SECONDS = 30;
/** When the engine itself cannot be reached, a message is kept this much longer than its time to live. */
const OUTAGE_GRACE_MS = 24 * 3600_000;

interface PendingMessage {
  attempts: number;
  correlation_name: string;
  correlation_value: string;
  expires_at: Date;
  id: string;
  message_id: string;
  name: string;
  variables: EngineVariables;
}

/**
 * Delivers the process messages of the case record (process_message) to the engine. Every process
 * with the API or the workers runs one; rows are claimed with FOR UPDATE SKIP LOCKED and a lease, so
 * two processes never deliver the same message at once. A message nobody waits for yet is tried again
 * (1 s, 2 s, 4 s … at most a minute apart) until its time to live has passed, then marked EXPIRED;
 * an engine that cannot be reached does not make a message expire before a day has passed.
 */
@Injectable()
export class ProcessMessageDispatcher implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('ProcessMessages');
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private again = false;
  private stopped = false;

  constructor(
    private readonly engine: ProcessEngine,
    private readonly env: EnvironmentDto,
    private readonly prisma: PrismaService,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.env.RUN_API && !this.env.RUN_WORKERS) return;
    this.timer = setInterval(() => this.deliverSoon(), POLL_MS);
    this.timer.unref();
    this.deliverSoon();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await this.running;
  }

  /** Delivers what is due now; calls made meanwhile coalesce into one more pass. */
  deliverSoon(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.deliverDue()
      .catch((error) => this.logger.warn(`Delivering process messages failed, retrying: ${(error as Error).message}`))
      .finally(() => {
        this.running = undefined;
        if (this.again) {
          this.again = false;
          void this.deliverSoon();
        }
      });
    return this.running;
  }

  private async deliverDue(): Promise<void> {
    for (;;) {
      const due = await this.prisma.$queryRaw<PendingMessage[]>`
        UPDATE process_message SET next_attempt_at = now() + make_interval(secs => ${LEASE_SECONDS}), attempts = attempts + 1
         WHERE id IN (SELECT id FROM process_message WHERE status = 'PENDING' AND next_attempt_at <= now()
                       ORDER BY created_at FOR UPDATE SKIP LOCKED LIMIT 20)
        RETURNING id, name, message_id, correlation_name, correlation_value, variables, expires_at, attempts`;
      for (const message of due.sort((a, b) => a.message_id.localeCompare(b.message_id))) await this.deliver(message);
      if (due.length < 20 || this.stopped) return;
    }
  }

  private async deliver(message: PendingMessage): Promise<void> {
    try {
      const { processInstanceKey } = await this.engine.correlateMessage({
        correlationKeys: { [message.correlation_name]: message.correlation_value },
        name: message.name,
        variables: message.variables,
      });
      await this.prisma.processMessage.update({ data: { correlatedAt: new Date(), lastError: null, processInstanceKey, status: 'CORRELATED' }, where: { id: message.id } });
    } catch (error) {
      const nobodyWaits = error instanceof EngineError && error.code === EngineErrorCode.NotFound;
      const now = Date.now();
      const expiresAt = message.expires_at.getTime() + (nobodyWaits ? 0 : OUTAGE_GRACE_MS);
      const retryAt = now + Math.min(60_000, 1000 * 2 ** Math.min(message.attempts - 1, 6));
      const expired = retryAt > expiresAt;
      await this.prisma.processMessage.update({
        data: { lastError: (error as Error).message.slice(0, 2000), nextAttemptAt: new Date(retryAt), status: expired ? 'EXPIRED' : 'PENDING' },
        where: { id: message.id },
      });
      if (expired && nobodyWaits) this.logger.log(`${message.name} (${message.message_id}) expired: no instance waited for it within its time to live`);
      else if (expired) this.logger.warn(`${message.name} (${message.message_id}) expired undelivered: ${(error as Error).message}`);
    }
  }
}
