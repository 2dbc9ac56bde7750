import { Prisma } from '../generated/prisma/client';

/** The year of a moment in the Netherlands, where the case number's year is counted. */
export function dutchYear(at: Date): number {
  return Number(new Intl.DateTimeFormat('en', { timeZone: 'Europe/Amsterdam', year: 'numeric' }).format(at));
}

export function formatCaseNumber(year: number, sequence: number): string {
  return `JBT-${year}-${String(sequence).padStart(6, '0')}`;
}

/**
 * The next case number of the year, e.g. JBT-2026-000123. The counter row stays locked until the
 * caller's transaction ends, so concurrent filings get consecutive numbers and a rolled-back filing
 * gives its number back.
 */
export async function nextCaseNumber(tx: Prisma.TransactionClient, at = new Date()): Promise<string> {
  const year = dutchYear(at);
  const [row] = await tx.$queryRaw<{ last_value: number }[]>`
    INSERT INTO "case_number_counter" ("year", "last_value") VALUES (${year}, 1)
    ON CONFLICT ("year") DO UPDATE SET "last_value" = "case_number_counter"."last_value" + 1
    RETURNING "last_value"`;
  return formatCaseNumber(year, row.last_value);
}
