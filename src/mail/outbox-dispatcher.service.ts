import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { Transporter } from 'nodemailer';
import { EnvironmentDto } from '../config/environment.dto';
import { PrismaService } from '../database/prisma.service';
import { whileDatabaseRestarts } from '../database/while-database-restarts';
import { OutboxStatus } from '../generated/prisma/enums';
import { SmtpTransportFactory } from './smtp-transport.factory';

/** Messages claimed per round; a full round is followed at once by the next. */
const BATCH = 10;
/** How long a claimed message is reserved; after a crash mid-send it becomes due again. */
const LEASE_MS = 2 * 60_000;
/** Pause between rounds when nothing was due. */
const IDLE_MS = 500;
/** Attempts before a message is marked FAILED: with the backoff below, retries span about six hours. */
export const MAX_ATTEMPTS = 15;
/** First retry after 5 s, doubling, at most an hour apart: a passing fault heals, a lasting one fails. */
export function retryDelayMs(attempts: number): number {
  return Math.min(5_000 * 2 ** Math.max(0, attempts - 1), 60 * 60_000);
}

/**
 * Sends the outbox (design.md decision 9) in processes that run workers. Each round claims due
 * messages with FOR UPDATE SKIP LOCKED and a lease, so two processes never take the same row; each
 * message goes out with a Message-ID derived from its row, and is marked SENT, or PENDING again with
 * backoff, or FAILED after MAX_ATTEMPTS. A message is sent twice only if a process dies between the
 * SMTP server's acceptance and the SENT mark; the stable Message-ID lets receivers drop that copy.
 */
@Injectable()
export class OutboxDispatcher implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Outbox');
  private transport: Transporter | undefined;
  private running = false;
  private loop: Promise<void> | undefined;
  private wakeUp: (() => void) | undefined;

  constructor(
    private readonly env: EnvironmentDto,
    private readonly prisma: PrismaService,
    private readonly transports: SmtpTransportFactory,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.env.RUN_WORKERS) return;
    this.running = true;
    const { host, port } = this.transports.target();
    this.logger.log(`Sending mail to ${host}:${port}${this.env.MAIL_CATCHER ? ' (the local mail catcher, see /mail)' : ''}`);
    this.loop = this.run();
  }

  /** Stops before the database disconnects; a message claimed at that moment is retried after its lease. */
  async onModuleDestroy(): Promise<void> {
    this.running = false;
    this.wakeUp?.();
    await this.loop;
    this.transport?.close();
  }

  /** Looks for due messages now instead of at the next round (after a worker wrote some). */
  wake(): void {
    this.wakeUp?.();
  }

  /** One round: claims the due messages and sends them; gives how many were claimed. */
  async dispatchDue(): Promise<number> {
    const claimed = await this.prisma.$queryRaw<{ id: string }[]>`
      UPDATE outbox_message SET status = 'SENDING', attempts = attempts + 1, next_attempt_at = now() + ${LEASE_MS} * interval '1 millisecond'
      WHERE id IN (
        SELECT id FROM outbox_message
        WHERE status IN ('PENDING', 'SENDING') AND next_attempt_at <= now()
        ORDER BY next_attempt_at LIMIT ${BATCH} FOR UPDATE SKIP LOCKED)
      RETURNING id`;
    this.transport ??= this.transports.create();
    for (const { id } of claimed) await this.send(this.transport, id);
    return claimed.length;
  }

  private async run(): Promise<void> {
    while (this.running) {
      let claimed = 0;
      try {
        claimed = await this.dispatchDue();
      } catch (error) {
        if (this.running) this.logger.warn(`Outbox round failed: ${(error as Error).message}`);
      }
      if (claimed < BATCH && this.running) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, IDLE_MS);
          this.wakeUp = () => {
            clearTimeout(timer);
            resolve();
          };
        });
        this.wakeUp = undefined;
      }
    }
  }

  private async send(transport: Transporter, id: string): Promise<void> {
    const message = await this.prisma.outboxMessage.findUnique({ include: { attachments: true }, where: { id } });
    if (!message) return;
    const calendar = message.attachments.find((attachment) => attachment.contentType.startsWith('text/calendar'));
    try {
      await transport.sendMail({
        attachments: message.attachments
          .filter((attachment) => attachment !== calendar)
          .map((attachment) => ({ content: Buffer.from(attachment.content), contentType: attachment.contentType, filename: attachment.filename })),
        from: this.env.SMTP_FROM,
        headers: { 'Auto-Submitted': 'auto-generated', 'X-JBT-Outbox-Id': message.id, 'X-JBT-Purpose': message.purpose },
        html: message.bodyHtml ?? undefined,
        icalEvent: calendar ? { content: Buffer.from(calendar.content).toString('utf8'), filename: calendar.filename, method: 'REQUEST' } : undefined,
        messageId: `<${message.id}@${this.messageIdDomain()}>`,
        subject: message.subject,
        text: message.bodyText,
        to: message.to,
      });
    } catch (error) {
      const failed = message.attempts >= MAX_ATTEMPTS;
      const reason = (error as Error).message.slice(0, 1000);
      await this.prisma.outboxMessage.update({
        data: { lastError: reason, nextAttemptAt: new Date(Date.now() + retryDelayMs(message.attempts)), status: failed ? OutboxStatus.FAILED : OutboxStatus.PENDING },
        where: { id },
      });
      const what = failed ? `failed for good after ${message.attempts} attempts` : `failed (attempt ${message.attempts}), retrying in ${Math.round(retryDelayMs(message.attempts) / 1000)} s`;
      (failed ? this.logger.error.bind(this.logger) : this.logger.warn.bind(this.logger))(`Mail ${id} (${message.purpose}) ${what}: ${reason}`);
      return;
    }
    const sentAt = new Date();
    // The SMTP server has the mail: marking it sent must not be lost to a PostgreSQL restart, or the
    // lease would run out and the family would get it twice (found by `npm run chaos`). Tried well
    // within the lease, so that no other process claims the message meanwhile.
    await whileDatabaseRestarts(
      () => this.prisma.$transaction([
        this.prisma.outboxMessage.update({ data: { lastError: null, sentAt, status: OutboxStatus.SENT }, where: { id } }),
        this.prisma.invitation.updateMany({ data: { sentAt }, where: { outboxMessageId: id, sentAt: null } }),
      ]),
      { patienceMs: LEASE_MS / 2 },
      (error, pause) => this.logger.warn(`Mail ${id} was sent; the database cannot record that now (${error.message}); trying again in ${pause} ms`),
    );
  }

  private messageIdDomain(): string {
    const address = this.transports.senderAddress();
    return address.includes('@') ? address.split('@')[1] : 'jbt.local';
  }
}
