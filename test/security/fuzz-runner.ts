import fc from 'fast-check';
import { send } from './http-call';
import { FuzzContext, FuzzRequest, requestArbitrary } from './fuzz-requests';
import { Operation } from './openapi-operations';

/** An answer of 500 or more, or none at all: what the fuzz test must never see. */
export interface FuzzFailure {
  caller: string;
  method: string;
  path: string;
  status: number | 'no answer';
  text: string;
  what: string;
}

export interface FuzzFigures {
  failures: FuzzFailure[];
  /** Health checks between batches, and how many of them did not answer 200. */
  healthChecks: number;
  healthFailures: number;
  operation: string;
  requests: number;
  /** How many answers of each status. */
  statuses: Record<number, number>;
}

export interface FuzzOptions {
  /** Requests in flight at once. */
  concurrency: number;
  /** Requests between two health checks. */
  healthEvery: number;
  /** A token of a caller of its own, for each request of an operation that ends the caller's session. */
  freshToken?: (label: string) => Promise<string | undefined>;
  runs: number;
  seed: number;
}

/** 200 from /api/health, or what it answered instead. */
export async function healthStatus(baseUrl: string): Promise<number> {
  try {
    return (await send(baseUrl, { method: 'GET', path: '/api/health' })).status;
  } catch {
    return 0;
  }
}

/**
 * Sends `runs` generated requests to one operation, a few at a time, with a health check after every
 * batch, and counts the answers. Requests are drawn with a fixed seed, so that a failure found once
 * is found again.
 */
export async function fuzzOperation(baseUrl: string, operation: Operation, context: FuzzContext, options: FuzzOptions & { endsSession?: boolean }): Promise<FuzzFigures> {
  const requests: FuzzRequest[] = fc.sample(requestArbitrary(operation, context), { numRuns: options.runs, seed: options.seed });
  const figures: FuzzFigures = { failures: [], healthChecks: 0, healthFailures: 0, operation: operation.key, requests: 0, statuses: {} };
  for (let start = 0; start < requests.length; start += options.healthEvery) {
    const batch = requests.slice(start, start + options.healthEvery);
    let next = 0;
    const worker = async () => {
      while (next < batch.length) {
        const request = batch[next++];
        if (options.endsSession && options.freshToken && request.call.token) request.call.token = await options.freshToken(request.caller);
        let status: number | 'no answer';
        let text = '';
        try {
          const answer = await send(baseUrl, request.call);
          status = answer.status;
          text = answer.text;
        } catch (error) {
          status = 'no answer';
          // fetch says only "fetch failed"; its cause says whether the connection was refused, reset or timed out.
          text = `${String(error)}${error instanceof Error && error.cause ? ` (${String(error.cause)})` : ''}`;
        }
        figures.requests++;
        if (typeof status === 'number') figures.statuses[status] = (figures.statuses[status] ?? 0) + 1;
        if (status === 'no answer' || status >= 500) {
          const query = new URLSearchParams(request.call.query ?? []).toString();
          figures.failures.push({ caller: request.caller, method: request.call.method, path: `${request.call.path}${query ? `?${query}` : ''}`, status, text: text.slice(0, 300), what: request.what });
        }
      }
    };
    await Promise.all(Array.from({ length: options.concurrency }, worker));
    figures.healthChecks++;
    if ((await healthStatus(baseUrl)) !== 200) figures.healthFailures++;
  }
  return figures;
}
