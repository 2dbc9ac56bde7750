import createClient from 'openapi-fetch';
import { EngineError, EngineErrorCode } from '../engine.errors';
import type { components, paths } from './openapi/engine-rest';

/** A typed client of one engine node's REST API (types generated from the engine's OpenAPI document). */
export type EngineRest = ReturnType<typeof createClient<paths>>;
export type RestSchemas = components['schemas'];

/** A client that sends the engine's bearer token with every request; `fetchImpl` lets a caller abort long polls. */
export function engineRestClient(baseUrl: string, token: string): EngineRest {
  return createClient<paths>({ baseUrl, headers: { authorization: `Bearer ${token}` } });
}

interface RestResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/**
 * How often a command that lost an optimistic-locking race is tried: the engine rolled the losing
 * attempt back completely. Two jobs of one instance completed at the same moment (two reactions to a
 * report, say) both change the instance, and one of them loses.
 */
const OPTIMISTIC_LOCK_ATTEMPTS = 7;

/**
 * Runs one REST call and turns its failure into an EngineError callers can act on: NotFound (the task,
 * job, instance or waiting subscription is gone or never was), Unavailable (no answer) or Rejected. A
 * concurrent change in the engine (OptimisticLockingException) is retried, because the engine rolled
 * the losing command back completely.
 */
export async function call<T>(action: string, request: () => Promise<RestResult<T>>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    let result: RestResult<T>;
    try {
      result = await request();
    } catch (error) {
      throw new EngineError(EngineErrorCode.Unavailable, `${action}: ${describeFetchError(error)}`);
    }
    if (result.response.ok) return result.data as T;
    const message = errorMessage(result.error, result.response);
    if (/OptimisticLocking|updated by another transaction concurrently/i.test(message) && attempt < OPTIMISTIC_LOCK_ATTEMPTS) {
      // 25, 50, 100 … 800 ms, with jitter so that two losers do not collide again.
      await new Promise((resolve) => setTimeout(resolve, 25 * 2 ** (attempt - 1) * (0.5 + Math.random())));
      continue;
    }
    throw toEngineError(action, result.response.status, message);
  }
}

/** Maps an engine answer to a stable code by its status and the engine's message. */
export function toEngineError(action: string, status: number, message: string): EngineError {
  const text = `${action}: HTTP ${status} ${message}`;
  if (status === 401) return new EngineError(EngineErrorCode.Unavailable, `${text} (the engine refused the service's token)`);
  if (status === 404 || NOT_FOUND.test(message)) return new EngineError(EngineErrorCode.NotFound, text);
  if (status >= 502 || (status === 500 && PERSISTENCE_FAILED.test(message))) return new EngineError(EngineErrorCode.Unavailable, text);
  return new EngineError(EngineErrorCode.Rejected, text);
}

/**
 * The engine's answer when its own database failed under the command (it restarts, a connection was
 * cut): the engine rolled the command back, so it is worth trying again shortly, like an engine out
 * of reach. Found by `npm run chaos`: a completion during a PostgreSQL restart answered 500.
 */
const PERSISTENCE_FAILED = /exception occurred in the persistence layer/i;

/** Engine messages that mean "what you name is not there (any more)", whatever the status code. */
const NOT_FOUND = new RegExp(
  [
    'does not exist',
    'Cannot find',
    'No matching',
    'No process definition or execution matches',
    'not found',
    'is locked by worker',
    'cannot be completed by worker',
    'Cannot correlate message',
  ].join('|'),
  'i',
);

function errorMessage(body: unknown, response: Response): string {
  if (body && typeof body === 'object' && 'message' in body) return String((body as { message: unknown }).message);
  if (typeof body === 'string' && body) return body.slice(0, 500);
  return response.statusText;
}

function describeFetchError(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } })?.cause;
  return [error instanceof Error ? error.message : String(error), cause?.code ?? cause?.message].filter(Boolean).join(' ');
}
