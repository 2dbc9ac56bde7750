import { randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Injectable } from '@nestjs/common';
import { ParsedMail, simpleParser } from 'mailparser';
import { EnvironmentDto } from '../../config/environment.dto';

/** One caught message as the list shows it. */
export interface CaughtMailSummary {
  attachmentCount: number;
  from: string;
  id: string;
  receivedAt: Date;
  subject: string;
  to: string;
}

/** How many messages the list shows, newest first; older files stay on disk. */
const LIST_LIMIT = 200;
const ID = /^\d{17}-[0-9a-f]{8}$/;

/**
 * Keeps what the local mail catcher received as .eml files in DATA_DIR/mail-catcher, so that it
 * survives a restart and can be opened with any mail program. A development tool: nothing in the
 * service reads these files except the /mail page.
 */
@Injectable()
export class CaughtMailStore {
  private readonly directory: string;

  constructor(env: EnvironmentDto) {
    this.directory = resolve(env.DATA_DIR, 'mail-catcher');
  }

  async save(raw: Buffer, receivedAt = new Date()): Promise<string> {
    mkdirSync(this.directory, { recursive: true });
    const stamp = receivedAt.toISOString().replace(/\D/g, '').slice(0, 17);
    const id = `${stamp}-${randomBytes(4).toString('hex')}`;
    await writeFile(join(this.directory, `${id}.eml`), raw);
    return id;
  }

  async list(): Promise<CaughtMailSummary[]> {
    const ids = this.ids().slice(0, LIST_LIMIT);
    const summaries: CaughtMailSummary[] = [];
    for (const id of ids) {
      const mail = await this.get(id);
      if (!mail) continue;
      summaries.push({
        attachmentCount: mail.attachments.length,
        from: addressText(mail.from),
        id,
        receivedAt: receivedAtOf(id),
        subject: mail.subject ?? '(geen onderwerp)',
        to: addressText(mail.to),
      });
    }
    return summaries;
  }

  /** The parsed message, or undefined for an unknown or malformed id. */
  async get(id: string): Promise<ParsedMail | undefined> {
    if (!ID.test(id)) return undefined;
    try {
      return await simpleParser(await readFile(join(this.directory, `${id}.eml`)));
    } catch {
      return undefined;
    }
  }

  private ids(): string[] {
    try {
      return readdirSync(this.directory)
        .filter((name) => name.endsWith('.eml'))
        .map((name) => name.slice(0, -4))
        .filter((id) => ID.test(id))
        .sort()
        .reverse();
    } catch {
      return [];
    }
  }
}

export function receivedAtOf(id: string): Date {
  const d = id.slice(0, 17);
  return new Date(`${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}T${d.slice(8, 10)}:${d.slice(10, 12)}:${d.slice(12, 14)}.${d.slice(14, 17)}Z`);
}

export function addressText(address: ParsedMail['from'] | ParsedMail['to']): string {
  if (!address) return '';
  return (Array.isArray(address) ? address : [address]).map((entry) => entry.text).join(', ');
}
