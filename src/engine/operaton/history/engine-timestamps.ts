/**
 * Operaton keeps its times in `timestamp without time zone` columns, written as the engine JVM's local
 * time. The local engine runs in UTC (ENGINE_TIME_ZONE), so these readers take such a value as UTC
 * rather than as the service's own local time, which is what the pg driver would do.
 */
export const ENGINE_TIME_ZONE = 'UTC';

/** PostgreSQL's type id of `timestamp without time zone`. */
export const TIMESTAMP_WITHOUT_TIME_ZONE_OID = 1114;

/** A `timestamp without time zone` value as pg sends it ("2026-12-03 06:35:00.47"), taken as UTC. */
export function parseEngineTimestamp(value: string): Date {
  return new Date(`${value.replace(' ', 'T')}Z`);
}

export function isoOrNull(value: Date | null | undefined): string | null {
  return value ? value.toISOString() : null;
}

export function iso(value: Date): string {
  return value.toISOString();
}
