import { Injectable } from '@nestjs/common';
import { PrismaService } from '../database/prisma.service';
import { Prisma } from '../generated/prisma/client';
import { Actor } from '../auth/principal';

export enum AuditOutcome {
  /** The read or change happened. */
  Allowed = 'ALLOWED',
  /** The access policy refused it. */
  Denied = 'DENIED',
  /** It was allowed but failed on a domain rule (e.g. withdrawing a closed case); nothing changed. */
  Failed = 'FAILED',
}

/** A worker or another part of the service acting without a person, named for the log. */
export interface SystemActor {
  system: string;
}

/** Someone not (yet) known, e.g. a failed sign-in with an unknown username (never logged: it may be a password). */
export interface AnonymousActor {
  anonymous: true;
  clientIp: string | null;
}

export type AuditActor = Actor | AnonymousActor | SystemActor;

/** One audited read or change. Details carry ids, codes and counts, never personal data. */
export interface AuditEntry {
  action: string;
  caseId?: string | null;
  details?: Prisma.InputJsonValue;
  onBehalfOf?: string | null;
  outcome: AuditOutcome;
  resource: string;
}

type Transaction = Prisma.TransactionClient;

/**
 * Writes the append-only audit log (NEN 7513: who, on whose behalf, which client, what, when, from
 * where, outcome). Callers pass their own transaction, so that the audit row commits if and only if
 * the read or change it describes commits.
 */
@Injectable()
export class AuditService {
  constructor(private readonly prisma: PrismaService) {}

  async record(tx: Transaction, actor: AuditActor, entry: AuditEntry): Promise<void> {
    await tx.auditEvent.create({ data: this.row(actor, entry) });
  }

  async recordMany(tx: Transaction, actor: AuditActor, entries: AuditEntry[]): Promise<void> {
    if (entries.length > 0) await tx.auditEvent.createMany({ data: entries.map((entry) => this.row(actor, entry)) });
  }

  /** For an attempt that changed nothing (refused before any change, or rolled back): a transaction of its own. */
  async recordAlone(actor: AuditActor, entry: AuditEntry): Promise<void> {
    await this.prisma.auditEvent.create({ data: this.row(actor, entry) });
  }

  private row(actor: AuditActor, entry: AuditEntry): Prisma.AuditEventCreateManyInput {
    const actorId = 'principal' in actor ? actor.principal.userId : 'system' in actor ? `system:${actor.system}` : null;
    return {
      action: entry.action,
      actorId,
      caseId: entry.caseId ?? null,
      clientIp: 'clientIp' in actor ? actor.clientIp : null,
      details: entry.details,
      onBehalfOf: entry.onBehalfOf ?? null,
      outcome: entry.outcome,
      resource: entry.resource,
    };
  }
}
