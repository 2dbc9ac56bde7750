import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { MailPurpose } from '../../src/mail/outgoing-mail';
import { OutboxWriter } from '../../src/mail/outbox.writer';
import { eventually } from '../support/eventually';
import { dispatchOutbox } from '../support/outbox';
import { startTestApp, TestApp } from '../support/test-app';

describe('The local mail catcher (a development tool)', () => {
  let subject: TestApp;

  beforeAll(async () => {
    // As `npm start` runs it: MAIL_CATCHER on, no SMTP_PORT, so mail goes to the catcher's port.
    subject = await startTestApp({ MAIL_CATCHER: 'true' });
  });
  afterAll(() => subject.close());

  it('shows at /mail what a parent received, with the attachment to download', async () => {
    // Given a report mail with a PDF, sent through the outbox
    const subjectLine = `Verslag tafelgesprek ${randomUUID().slice(0, 8)}`;
    await subject.prisma.$transaction((tx) => subject.app.get(OutboxWriter).enqueue(tx, {
      attachments: [{ content: Buffer.from('%PDF-1.4 verslag'), contentType: 'application/pdf', filename: 'verslag.pdf' }],
      caseId: null, dedupeKey: `test:${randomUUID()}`, purpose: MailPurpose.Report, subject: subjectLine, text: 'Beste ouder,\n\nHierbij het verslag.', to: ['ouder@ouders.test'],
    }));
    await dispatchOutbox(subject);

    // When a newcomer opens /mail
    const server = subject.app.getHttpServer();
    const list = await eventually(() => request(server).get('/mail'), (response) => response.text.includes(subjectLine), 'the mail on /mail');

    // Then the list shows it, marked as a development tool, in Dutch
    expect(list.status).toBe(200);
    expect(list.headers['content-type']).toContain('text/html');
    expect(list.text).toContain('Mailcatcher');
    expect(list.text).toContain('Alleen voor ontwikkeling en demonstratie.');
    expect(list.text).toContain('ouder@ouders.test');

    // And the mail itself opens with its text and a download of its attachment
    const id = new RegExp(`href="/mail/([^"]+)">${subjectLine}`).exec(list.text)![1];
    const shown = await request(server).get(`/mail/${id}`);
    expect(shown.status).toBe(200);
    expect(shown.text).toContain('Hierbij het verslag.');
    expect(shown.text).toContain('verslag.pdf');
    const download = await request(server).get(`/mail/${id}/attachments/0`).buffer(true);
    expect(download.status).toBe(200);
    expect(download.headers['content-disposition']).toBe('attachment; filename="verslag.pdf"');
    expect(Buffer.from(download.body).toString()).toBe('%PDF-1.4 verslag');
  });

  it('answers 404 for a mail that is not there, and is not part of the API', async () => {
    const server = subject.app.getHttpServer();
    expect((await request(server).get('/mail/20990101000000000-deadbeef')).status).toBe(404);
    expect((await request(server).get('/api/mail')).status).toBe(404);
  });
});

describe('Without the mail catcher', () => {
  it('has no /mail page', async () => {
    const subject = await startTestApp();
    try {
      expect((await request(subject.app.getHttpServer()).get('/mail')).status).toBe(404);
    } finally {
      await subject.close();
    }
  });
});
