import { Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { SMTPServer } from 'smtp-server';
import { EnvironmentDto } from '../../config/environment.dto';
import { assertPortsFree } from '../../runtime/ports';
import { CaughtMailStore } from './caught-mail.store';

/** Largest message the catcher takes (a report PDF is far smaller). */
const MAX_MESSAGE_BYTES = 25 * 1024 * 1024;

/**
 * A development tool: with MAIL_CATCHER=true the service runs its own SMTP server on loopback
 * (MAIL_CATCHER_PORT) and keeps every message it receives, so that a newcomer can read at /mail what
 * a parent or a professional would receive. It accepts mail from this machine only, without TLS or
 * authentication, and delivers nothing onwards. Started and stopped with the application.
 */
@Injectable()
export class MailCatcherServer implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('MailCatcher');
  private server: SMTPServer | undefined;

  constructor(
    private readonly env: EnvironmentDto,
    private readonly store: CaughtMailStore,
  ) {}

  async onModuleInit(): Promise<void> {
    if (!this.env.MAIL_CATCHER) return;
    await assertPortsFree([{ key: 'MAIL_CATCHER_PORT', port: this.env.MAIL_CATCHER_PORT }]);
    const server = new SMTPServer({
      authOptional: true,
      banner: 'JBT Orchestrator mail catcher (development only)',
      disabledCommands: ['AUTH', 'STARTTLS'],
      logger: false,
      onData: (stream, _session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          if (stream.sizeExceeded) return callback(Object.assign(new Error('Message too large'), { responseCode: 552 }));
          this.store.save(Buffer.concat(chunks)).then(() => callback(), (error: Error) => callback(error));
        });
      },
      size: MAX_MESSAGE_BYTES,
    });
    server.on('error', (error) => this.logger.warn(`Mail catcher: ${error.message}`));
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.env.MAIL_CATCHER_PORT, '127.0.0.1', () => resolve());
    });
    this.server = server;
    this.logger.log(`Mail catcher (development tool) on 127.0.0.1:${this.env.MAIL_CATCHER_PORT}; read the mail at /mail`);
  }

  /** Closes after the outbox dispatcher has stopped (that happens in onModuleDestroy). */
  async onApplicationShutdown(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
