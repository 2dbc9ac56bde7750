import { ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { pickFreePorts } from '../../src/runtime/ports';
import { eventually } from './eventually';

/** A real SMTP server for one test: it keeps what it receives and can refuse the next messages. */
export interface SmtpListener {
  port: number;
  received: ParsedMail[];
  /** The next `count` messages are refused with a temporary failure (451), as a server under load does. */
  refuseNext(count: number): void;
  /** Messages to an address (as in the To header). */
  to(address: string): ParsedMail[];
  /** Waits until `count` messages for the address have arrived. */
  waitFor(address: string, count?: number): Promise<ParsedMail[]>;
  close(): Promise<void>;
}

export async function startSmtpListener(): Promise<SmtpListener> {
  const [port] = await pickFreePorts(1);
  const received: ParsedMail[] = [];
  let refusals = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream).then(
        (mail) => {
          if (refusals > 0) {
            refusals--;
            return callback(Object.assign(new Error('Try again later'), { responseCode: 451 }));
          }
          received.push(mail);
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  // A client that goes away mid-conversation (a worker process killed while sending, in the chaos run)
  // is an 'error' event of the server; unheard, it would end the whole test process.
  server.on('error', () => undefined);
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', () => resolve()));
  const to = (address: string) => received.filter((mail) => addresses(mail).includes(address.toLowerCase()));
  return {
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
    port,
    received,
    refuseNext: (count) => {
      refusals = count;
    },
    to,
    waitFor: (address, count = 1) => eventually(async () => to(address), (mails) => mails.length >= count, `${count} mail(s) to ${address}`),
  };
}

export function addresses(mail: ParsedMail): string[] {
  const to = mail.to ? (Array.isArray(mail.to) ? mail.to : [mail.to]) : [];
  return to.flatMap((entry) => entry.value.map((value) => (value.address ?? '').toLowerCase()));
}
