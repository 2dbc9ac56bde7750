import { Injectable } from '@nestjs/common';
import nodemailer, { Transporter } from 'nodemailer';
import { EnvironmentDto } from '../config/environment.dto';

/** Where outgoing mail goes, as the dispatcher and the start log describe it. */
export interface SmtpTarget {
  host: string;
  port: number;
  secure: boolean;
}

/**
 * Builds the nodemailer transport from the environment: the local catcher (MAIL_CATCHER) or a real
 * SMTP server, with TLS and authentication when configured. Timeouts are short, because a message
 * that cannot be delivered now is retried by the outbox, not held in a hanging connection.
 */
@Injectable()
export class SmtpTransportFactory {
  constructor(private readonly env: EnvironmentDto) {}

  target(): SmtpTarget {
    const secure = this.env.SMTP_SECURE;
    const port = this.env.SMTP_PORT ?? (this.env.MAIL_CATCHER ? this.env.MAIL_CATCHER_PORT : secure ? 465 : 587);
    return { host: this.env.MAIL_CATCHER && !this.env.SMTP_PORT ? '127.0.0.1' : this.env.SMTP_HOST, port, secure };
  }

  create(): Transporter {
    const { host, port, secure } = this.target();
    return nodemailer.createTransport({
      auth: this.env.SMTP_USER ? { pass: this.env.SMTP_PASSWORD ?? '', user: this.env.SMTP_USER } : undefined,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      host,
      port,
      secure,
      socketTimeout: 30_000,
    });
  }

  /** The address part of SMTP_FROM, for Message-IDs and the calendar's ORGANIZER. */
  senderAddress(): string {
    const match = /<([^>]+)>/.exec(this.env.SMTP_FROM);
    return (match ? match[1] : this.env.SMTP_FROM).trim();
  }
}
