import { AddressInfo } from 'node:net';
import { Role } from '../../../src/generated/prisma/enums';
import { fillPath, send } from '../../security/http-call';
import { fetchOperations, Operation } from '../../security/openapi-operations';
import { Caller, RELATIONS, ROLES, SecurityWorld, Target } from '../../security/security-world';
import { startTestApp, TestApp } from '../../support/test-app';
import { AUTHORIZATION_MATRIX, MatrixEntry, paramsOf } from './support/authorization-matrix';

/**
 * Calls every operation of the OpenAPI document as every role in every relation to a case (own,
 * none, other region) and without credentials, and compares each answer with the matrix written
 * down in support/authorization-matrix.ts.
 */
describe('The authorization matrix', () => {
  let subject: TestApp;
  let world: SecurityWorld;
  let operations: Operation[];

  beforeAll(async () => {
    subject = await startTestApp();
    await subject.app.listen(0, '127.0.0.1');
    const baseUrl = `http://127.0.0.1:${(subject.app.getHttpServer().address() as AddressInfo).port}`;
    world = await SecurityWorld.create(subject.app, baseUrl);
    operations = await fetchOperations(baseUrl);
  }, 120_000);
  afterAll(() => subject.close());

  it('has an entry for every operation of the OpenAPI document, and none for an operation that is gone', () => {
    const documented = operations.map((operation) => operation.key).sort();
    const written = Object.keys(AUTHORIZATION_MATRIX).sort();

    expect({ missingFromTheMatrix: documented.filter((key) => !written.includes(key)), notInTheDocument: written.filter((key) => !documented.includes(key)) }).toEqual({
      missingFromTheMatrix: [],
      notInTheDocument: [],
    });
  });

  it.each(Object.keys(AUTHORIZATION_MATRIX))('answers %s as written down, for every role in every relation', async (key) => {
    const entry = AUTHORIZATION_MATRIX[key];
    const operation = operations.find((candidate) => candidate.key === key);
    if (!operation) throw new Error(`${key} is not in the OpenAPI document`);
    const shared = await freshTarget(entry);
    const wrong: string[] = [];

    const call = async (caller: Caller | null, target: Target) => {
      const body = entry.body ? await entry.body(target, world) : operation.requestBody?.required ? {} : undefined;
      const answer = await send(world.baseUrl, {
        body: body === undefined ? undefined : { json: body },
        method: operation.method,
        path: fillPath(operation.path, paramsOf(target, entry)),
        query: Object.entries(entry.query?.(target) ?? {}),
        token: caller?.token,
      });
      return answer;
    };

    // Without credentials
    const anonymous = await call(null, shared);
    const expectedAnonymous = entry.anonymous ?? 401;
    if (anonymous.status !== expectedAnonymous) wrong.push(`anonymous: expected ${expectedAnonymous}, got ${anonymous.status} ${anonymous.text.slice(0, 200)}`);

    // As every role, in every relation
    for (const role of ROLES) {
      for (const relation of RELATIONS) {
        const expected = entry.expect(role as Role, relation);
        const allowed = expected < 400;
        const target = entry.changes && allowed ? await freshTarget(entry) : shared;
        const caller = entry.endsSession ? await world.freshCaller(role, relation) : world.caller(role, relation);
        const answer = await call(caller, target);
        if (answer.status !== expected) wrong.push(`${role} (${relation}): expected ${expected}, got ${answer.status} ${answer.text.slice(0, 200)}`);
      }
    }

    expect(wrong).toEqual([]);
  });

  async function freshTarget(entry: MatrixEntry): Promise<Target> {
    const target = await world.target({ process: entry.process });
    await entry.prepare?.(target, world);
    return target;
  }
});
