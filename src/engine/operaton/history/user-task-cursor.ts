/**
 * Positions in the user-task outbox (jbt_user_task_event): rows are read in the order of the
 * transaction that wrote them, then of their id, and a position is the decimal number
 *
 *   tx_id * 10^12 + id
 *
 * which grows with (tx_id, id) as long as ids stay below 10^12 (a trillion events), and compares as
 * a number (the task list stores it and compares it with ::numeric). tx_id is PostgreSQL's 64-bit
 * transaction id (xid8) of the engine's transaction, so a position has up to 32 digits.
 */
const ID_RANGE = 10n ** 12n;

export interface OutboxPosition {
  id: bigint;
  txId: bigint;
}

/** The position after which reading starts; null (and, from older service versions, "-1") mean the start. */
export function decodeCursor(cursor: string | null): OutboxPosition {
  if (cursor === null || cursor === '-1') return { id: 0n, txId: 0n };
  if (!/^\d{1,40}$/.test(cursor)) throw new Error(`Not a user-task cursor: ${cursor}`);
  const value = BigInt(cursor);
  return { id: value % ID_RANGE, txId: value / ID_RANGE };
}

export function encodeCursor(position: OutboxPosition): string {
  if (position.id < 0n || position.id >= ID_RANGE || position.txId < 0n) throw new Error(`Outbox position out of range: ${position.txId}/${position.id}`);
  return (position.txId * ID_RANGE + position.id).toString();
}
