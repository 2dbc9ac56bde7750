/** How big a chaos run is, and the faults it injects. */
export interface ChaosSize {
  /** Cases filed as load, besides the one filed at each fault to measure recovery. */
  cases: number;
  databaseRestarts: number;
  engineRestarts: number;
  /** Pause between two filings of the load, in ms (from, to). */
  fileEveryMs: [number, number];
  /** Pause before each fault, in ms (from, to). */
  faultGapMs: [number, number];
  name: 'full' | 'smoke';
  regions: number;
  /** The run ends this long after the last progress when cases are left unfinished. */
  stallMs: number;
  workerKills: number;
  /** Worker processes (RUN_WORKERS=true RUN_API=false) that the faults kill and start again. */
  workers: number;
}

export interface ChaosOptions {
  seed: number;
  size: ChaosSize;
}

const FULL: ChaosSize = {
  cases: 36,
  databaseRestarts: 3,
  engineRestarts: 3,
  faultGapMs: [10_000, 30_000],
  fileEveryMs: [1_000, 4_000],
  name: 'full',
  regions: 4,
  stallMs: 240_000,
  workerKills: 8,
  workers: 3,
};

const SMOKE: ChaosSize = {
  cases: 6,
  databaseRestarts: 1,
  engineRestarts: 1,
  faultGapMs: [5_000, 12_000],
  fileEveryMs: [500, 1_500],
  name: 'smoke',
  regions: 2,
  stallMs: 180_000,
  workerKills: 2,
  workers: 2,
};

/**
 * `--smoke` for the small size (CI), `--cases=N` and `--seed=N` to change the load or repeat a run:
 * the seed decides the order, the moments and the kinds of the faults (the machine's timing still
 * differs from run to run).
 */
export function chaosOptions(argv: readonly string[]): ChaosOptions {
  const value = (name: string) => argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1];
  const size = { ...(argv.includes('--smoke') ? SMOKE : FULL) };
  const cases = Number(value('cases') ?? size.cases);
  if (!Number.isInteger(cases) || cases < 1) throw new Error(`--cases must be a whole number of 1 or more (got ${value('cases')})`);
  const seed = Number(value('seed') ?? Math.floor(Math.random() * 1_000_000));
  if (!Number.isInteger(seed)) throw new Error(`--seed must be a whole number (got ${value('seed')})`);
  return { seed, size: { ...size, cases } };
}

/** A small seeded random generator (mulberry32): the same seed gives the same faults in the same order. */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  between([from, to]: [number, number]): number {
    return from + this.next() * (to - from);
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  shuffle<T>(items: readonly T[]): T[] {
    const copy = [...items];
    for (let index = copy.length - 1; index > 0; index--) {
      const other = Math.floor(this.next() * (index + 1));
      [copy[index], copy[other]] = [copy[other], copy[index]];
    }
    return copy;
  }
}
