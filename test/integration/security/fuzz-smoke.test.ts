import { AddressInfo } from 'node:net';
import { fuzzContext, endsSession, freshTokens } from '../../security/fuzz-context';
import { fuzzOperation, FuzzFigures } from '../../security/fuzz-runner';
import { fetchOperations } from '../../security/openapi-operations';
import { SecurityWorld } from '../../security/security-world';
import { startTestApp, TestApp } from '../../support/test-app';

/** Requests per operation in `npm test`; `npm run fuzz` sends a thousand and more. */
const RUNS = 6;

/**
 * The fuzz test in its smoke size (the full size: `npm run fuzz`, test/security/fuzz.ts): every
 * operation of the OpenAPI document gets generated requests, valid and broken, as several roles,
 * and none may be answered with a 5xx; the health check answers 200 between the batches.
 */
describe('The fuzz test from the OpenAPI document, in its smoke size', () => {
  let subject: TestApp;

  beforeAll(async () => {
    subject = await startTestApp();
    await subject.app.listen(0, '127.0.0.1');
  });
  afterAll(() => subject.close());

  it('answers no generated request to any operation with 500 or more, and stays healthy', async () => {
    // Given the service with a case, its process and task, a saved view and an information request
    const baseUrl = `http://127.0.0.1:${(subject.app.getHttpServer().address() as AddressInfo).port}`;
    const world = await SecurityWorld.create(subject.app, baseUrl);
    const target = await world.target({ process: true });
    const context = await fuzzContext(world, target);
    const operations = await fetchOperations(baseUrl);
    const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);

    // When every operation gets a few generated requests
    const figures: FuzzFigures[] = [];
    for (const operation of operations) {
      figures.push(await fuzzOperation(baseUrl, operation, context, { concurrency: 2, endsSession: endsSession(operation), freshToken: freshTokens(world), healthEvery: RUNS, runs: RUNS, seed }));
    }

    // Then every operation was called, none answered 500 or more, and the health check stayed at 200
    expect(operations.length).toBeGreaterThan(40);
    expect(figures.filter((figure) => figure.requests !== RUNS).map((figure) => figure.operation)).toEqual([]);
    expect({ failures: figures.flatMap((figure) => figure.failures), seed }).toEqual({ failures: [], seed });
    expect(figures.reduce((sum, figure) => sum + figure.healthFailures, 0)).toBe(0);
  });
});
