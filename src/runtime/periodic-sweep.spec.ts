import { Logger } from '@nestjs/common';
import { PeriodicSweep } from './periodic-sweep';

describe('PeriodicSweep', () => {
  const quietLogger = () => {
    const logger = new Logger('test');
    return { log: jest.spyOn(logger, 'log').mockImplementation(), logger, warn: jest.spyOn(logger, 'warn').mockImplementation() };
  };

  it('answers a call made during a pass with that pass, not a second one', async () => {
    // Given a pass that takes a while
    let finish!: (value: number) => void;
    const pass = jest.fn(() => new Promise<number>((resolve) => (finish = resolve)));
    const sweep = new PeriodicSweep(quietLogger().logger, 'Counting', pass, -1);

    // When it is asked for twice before the pass ends
    const first = sweep.sweep();
    const second = sweep.sweep();
    finish(7);

    // Then one pass ran and both calls get its result
    await expect(Promise.all([first, second])).resolves.toEqual([7, 7]);
    expect(pass).toHaveBeenCalledTimes(1);
  });

  it('logs a failing pass once until it works again, and answers whenFailed meanwhile', async () => {
    // Given a pass that fails twice, then works
    const { logger, log, warn } = quietLogger();
    const pass = jest.fn<Promise<number>, []>().mockRejectedValueOnce(new Error('database away')).mockRejectedValueOnce(new Error('database away')).mockResolvedValue(3);
    const sweep = new PeriodicSweep(logger, 'Counting', pass, -1);

    // When it runs three times
    const results = [await sweep.sweep(), await sweep.sweep(), await sweep.sweep()];

    // Then the failures answer whenFailed, one warning is logged, and one line says it works again
    expect(results).toEqual([-1, -1, 3]);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn).toHaveBeenCalledWith('Counting failed, trying again: database away');
    expect(log).toHaveBeenCalledWith('Counting works again');
  });

  it('runs no pass once stopped', async () => {
    // Given a stopped sweep
    const pass = jest.fn(async () => 1);
    const sweep = new PeriodicSweep(quietLogger().logger, 'Counting', pass, -1);
    await sweep.stop();

    // When it is asked for a pass
    // Then none runs
    await expect(sweep.sweep()).resolves.toBe(-1);
    expect(pass).not.toHaveBeenCalled();
  });
});
