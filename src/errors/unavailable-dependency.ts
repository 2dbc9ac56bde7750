import { EngineError, EngineErrorCode } from '../engine/engine.errors';

/** A part the service depends on that is out of reach for a moment. */
export type UnavailableDependency = 'DATABASE_UNAVAILABLE' | 'ENGINE_UNAVAILABLE';

/** Prisma's codes for "the database server cannot be reached", "timed out", "closed the connection", "no connection free". */
const PRISMA_UNREACHABLE = new Set(['P1001', 'P1002', 'P1008', 'P1017', 'P2024']);
/** PostgreSQL's SQLSTATEs while it shuts down, starts up or refuses connections (class 08, 57P01–57P03, 53300). */
const POSTGRES_UNAVAILABLE = /^(08\d{3}|57P0[1-3]|53300)$/;
/** Socket errors of a connection that is gone. */
const SOCKET_GONE = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT']);
/** Messages of the pg driver and Prisma that carry no code of their own. */
const GONE_MESSAGES = /Connection terminated|Can't reach database server|Server has closed the connection|the database system is (starting up|shutting down|not yet accepting connections)/;

interface Coded {
  cause?: unknown;
  code?: unknown;
  message?: unknown;
  meta?: { code?: unknown; driverAdapterError?: unknown };
  name?: unknown;
  /** PostgreSQL's SQLSTATE as Prisma's driver adapter keeps it (`cause.originalCode` of a DriverAdapterError). */
  originalCode?: unknown;
}

/**
 * Whether an error means that the database or the engine is out of reach for a moment (a restart, a
 * failover), so that the caller should try again shortly: the answer is then 503 with Retry-After,
 * not 500. Follows the error's causes, as the driver adapter wraps the driver's error; Prisma 7 keeps
 * the adapter's error in `meta.driverAdapterError` instead (P2010 for raw queries, P2039 for model
 * queries, e.g. 57P01 when PostgreSQL shuts down under a running query), with the SQLSTATE in its
 * cause's `originalCode`.
 */
export function unavailableDependency(error: unknown): UnavailableDependency | undefined {
  for (let current = error, depth = 0; current && typeof current === 'object' && depth < 6; current = next(current as Coded), depth++) {
    if (current instanceof EngineError) return current.code === EngineErrorCode.Unavailable ? 'ENGINE_UNAVAILABLE' : undefined;
    const { code, message, meta, name, originalCode } = current as Coded;
    if (name === 'PrismaClientInitializationError') return 'DATABASE_UNAVAILABLE';
    if (typeof code === 'string' && (PRISMA_UNREACHABLE.has(code) || POSTGRES_UNAVAILABLE.test(code) || SOCKET_GONE.has(code))) return 'DATABASE_UNAVAILABLE';
    if (typeof meta?.code === 'string' && POSTGRES_UNAVAILABLE.test(meta.code)) return 'DATABASE_UNAVAILABLE';
    if (typeof originalCode === 'string' && POSTGRES_UNAVAILABLE.test(originalCode)) return 'DATABASE_UNAVAILABLE';
    if (typeof message === 'string' && GONE_MESSAGES.test(message)) return 'DATABASE_UNAVAILABLE';
  }
  return undefined;
}

/** The error behind this one: its cause, or the driver adapter's error Prisma keeps in its meta. */
function next(error: Coded): unknown {
  return error.cause ?? error.meta?.driverAdapterError;
}
