import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { pickFreePorts } from '../../../../src/runtime/ports';

export interface OidcTestProvider {
  clientId: string;
  clientSecret: string;
  issuer: string;
  stop(): Promise<void>;
}

export interface OidcTestProviderOptions {
  /** Claims per account id; the provider's page offers a button per account. */
  accounts: Record<string, Record<string, unknown>>;
  port?: number;
  redirectUri: string;
}

/** The service as the test provider on `port` knows it: known before the provider starts, so a service can be configured first. */
export function oidcTestClient(port: number): { clientId: string; clientSecret: string; issuer: string } {
  return { clientId: 'jbt-orchestrator', clientSecret: `test-secret-${port}-of-sufficient-length`, issuer: `http://127.0.0.1:${port}` };
}

/**
 * Starts the test provider (oidc-provider-process.mjs, a real oidc-provider) on a free loopback port
 * and resolves when it listens. It runs as a child process: oidc-provider is an ES module with its
 * own web framework, and a process of its own is what a provider is to the service.
 */
export async function startOidcTestProvider(options: OidcTestProviderOptions): Promise<OidcTestProvider> {
  const port = options.port ?? (await pickFreePorts(1))[0];
  const { clientId, clientSecret } = oidcTestClient(port);
  const child: ChildProcess = spawn(process.execPath, [join(__dirname, 'oidc-provider-process.mjs'), JSON.stringify({ accounts: options.accounts, clientId, clientSecret, port, redirectUri: options.redirectUri })], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let errors = '';
  child.stderr?.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const issuer = await new Promise<string>((resolve, reject) => {
    // Loading oidc-provider takes seconds, and far longer on a busy machine; the child is stopped when it gives up.
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`The test provider did not start within 45 s: ${errors}`));
    }, 45_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      const match = /ready (\S+)/.exec(chunk.toString());
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The test provider exited (${code}): ${errors}`));
    });
  });
  return {
    clientId,
    clientSecret,
    issuer,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** The OIDC_* environment that points the service at the test provider. */
export function oidcEnvironment(provider: OidcTestProvider, redirectUri: string): Record<string, string> {
  return { OIDC_CLIENT_ID: provider.clientId, OIDC_CLIENT_SECRET: provider.clientSecret, OIDC_ISSUER: provider.issuer, OIDC_REDIRECT_URL: redirectUri, OIDC_SCOPES: 'openid profile email jbt' };
}
