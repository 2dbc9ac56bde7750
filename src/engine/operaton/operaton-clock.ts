import { Inject, Injectable } from '@nestjs/common';
import { EngineClock } from '../engine-clock.port';
import { ENGINE_CONNECTION, EngineConnection } from '../engine-connection';
import { EngineError, EngineErrorCode } from '../engine.errors';

/**
 * The test-only clock of the engine application (/jbt/clock, present only when the engine runs with
 * ENGINE_TEST_CLOCK). Each node has its own clock, so every node is moved.
 */
@Injectable()
export class OperatonClock extends EngineClock {
  constructor(@Inject(ENGINE_CONNECTION) private readonly connection: EngineConnection) {
    super();
  }

  async now(): Promise<Date> {
    const response = await fetch(new URL('/jbt/clock', this.connection.restUrls[0]), { headers: { authorization: `Bearer ${this.connection.token}` } });
    if (!response.ok) throw new EngineError(EngineErrorCode.Rejected, `Clock GET: HTTP ${response.status} (does the engine run with ENGINE_TEST_CLOCK=true?)`);
    return new Date(((await response.json()) as { epochMilli: number }).epochMilli);
  }

  advance(milliseconds: number): Promise<Date> {
    return this.send('POST', '/advance', { milliseconds });
  }

  pin(at: Date): Promise<Date> {
    return this.send('POST', '/pin', { epochMilli: at.getTime() });
  }

  async reset(): Promise<void> {
    await this.send('DELETE', '', undefined);
  }

  private async send(method: string, path: string, body: unknown): Promise<Date> {
    let now = new Date();
    for (const restUrl of this.connection.restUrls) {
      const response = await fetch(new URL(`/jbt/clock${path}`, restUrl), {
        body: body === undefined ? undefined : JSON.stringify(body),
        headers: { authorization: `Bearer ${this.connection.token}`, 'content-type': 'application/json' },
        method,
      });
      if (!response.ok) throw new EngineError(EngineErrorCode.Rejected, `Clock ${method} ${path}: HTTP ${response.status} (does the engine run with ENGINE_TEST_CLOCK=true?)`);
      now = new Date(((await response.json()) as { epochMilli: number }).epochMilli);
    }
    return now;
  }
}
