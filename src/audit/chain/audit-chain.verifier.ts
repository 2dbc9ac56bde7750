import { AuditCheckpointSigner } from './audit-checkpoint.signer';
import { auditRowHash, GENESIS_HASH } from './audit-row-hash';

/** Runs one SQL query; the caller chooses the connection (a pg client, Prisma) and the transaction. */
export type SqlReader = <T>(sql: string, params: unknown[]) => Promise<T[]>;

export type ChainProblemKind = 'CHANGED' | 'CHECKPOINT' | 'HEAD' | 'REMOVED' | 'UNCHAINED';

/** One thing wrong with the chain, named so that an operator can find the rows. */
export interface ChainProblem {
  kind: ChainProblemKind;
  message: string;
  /** The place (or first place) in the chain concerned, when there is one. */
  seq?: string;
}

export interface ChainReport {
  /** The place the chain starts at: 1, or the first place after the latest checkpoint. */
  firstSeq: string;
  headHash: string;
  headSeq: string;
  intact: boolean;
  /** The latest checkpoint, when the retention job removed rows or vouched for the end. */
  latestCheckpoint: { createdAt: Date; headSeq: string; throughSeq: string } | null;
  problems: ChainProblem[];
  rowsChecked: number;
  /** Whether the checkpoints' signatures were checked (the audit secret was at hand). */
  signaturesChecked: boolean;
}

interface RowRecord {
  action: string;
  actor_id: string | null;
  case_id: string | null;
  client_ip: string | null;
  details_text: string | null;
  id: string;
  occurred_at: Date;
  on_behalf_of: string | null;
  outcome: string;
  prev_hash: string | null;
  resource: string;
  row_hash: string | null;
  seq: string;
}

interface CheckpointRecord {
  created_at: Date;
  head_hash: string;
  head_seq: string;
  id: string;
  removed_before: Date;
  rows_removed: number;
  signature: string;
  through_hash: string;
  through_seq: string;
}

const BATCH = 5000;
/** Unchained rows named one by one at most; more are counted. */
const NAMED_UNCHAINED = 20;

const describe = (row: RowRecord) => `row ${row.seq} (id ${row.id}, ${row.occurred_at.toISOString()}, ${row.action} by ${row.actor_id ?? 'nobody'})`;
const range = (from: bigint, to: bigint) => (from === to ? `row ${from} is` : `rows ${from}–${to} are`);

/**
 * Checks the audit chain from its start (the latest checkpoint, or the genesis) to its head: every
 * row's hash recomputed from its content, every row naming its predecessor's hash, no place missing,
 * the head and the checkpoints (signed) agreeing with the rows. Reads the head first and rows up to it
 * only, so rows committed meanwhile do not count as missing; for a consistent view of a pruning job
 * running at the same time, run it in one REPEATABLE READ transaction.
 *
 * `untilSeq` limits the check to a prefix (the retention job checks what it is about to remove).
 */
export async function verifyAuditChain(read: SqlReader, options: { signer?: AuditCheckpointSigner; untilSeq?: bigint } = {}): Promise<ChainReport> {
  const problems: ChainProblem[] = [];
  const [head] = await read<{ hash: string; seq: string }>('SELECT "hash", "seq"::text AS "seq" FROM "audit_chain_head" WHERE "id" = 1', []);
  if (!head) throw new Error('The audit chain has no head (audit_chain_head is empty): the migrations did not run');
  // Ordered by the bigint columns of the table, not by their text aliases.
  const checkpoints = await read<CheckpointRecord>(
    `SELECT "id", "created_at", "head_hash", "head_seq"::text AS "head_seq", "removed_before", "rows_removed", "signature", "through_hash", "through_seq"::text AS "through_seq"
     FROM "audit_checkpoint" ORDER BY "audit_checkpoint"."through_seq", "created_at"`,
    [],
  );
  checkCheckpoints(checkpoints, options.signer, problems);
  const latest = checkpoints.at(-1);
  // The end vouched for by a signature: the highest head any checkpoint saw.
  const anchor = checkpoints.reduce<CheckpointRecord | undefined>((best, c) => (!best || BigInt(c.head_seq) > BigInt(best.head_seq) ? c : best), undefined);

  const unchained = await read<{ id: string; occurred_at: Date }>('SELECT "id", "occurred_at" FROM "audit_event" WHERE "seq" IS NULL ORDER BY "occurred_at" LIMIT $1::int', [String(NAMED_UNCHAINED + 1)]);
  for (const row of unchained.slice(0, NAMED_UNCHAINED)) {
    problems.push({ kind: 'UNCHAINED', message: `Row id ${row.id} (${row.occurred_at.toISOString()}) is not in the chain: it was written with the chain trigger disabled, or its place was erased` });
  }
  if (unchained.length > NAMED_UNCHAINED) problems.push({ kind: 'UNCHAINED', message: 'More rows are not in the chain; list them with: SELECT id FROM audit_event WHERE seq IS NULL' });

  const startSeq = latest ? BigInt(latest.through_seq) : 0n;
  const headSeq = BigInt(head.seq);
  const endSeq = options.untilSeq !== undefined && options.untilSeq < headSeq ? options.untilSeq : headSeq;
  let expectedSeq = startSeq + 1n;
  let expectedPrev = latest ? latest.through_hash : GENESIS_HASH;
  let previous: RowRecord | undefined;
  let rowsChecked = 0;
  let lastHash = expectedPrev;
  let cursor = startSeq;
  for (;;) {
    const rows = await read<RowRecord>(
      `SELECT "id", "seq"::text AS "seq", "occurred_at", "actor_id", "on_behalf_of", "client_ip", "case_id"::text AS "case_id", "resource", "action", "outcome",
              "details"::text AS "details_text", "prev_hash", "row_hash"
       FROM "audit_event" WHERE "seq" > $1::bigint AND "seq" <= $2::bigint ORDER BY "audit_event"."seq" LIMIT ${BATCH}`,
      [cursor.toString(), endSeq.toString()],
    );
    for (const row of rows) {
      const seq = BigInt(row.seq);
      const gap = seq !== expectedSeq;
      if (gap) problems.push({ kind: 'REMOVED', message: `${range(expectedSeq, seq - 1n)} missing: removed from the log`, seq: expectedSeq.toString() });
      const recomputed = auditRowHash({
        action: row.action, actorId: row.actor_id, caseId: row.case_id, clientIp: row.client_ip, detailsText: row.details_text, id: row.id,
        occurredAt: row.occurred_at, onBehalfOf: row.on_behalf_of, outcome: row.outcome, prevHash: row.prev_hash, resource: row.resource, seq: row.seq,
      });
      if (recomputed !== row.row_hash) {
        problems.push({ kind: 'CHANGED', message: `${describe(row)} was changed after it was written: its content no longer gives its hash`, seq: row.seq });
      } else if (!gap && row.prev_hash !== expectedPrev) {
        // This row is intact, so its predecessor is the one that changed (and was given a new hash to hide it).
        const changed = previous ? describe(previous) : `the row before ${row.seq} (the checkpoint's end)`;
        problems.push({ kind: 'CHANGED', message: `${changed} was changed and its hash recomputed: row ${row.seq} still names the old hash`, seq: previous?.seq ?? row.seq });
      }
      if (anchor && seq === BigInt(anchor.head_seq) && row.row_hash !== anchor.head_hash) {
        problems.push({ kind: 'CHECKPOINT', message: `${describe(row)} differs from the row the signed checkpoint of ${anchor.created_at.toISOString()} saw at that place`, seq: row.seq });
      }
      expectedPrev = row.row_hash ?? '';
      expectedSeq = seq + 1n;
      lastHash = expectedPrev;
      previous = row;
      rowsChecked += 1;
    }
    if (rows.length < BATCH) break;
    cursor = BigInt(rows[rows.length - 1].seq);
  }
  if (expectedSeq <= endSeq) {
    problems.push({ kind: 'REMOVED', message: `${range(expectedSeq, endSeq)} missing at the end of the chain: removed from the log`, seq: expectedSeq.toString() });
  } else if (endSeq === headSeq && lastHash !== head.hash) {
    problems.push({ kind: 'HEAD', message: `The chain's head (place ${head.seq}) names another hash than row ${head.seq} has: the last row was changed` });
  }
  if (anchor && options.untilSeq === undefined && BigInt(anchor.head_seq) > headSeq) {
    problems.push({ kind: 'REMOVED', message: `${range(headSeq + 1n, BigInt(anchor.head_seq))} missing: the signed checkpoint of ${anchor.created_at.toISOString()} saw the chain reach ${anchor.head_seq}, and the head was moved back`, seq: (headSeq + 1n).toString() });
  }
  return {
    firstSeq: (startSeq + 1n).toString(),
    headHash: head.hash,
    headSeq: head.seq,
    intact: problems.length === 0,
    latestCheckpoint: latest ? { createdAt: latest.created_at, headSeq: latest.head_seq, throughSeq: latest.through_seq } : null,
    problems,
    rowsChecked,
    signaturesChecked: options.signer !== undefined,
  };
}

function checkCheckpoints(checkpoints: CheckpointRecord[], signer: AuditCheckpointSigner | undefined, problems: ChainProblem[]): void {
  for (const checkpoint of checkpoints) {
    if (!signer) continue;
    const content = {
      createdAt: checkpoint.created_at, headHash: checkpoint.head_hash, headSeq: checkpoint.head_seq, id: checkpoint.id,
      removedBefore: checkpoint.removed_before, rowsRemoved: checkpoint.rows_removed, throughHash: checkpoint.through_hash, throughSeq: checkpoint.through_seq,
    };
    if (!signer.verify(content, checkpoint.signature)) {
      problems.push({ kind: 'CHECKPOINT', message: `Checkpoint ${checkpoint.id} (${checkpoint.created_at.toISOString()}, through row ${checkpoint.through_seq}) carries no valid signature: it was forged or changed`, seq: checkpoint.through_seq });
    }
  }
}
