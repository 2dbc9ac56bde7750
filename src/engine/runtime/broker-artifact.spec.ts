import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureDistribution, ZEEBE_VERSION } from './broker-artifact';

describe('ensureDistribution', () => {
  let server: Server;
  let repository: string;
  let requests: string[];

  beforeAll(async () => {
    // A stand-in for Maven Central that serves a file whose checksum is not the pinned one.
    requests = [];
    server = createServer((request, response) => {
      requests.push(request.url ?? '');
      response.writeHead(200, { 'content-length': '11' });
      response.end('not-a-dist!');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    repository = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it('refetches a corrupt cached archive and refuses a download with the wrong checksum', async () => {
    // Given a cache holding a truncated archive, and HTTPS as the only source
    const cache = mkdtempSync(join(tmpdir(), 'zeebe-cache-'));
    const archive = join(cache, `camunda-zeebe-${ZEEBE_VERSION}.tar.gz`);
    writeFileSync(archive, 'truncated');

    // When the distribution is ensured
    const attempt = ensureDistribution(cache, { repository, useMaven: false });

    // Then it downloaded again, rejected the checksum, removed the file and said so
    await expect(attempt).rejects.toThrow(/has SHA-1 .* expected .*removed it/);
    expect(requests).toEqual([`/io/camunda/camunda-zeebe/${ZEEBE_VERSION}/camunda-zeebe-${ZEEBE_VERSION}.tar.gz`]);
    expect(existsSync(archive)).toBe(false);
  });
});
