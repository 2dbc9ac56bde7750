import { createServer } from 'node:net';

/** Resolves true when nothing listens on host:port (we can bind it ourselves). */
export function isPortFree(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen({ port, host, exclusive: true }, () => server.close(() => resolve(true)));
  });
}

/** A named port the service wants to use, with the configuration key that sets it. */
export interface WantedPort {
  key: string;
  port: number;
}

/** Fails with one line naming the taken port and the key that moves it. */
export async function assertPortsFree(ports: WantedPort[]): Promise<void> {
  for (const { key, port } of ports) {
    if (!(await isPortFree(port))) {
      throw new StartupError(`Port ${port} is already in use (${key}). Stop what holds it or set ${key} to a free port.`);
    }
  }
}

/**
 * Picks free ports below the Linux ephemeral range (32768+), so that a port we pick for a server is
 * not taken a moment later by some client's outgoing connection.
 */
export async function pickFreePorts(count: number, from = 20000, to = 32000): Promise<number[]> {
  const picked: number[] = [];
  const start = from + Math.floor(Math.random() * (to - from));
  for (let offset = 0; offset < to - from && picked.length < count; offset++) {
    const port = from + ((start - from + offset) % (to - from));
    if (await isPortFree(port)) picked.push(port);
  }
  if (picked.length < count) throw new Error(`Could not find ${count} free ports between ${from} and ${to}`);
  return picked;
}

/** A startup failure whose message is the one line the user reads; no stack trace is needed. */
export class StartupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StartupError';
  }
}
