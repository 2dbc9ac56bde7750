import { whileDatabaseRestarts } from './while-database-restarts';

/** An error as Prisma 7 raises it when PostgreSQL shuts down under a query (SQLSTATE 57P01). */
const restarting = () => Object.assign(new Error('Database error. Code: `57P01`'), { code: 'P2039', meta: { driverAdapterError: { cause: { originalCode: '57P01' } } } });

describe('Writing while the database restarts', () => {
  it('tries again while the database is unavailable, pausing longer each time, and gives the answer once it is back', async () => {
    // Given a write that meets a restart twice
    let tries = 0;
    const work = async () => {
      tries++;
      if (tries <= 2) throw restarting();
      return 'recorded';
    };
    const pauses: number[] = [];

    // When it is run with patience
    const answer = await whileDatabaseRestarts(work, { firstPauseMs: 1, longestPauseMs: 4, patienceMs: 1_000 }, (_error, pause) => pauses.push(pause));

    // Then it was tried three times, with doubling pauses, and its answer comes back
    expect(answer).toBe('recorded');
    expect(tries).toBe(3);
    expect(pauses).toEqual([1, 2]);
  });

  it('throws any other error at once', async () => {
    let tries = 0;
    const work = async () => {
      tries++;
      throw Object.assign(new Error('Unique constraint failed'), { code: 'P2002' });
    };

    await expect(whileDatabaseRestarts(work, { firstPauseMs: 1, patienceMs: 1_000 }, () => undefined)).rejects.toThrow('Unique constraint failed');
    expect(tries).toBe(1);
  });

  it('gives up when the database stays away longer than its patience, with the last error', async () => {
    const work = async () => {
      throw restarting();
    };

    await expect(whileDatabaseRestarts(work, { firstPauseMs: 5, longestPauseMs: 5, patienceMs: 20 }, () => undefined)).rejects.toThrow('57P01');
  });
});
