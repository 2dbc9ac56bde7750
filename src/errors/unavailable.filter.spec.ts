import { ArgumentsHost } from '@nestjs/common';
import { EngineError, EngineErrorCode } from '../engine/engine.errors';
import { DomainError, ErrorKind } from './domain-error';
import { unavailableDependency } from './unavailable-dependency';
import { RETRY_AFTER_SECONDS, UnavailableFilter } from './unavailable.filter';

/** An HTTP response that records what the filter answered. */
function recordingHost() {
  const answer: { body?: unknown; headers: Record<string, string>; status?: number } = { headers: {} };
  const response = {
    json: (body: unknown) => ((answer.body = body), response),
    setHeader: (name: string, value: string) => ((answer.headers[name] = value), response),
    status: (status: number) => ((answer.status = status), response),
  };
  const host = { getType: () => 'http', switchToHttp: () => ({ getResponse: () => response }) } as unknown as ArgumentsHost;
  return { answer, host };
}

/** Errors as the pg driver, Prisma's driver adapter and Prisma itself raise them while PostgreSQL restarts. */
const whileRestarting = {
  driverGone: Object.assign(new Error('Connection terminated unexpectedly'), {}),
  rawQueryStartingUp: Object.assign(new Error('Raw query failed. Code: `57P03`. Message: `the database system is starting up`'), { code: 'P2010', meta: { code: '57P03' } }),
  refused: Object.assign(new Error('Invalid `prisma.authSession.findUnique()` invocation'), { cause: Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }) }),
  unreachable: Object.assign(new Error("Can't reach database server at 127.0.0.1:5432"), { code: 'P1001' }),
  // Prisma 7 on a model query when PostgreSQL shuts down under it: the SQLSTATE only in the adapter's error, kept in meta
  modelQueryTerminated: Object.assign(new Error('Invalid `prisma.authSession.findUnique()` invocation: Database error. Code: `57P01`. Message: `terminating connection due to administrator command`'), {
    code: 'P2039',
    meta: { driverAdapterError: Object.assign(new Error('terminating connection due to administrator command'), { cause: { kind: 'postgres', originalCode: '57P01', originalMessage: 'terminating connection due to administrator command' } }) },
  }),
};

describe('Errors of a database or engine out of reach', () => {
  it.each(Object.entries(whileRestarting))('recognises the database out of reach (%s)', (_name, error) => {
    expect(unavailableDependency(error)).toBe('DATABASE_UNAVAILABLE');
  });

  it('recognises the engine out of reach, and nothing else as out of reach', () => {
    expect(unavailableDependency(new EngineError(EngineErrorCode.Unavailable, 'Complete: fetch failed ECONNREFUSED'))).toBe('ENGINE_UNAVAILABLE');
    expect(unavailableDependency(new EngineError(EngineErrorCode.Rejected, 'Complete: ENGINE-02024'))).toBeUndefined();
    expect(unavailableDependency(Object.assign(new Error('Unique constraint failed'), { code: 'P2002' }))).toBeUndefined();
    expect(unavailableDependency(new TypeError("Cannot read properties of undefined (reading 'id')"))).toBeUndefined();
  });

  it('answers 503 with Retry-After and a stable code while PostgreSQL restarts', () => {
    // Given the filter and a request whose query met PostgreSQL starting up
    const { answer, host } = recordingHost();

    // When the error reaches it
    new UnavailableFilter().catch(whileRestarting.rawQueryStartingUp, host);

    // Then the client is told to try again shortly, without the driver's words
    expect(answer).toEqual({
      body: { code: 'DATABASE_UNAVAILABLE', error: 'Service Unavailable', message: expect.stringContaining('Try again shortly'), statusCode: 503 },
      headers: { 'Retry-After': String(RETRY_AFTER_SECONDS) },
      status: 503,
    });
  });

  it('answers a domain error by its kind, as before', () => {
    // Given a domain error of kind "not found"
    const { answer, host } = recordingHost();

    // When it reaches the filter
    new UnavailableFilter().catch(new DomainError('CASE_NOT_FOUND', ErrorKind.NotFound, 'No case with this id'), host);

    // Then the answer is its 404 with its code
    expect(answer.status).toBe(404);
    expect(answer.body).toMatchObject({ code: 'CASE_NOT_FOUND', statusCode: 404 });
  });
});
