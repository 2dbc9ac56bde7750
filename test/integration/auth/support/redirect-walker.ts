/**
 * A browser without a screen, for sign-in through a provider: it keeps cookies per host and follows
 * redirects one at a time, recording each location, so a test can look at every hop.
 */
export class RedirectWalker {
  private readonly cookies = new Map<string, Map<string, string>>();
  readonly hops: string[] = [];

  cookie(url: string, name: string): string | undefined {
    return this.cookies.get(new URL(url).host)?.get(name);
  }

  /** Drops a cookie, as another browser would not have it. */
  forget(url: string, name: string): void {
    this.cookies.get(new URL(url).host)?.delete(name);
  }

  async request(url: string, init: { body?: string; method?: string } = {}): Promise<Response> {
    const jar = this.cookies.get(new URL(url).host) ?? new Map<string, string>();
    const headers: Record<string, string> = { cookie: [...jar].map(([name, value]) => `${name}=${value}`).join('; ') };
    if (init.body !== undefined) headers['content-type'] = 'application/x-www-form-urlencoded';
    const response = await fetch(url, { body: init.body, headers, method: init.method ?? 'GET', redirect: 'manual' });
    for (const line of response.headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(';');
      const name = pair.slice(0, pair.indexOf('=')).trim();
      const value = pair.slice(pair.indexOf('=') + 1).trim();
      const expired = value === '' || attributes.some((attribute) => /^\s*(max-age=0|expires=thu, 01 jan 1970)/i.test(attribute));
      if (expired) jar.delete(name);
      else jar.set(name, value);
    }
    this.cookies.set(new URL(url).host, jar);
    return response;
  }

  /** Follows redirects from `url` until an answer that is no redirect, or a location `stop` accepts; the last location. */
  async follow(url: string, stop: (location: URL) => boolean = () => false, init: { body?: string; method?: string } = {}): Promise<{ location: URL; response: Response }> {
    let current = new URL(url);
    let response = await this.request(current.href, init);
    for (let hop = 0; hop < 20 && response.status >= 300 && response.status < 400; hop += 1) {
      current = new URL(response.headers.get('location')!, current);
      this.hops.push(current.href);
      if (stop(current)) break;
      response = await this.request(current.href);
    }
    return { location: current, response };
  }
}
