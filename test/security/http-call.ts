/** One request of the fuzz test or the authorization matrix, as a client sends it over HTTP. */
export interface Call {
  /** A JSON value (sent as JSON), or raw text with its content type. */
  body?: { json: unknown } | { contentType: string; raw: string };
  method: string;
  /** The path with its parameters filled in and encoded. */
  path: string;
  query?: [string, string][];
  token?: string;
}

export interface Answer {
  /** The body as text (empty for an event stream). */
  text: string;
  headers: Headers;
  status: number;
}

/** How long one request may take before the fuzz test counts it as hanging. */
export const CALL_TIMEOUT_MS = 30_000;

/**
 * Sends a call and reads the answer. An event stream is left after its headers (it never ends by
 * itself); every other body is read whole, so that a connection is never left half-used.
 */
export async function send(baseUrl: string, call: Call): Promise<Answer> {
  const url = new URL(call.path, baseUrl);
  for (const [name, value] of call.query ?? []) url.searchParams.append(name, value);
  const headers: Record<string, string> = {};
  if (call.token) headers.authorization = `Bearer ${call.token}`;
  let body: string | undefined;
  if (call.body && 'json' in call.body) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(call.body.json);
  } else if (call.body) {
    headers['content-type'] = call.body.contentType;
    body = call.body.raw;
  }
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), CALL_TIMEOUT_MS);
  try {
    // A redirect is the answer (the OpenID Connect routes answer the browser with one), not something to follow.
    const response = await fetch(url, { body, headers, method: call.method, redirect: 'manual', signal: controller.signal });
    let text = '';
    if (response.headers.get('content-type')?.startsWith('text/event-stream')) await response.body?.cancel();
    else text = await response.text();
    return { headers: response.headers, status: response.status, text };
  } finally {
    clearTimeout(timer);
  }
}

/** A value for a path that is sent as it is, already percent-encoded (e.g. `%FF`, no UTF-8 at all). */
export const RAW = 'raw:';

/** Percent-encodes every byte of the text's UTF-8 but the unreserved ones; a lone surrogate becomes U+FFFD, as in any client. */
function encodeSegment(value: string): string {
  return [...Buffer.from(value, 'utf8')].map((byte) => (/[A-Za-z0-9\-._~]/.test(String.fromCharCode(byte)) ? String.fromCharCode(byte) : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`)).join('');
}

/** A path of the OpenAPI document with its {parameters} filled in, each encoded (a RAW value as it is). */
export function fillPath(path: string, values: Record<string, string>): string {
  return path.replace(/\{([^}]+)\}/g, (_match, name: string) => {
    if (!(name in values)) throw new Error(`No value for the route parameter ${name} of ${path}`);
    const value = values[name];
    return value.startsWith(RAW) ? value.slice(RAW.length) : encodeSegment(value);
  });
}
