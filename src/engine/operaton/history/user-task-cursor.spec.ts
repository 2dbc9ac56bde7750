import { decodeCursor, encodeCursor } from './user-task-cursor';

describe('The user-task outbox cursor', () => {
  it('encodes a position as tx_id * 10^12 + id and decodes it back', () => {
    expect(encodeCursor({ id: 5n, txId: 761n })).toBe('761000000000005');
    expect(decodeCursor('761000000000005')).toEqual({ id: 5n, txId: 761n });
  });

  it('grows with the transaction first and the id second, also when compared as decimal numbers', () => {
    // Given positions in the order the feed reads them: (tx, id)
    const ordered = [
      { id: 900n, txId: 7n },
      { id: 3n, txId: 8n },
      { id: 4n, txId: 8n },
      { id: 1n, txId: 2n ** 63n - 1n },
    ];
    // When encoded, then they compare in the same order as numbers (the task list compares ::numeric)
    const encoded = ordered.map(encodeCursor);
    const asNumbers = encoded.map((value) => BigInt(value));
    expect([...asNumbers].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))).toEqual(asNumbers);
    expect(encoded.map(decodeCursor)).toEqual(ordered);
  });

  it('starts at the beginning without a cursor, also for the "-1" older versions stored', () => {
    expect(decodeCursor(null)).toEqual({ id: 0n, txId: 0n });
    expect(decodeCursor('-1')).toEqual({ id: 0n, txId: 0n });
  });

  it('refuses a cursor that is not a position, and an id it cannot encode', () => {
    expect(() => decodeCursor('abc')).toThrow('Not a user-task cursor');
    expect(() => decodeCursor('1.5')).toThrow('Not a user-task cursor');
    expect(() => encodeCursor({ id: 10n ** 12n, txId: 1n })).toThrow('out of range');
  });
});
