/** An answer of the service; status 0 when there was none (connection refused or reset, timeout). */
export interface Answer<T = unknown> {
  body: T;
  status: number;
}

/**
 * The service's REST API over real HTTP, as people's browsers and scripts reach it. It never throws:
 * a fault shows as a status (0 for no answer), and the caller decides whether to try again.
 */
export class ServiceApi {
  constructor(private readonly baseUrl: string) {}

  async call<T>(method: 'GET' | 'POST', path: string, token: string | null, body?: unknown, headers: Record<string, string> = {}): Promise<Answer<T>> {
    try {
      const response = await fetch(`${this.baseUrl}${path}`, {
        body: body === undefined ? undefined : JSON.stringify(body),
        headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
        method,
        signal: AbortSignal.timeout(60_000),
      });
      const text = await response.text();
      let parsed: unknown = text;
      try {
        parsed = text ? JSON.parse(text) : null;
      } catch {
        // Not JSON: kept as text.
      }
      return { body: parsed as T, status: response.status };
    } catch (error) {
      return { body: String((error as Error).message) as T, status: 0 };
    }
  }

  /** Signs in with a user name and password, trying again while the service cannot answer. */
  async signIn(username: string, password: string): Promise<string> {
    for (let attempt = 1; ; attempt++) {
      const answer = await this.call<{ token: string }>('POST', '/api/auth/login', null, { password, username });
      if (answer.status === 200) return answer.body.token;
      if (attempt >= 60 || (answer.status >= 400 && answer.status < 500 && answer.status !== 429)) throw new Error(`Sign-in of ${username} answered ${answer.status}: ${JSON.stringify(answer.body)}`);
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  }
}

/** Whether an answer says the service could not do it now (try again), as opposed to a final answer. */
export function transient(answer: Answer): boolean {
  return answer.status === 0 || answer.status >= 500 || answer.status === 429;
}
