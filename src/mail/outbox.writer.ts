import { Injectable } from '@nestjs/common';
import { Prisma } from '../generated/prisma/client';
import { htmlFromText } from './mail-html';
import { OutgoingMail } from './outgoing-mail';

type Transaction = Prisma.TransactionClient;

/**
 * Writes mail into the outbox, inside the caller's transaction (design.md decision 9): the message
 * exists if and only if the effect it belongs to committed. The dispatcher sends it afterwards.
 */
@Injectable()
export class OutboxWriter {
  /** Writes one message and gives its id; a message with the same dedupe key is not written again. */
  async enqueue(tx: Transaction, mail: OutgoingMail): Promise<string> {
    const existing = await tx.outboxMessage.findUnique({ select: { id: true }, where: { dedupeKey: mail.dedupeKey } });
    if (existing) return existing.id;
    const to = [...new Set(mail.to.map((address) => address.trim()).filter((address) => address !== ''))];
    if (to.length === 0) throw new Error(`Outbox message ${mail.dedupeKey} has no recipient`);
    const created = await tx.outboxMessage.create({
      data: {
        attachments: mail.attachments?.length
          ? { create: mail.attachments.map((attachment) => ({ content: new Uint8Array(attachment.content), contentType: attachment.contentType, filename: attachment.filename })) }
          : undefined,
        bodyHtml: mail.html ?? htmlFromText(mail.text),
        bodyText: mail.text,
        caseId: mail.caseId,
        dedupeKey: mail.dedupeKey,
        purpose: mail.purpose,
        subject: mail.subject,
        to,
      },
      select: { id: true },
    });
    return created.id;
  }
}
