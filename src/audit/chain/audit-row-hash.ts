import { createHash } from 'node:crypto';

/** The hash that stands before the first row of the chain. */
export const GENESIS_HASH = '0'.repeat(64);

/** What the hash of an audit row covers, as stored (details as PostgreSQL prints the jsonb). */
export interface ChainedAuditRow {
  action: string;
  actorId: string | null;
  caseId: string | null;
  clientIp: string | null;
  detailsText: string | null;
  id: string;
  occurredAt: Date;
  onBehalfOf: string | null;
  outcome: string;
  prevHash: string | null;
  resource: string;
  seq: string;
}

/** One field of the canonical text: "-" for null, else "<length in UTF-8 bytes>:<value>", so no two rows share a text. */
export function canonicalField(value: string | null): string {
  return value === null ? '-' : `${Buffer.byteLength(value, 'utf8')}:${value}`;
}

/**
 * SHA-256 (hex) of a row's canonical text. Must stay equal to the database's `audit_event_hash`
 * (migration 20261203120200_chain_audit_events), which writes the hash at commit; this one checks it
 * independently of the database (test/integration/auth/audit-chain.test.ts holds them to each other).
 */
export function auditRowHash(row: ChainedAuditRow): string {
  const text = [
    row.seq,
    row.id,
    row.occurredAt.toISOString(),
    row.actorId,
    row.onBehalfOf,
    row.clientIp,
    row.caseId,
    row.resource,
    row.action,
    row.outcome,
    row.detailsText,
    row.prevHash,
  ]
    .map(canonicalField)
    .join('');
  return createHash('sha256').update(`jbt-audit-v1${text}`, 'utf8').digest('hex');
}
