import { PrismaService } from '../../src/database/prisma.service';
import { unavailableDependency } from '../../src/errors/unavailable-dependency';
import { harnessInfo } from '../support/test-environment';

/**
 * The errors Prisma 7 really raises when PostgreSQL ends a connection under a running query (as it
 * does for every connection when it shuts down): they must read as "database unavailable", so that a
 * request answers 503 with Retry-After instead of 500. Found by `npm run chaos`, where the session
 * check of a request met a PostgreSQL restart.
 */
describe('A query whose connection PostgreSQL terminates', () => {
  let prisma: PrismaService;

  beforeAll(() => {
    prisma = new PrismaService(harnessInfo().databaseUrl);
  });
  afterAll(() => prisma.$disconnect());

  it('fails with an error that reads as the database out of reach, and the next query works again', async () => {
    // Given a connection of the pool, When PostgreSQL terminates it under the query (57P01, as at a shutdown)
    const error: unknown = await prisma.$queryRaw`SELECT pg_terminate_backend(pg_backend_pid())`.then(
      () => undefined,
      (failure: unknown) => failure,
    );

    // Then the error is there and says the database is unavailable for a moment
    expect(error).toBeInstanceOf(Error);
    expect(String((error as Error).message)).toContain('57P01');
    expect(unavailableDependency(error)).toBe('DATABASE_UNAVAILABLE');
    // And the pool recovers by itself: the next query gets a fresh connection
    await expect(prisma.$queryRaw<{ one: number }[]>`SELECT 1::int AS one`).resolves.toEqual([{ one: 1 }]);
  });
});
