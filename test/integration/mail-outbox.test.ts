import { randomUUID } from 'node:crypto';
import { MAX_ATTEMPTS, OutboxDispatcher } from '../../src/mail/outbox-dispatcher.service';
import { MailPurpose } from '../../src/mail/outgoing-mail';
import { OutboxWriter } from '../../src/mail/outbox.writer';
import { SmtpListener, startSmtpListener } from '../support/smtp-listener';
import { startTestApp, TestApp } from '../support/test-app';

describe('The outbox', () => {
  let subject: TestApp;
  let smtp: SmtpListener;

  beforeAll(async () => {
    smtp = await startSmtpListener();
    subject = await startTestApp({ SMTP_PORT: String(smtp.port) });
  });
  afterAll(async () => {
    await subject.close();
    await smtp.close();
  });

  /** A message written as a worker writes one, in a transaction of its own. */
  async function enqueue(to: string): Promise<string> {
    return subject.prisma.$transaction((tx) => subject.app.get(OutboxWriter).enqueue(tx, {
      attachments: [{ content: Buffer.from('%PDF-1.4 test'), contentType: 'application/pdf', filename: 'verslag.pdf' }],
      caseId: null, dedupeKey: `test:${randomUUID()}`, purpose: MailPurpose.Report, subject: 'Verslag', text: 'Beste ouder,\n\nHierbij het verslag.', to: [to],
    }));
  }

  /** Makes a message due now, as if its backoff had passed. */
  const makeDue = (id: string) => subject.prisma.outboxMessage.update({ data: { nextAttemptAt: new Date(Date.now() - 1000) }, where: { id } });

  it('retries a message the SMTP server refused, with backoff, and sends it once with the same Message-ID', async () => {
    // Given a message in the outbox and an SMTP server that refuses the first attempt
    const address = `ouder-${randomUUID().slice(0, 8)}@ouders.test`;
    const id = await enqueue(address);
    smtp.refuseNext(1);

    // When the dispatcher sends it
    await subject.app.get(OutboxDispatcher).dispatchDue();

    // Then the message waits for a retry, with the failure and the attempt recorded
    const waiting = await subject.prisma.outboxMessage.findUniqueOrThrow({ where: { id } });
    expect(waiting).toMatchObject({ attempts: 1, sentAt: null, status: 'PENDING' });
    expect(waiting.lastError).toContain('451');
    expect(waiting.nextAttemptAt.getTime()).toBeGreaterThan(Date.now() + 2000);
    expect(smtp.to(address)).toHaveLength(0);

    // When the backoff has passed and the dispatcher runs again, twice
    await makeDue(id);
    await subject.app.get(OutboxDispatcher).dispatchDue();
    await subject.app.get(OutboxDispatcher).dispatchDue();

    // Then it was delivered once, marked sent after two attempts, under the Message-ID of its row
    const [mail] = await smtp.waitFor(address);
    expect(smtp.to(address)).toHaveLength(1);
    expect(mail.messageId).toBe(`<${id}@jbt.local>`);
    expect(mail.attachments.map((attachment) => attachment.filename)).toEqual(['verslag.pdf']);
    expect(await subject.prisma.outboxMessage.findUniqueOrThrow({ where: { id } })).toMatchObject({ attempts: 2, lastError: null, status: 'SENT' });
  });

  it('marks a message failed after its last attempt, and sends it no more', async () => {
    // Given a message that failed all attempts but one
    const address = `ouder-${randomUUID().slice(0, 8)}@ouders.test`;
    const id = await enqueue(address);
    await subject.prisma.outboxMessage.update({ data: { attempts: MAX_ATTEMPTS - 1 }, where: { id } });
    smtp.refuseNext(1);

    // When its last attempt fails too
    await subject.app.get(OutboxDispatcher).dispatchDue();

    // Then it is FAILED with the reason, and a later round leaves it alone
    expect(await subject.prisma.outboxMessage.findUniqueOrThrow({ where: { id } })).toMatchObject({ attempts: MAX_ATTEMPTS, status: 'FAILED' });
    await makeDue(id);
    await subject.app.get(OutboxDispatcher).dispatchDue();
    expect(smtp.to(address)).toHaveLength(0);
  });

  it('sends every message once when two processes dispatch at the same moment', async () => {
    // Given twenty messages and a second process's dispatcher
    const address = `ouder-${randomUUID().slice(0, 8)}@ouders.test`;
    for (let index = 0; index < 20; index++) await enqueue(address);
    const other = await startTestApp({ SMTP_PORT: String(smtp.port) });
    try {
      // When both dispatch concurrently
      await Promise.all([subject.app.get(OutboxDispatcher).dispatchDue(), other.app.get(OutboxDispatcher).dispatchDue(), subject.app.get(OutboxDispatcher).dispatchDue(), other.app.get(OutboxDispatcher).dispatchDue()]);
    } finally {
      await other.close();
    }

    // Then each message arrived exactly once
    const mails = await smtp.waitFor(address, 20);
    expect(new Set(mails.map((mail) => mail.messageId)).size).toBe(20);
    expect(smtp.to(address)).toHaveLength(20);
  });
});
