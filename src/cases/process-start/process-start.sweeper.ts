import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { EnvironmentDto } from '../../config/environment.dto';
import { PeriodicSweep } from '../../runtime/periodic-sweep';
import { CaseProcessStarter } from '../case-process.starter';
import { ProcessStartClaims } from './process-start.claims';
import { SWEEP_BATCH, SWEEP_INTERVAL_MS } from './process-start.schedule';

/**
 * Tries again the process starts that are due: those that failed (the engine was away, refused, or
 * the database failed mid-way) once their back-off has passed, and those whose claimant died before
 * it tried (once its lease has run out). Every process with the API or the workers runs one; claims
 * are made in SQL with FOR UPDATE SKIP LOCKED (ProcessStartClaims), so that each due start is tried
 * by one process at a time. A pass that fails altogether (the database away) is simply tried again.
 */
@Injectable()
export class ProcessStartSweeper implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly sweeps = new PeriodicSweep(new Logger('ProcessStarts'), 'Looking for due process starts', () => this.pass(), undefined);

  constructor(
    private readonly claims: ProcessStartClaims,
    private readonly env: EnvironmentDto,
    private readonly starter: CaseProcessStarter,
  ) {}

  onApplicationBootstrap(): void {
    if (this.env.RUN_API || this.env.RUN_WORKERS) this.sweeps.start(SWEEP_INTERVAL_MS);
  }

  onApplicationShutdown(): Promise<void> {
    return this.sweeps.stop();
  }

  /** One pass over the due starts; a pass already running is not doubled. Resolves when it is done. */
  sweep(): Promise<void> {
    return this.sweeps.sweep();
  }

  private async pass(): Promise<void> {
    for (;;) {
      const due = await this.claims.claimDue(SWEEP_BATCH);
      for (const claimed of due) await this.starter.attempt(claimed);
      if (due.length < SWEEP_BATCH || this.sweeps.isStopped) return;
    }
  }
}
