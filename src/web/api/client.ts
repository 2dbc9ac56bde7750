/**
 * The one way the browser app talks to the service. Every call sends the session cookie (the app keeps
 * no token of its own), a 401 ends the session and sends the user to the sign-in page, and a 400 with
 * `{ problems: [{ field, reason }] }` (src/http/validation.pipe.ts) becomes field errors for a form.
 */

/** One wrong field of a request, as the service's 400 answer lists it. */
export interface FieldProblem {
  field: string;
  reason: string;
}

/** The reasons per field, keyed by the field's path in the request body ('address.city'). */
export type FieldErrors = Record<string, string[]>;

/** Any answer outside 2xx. `body` is the parsed JSON (or text) the service sent. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** 400 with a list of problems: show each next to its field. */
export class ValidationFailedError extends ApiError {
  readonly fieldErrors: FieldErrors;

  constructor(
    body: unknown,
    readonly problems: FieldProblem[],
  ) {
    super(400, body, problems.map((problem) => `${problem.field}: ${problem.reason}`).join('; '));
    this.name = 'ValidationFailedError';
    this.fieldErrors = toFieldErrors(problems);
  }
}

/** 401: not signed in (any more). */
export class UnauthorizedError extends ApiError {
  constructor(body: unknown, message: string) {
    super(401, body, message);
    this.name = 'UnauthorizedError';
  }
}

/** The service could not be reached at all (offline, restarting). */
export class NetworkError extends Error {
  constructor(cause: unknown) {
    super('The service cannot be reached', { cause });
    this.name = 'NetworkError';
  }
}

export function toFieldErrors(problems: FieldProblem[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const { field, reason } of problems) (errors[field] ??= []).push(reason);
  return errors;
}

export type Query = Record<string, string | number | boolean | null | undefined>;

export interface RequestOptions {
  body?: unknown;
  /** Extra request headers, e.g. an Idempotency-Key. */
  headers?: Record<string, string>;
  query?: Query;
  signal?: AbortSignal;
  /**
   * The caller handles a 401 itself (the sign-in form: a wrong password; the who-am-I check on load),
   * so the client neither ends the session nor redirects.
   */
  ownUnauthorized?: boolean;
}

type UnauthorizedHandler = () => void;

let onUnauthorized: UnauthorizedHandler = () => undefined;

/** The session registers what a 401 means for the app: forget the user, go to sign-in. */
export function setUnauthorizedHandler(handler: UnauthorizedHandler): void {
  onUnauthorized = handler;
}

function url(path: string, query?: Query): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null) params.append(key, String(value));
  }
  const search = params.toString();
  return `/api${path}${search ? `?${search}` : ''}`;
}

async function parse(response: Response): Promise<unknown> {
  if (response.status === 204) return undefined;
  const text = await response.text();
  if (!text) return undefined;
  return (response.headers.get('content-type') ?? '').includes('json') ? JSON.parse(text) : text;
}

function messageOf(body: unknown, fallback: string): string {
  if (body && typeof body === 'object' && 'message' in body) {
    const message = (body as { message: unknown }).message;
    if (typeof message === 'string') return message;
    if (Array.isArray(message)) return message.join('; ');
  }
  return typeof body === 'string' && body ? body : fallback;
}

function problemsOf(body: unknown): FieldProblem[] | null {
  if (!body || typeof body !== 'object' || !('problems' in body)) return null;
  const problems = (body as { problems: unknown }).problems;
  if (!Array.isArray(problems)) return null;
  return problems.filter((p): p is FieldProblem => !!p && typeof p.field === 'string' && typeof p.reason === 'string');
}

/** Sends one request to /api{path}; resolves with the parsed body or throws one of the errors above. */
export async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { ...options.headers, Accept: 'application/json' };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(url(path, options.query), {
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      credentials: 'same-origin',
      headers,
      method,
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new NetworkError(error);
  }
  const body = await parse(response).catch(() => undefined);
  if (response.ok) return body as T;
  const message = messageOf(body, `${method} ${path} answered ${response.status}`);
  if (response.status === 401) {
    if (!options.ownUnauthorized) onUnauthorized();
    throw new UnauthorizedError(body, message);
  }
  const problems = response.status === 400 ? problemsOf(body) : null;
  if (problems && problems.length > 0) throw new ValidationFailedError(body, problems);
  throw new ApiError(response.status, body, message);
}

export const api = {
  delete: <T = void>(path: string, options?: Omit<RequestOptions, 'body'>) => request<T>('DELETE', path, options),
  get: <T>(path: string, options?: Omit<RequestOptions, 'body'>) => request<T>('GET', path, options),
  patch: <T>(path: string, body: unknown, options?: RequestOptions) => request<T>('PATCH', path, { ...options, body }),
  post: <T>(path: string, body?: unknown, options?: RequestOptions) => request<T>('POST', path, { ...options, body }),
  put: <T>(path: string, body: unknown, options?: RequestOptions) => request<T>('PUT', path, { ...options, body }),
};
