import { createServer } from 'node:net';
import { assertPortsFree, isPortFree, pickFreePorts } from './ports';

describe('ports', () => {
  it('names the key of a port that is taken', async () => {
    // Given a port something listens on
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as { port: number }).port;

    // When the service wants it / Then the message names the port and the key that moves it
    await expect(assertPortsFree([{ key: 'ZEEBE_GRPC_PORT', port }])).rejects.toThrow(
      `Port ${port} is already in use (ZEEBE_GRPC_PORT). Stop what holds it or set ZEEBE_GRPC_PORT to a free port.`,
    );
    await new Promise((resolve) => server.close(resolve));
  });

  it('picks distinct free ports below the ephemeral range', async () => {
    const ports = await pickFreePorts(5);

    expect(new Set(ports).size).toBe(5);
    for (const port of ports) {
      expect(port).toBeLessThan(32768);
      expect(await isPortFree(port)).toBe(true);
    }
  });
});
