import { Prisma } from '../generated/prisma/client';

/** What a letter needs of the table of a meeting; load a meeting with `include: WITH_TABLE`. */
export const WITH_TABLE = { table: { select: { id: true, location: true, name: true } } } satisfies Prisma.MeetingInclude;

/**
 * The table a letter or document about a meeting names: the one where the meeting is held. Planning
 * books a neighbouring table when the case's own table cannot meet the norm (003 §9), while the case
 * stays with its own table; so the invitation, the report, its mails and the feedback form all name
 * the meeting's table. Without a meeting (a decision on paper) the case's own table speaks.
 */
export function tableOfMeeting<Table>(kase: { table: Table }, meeting: { table: Table } | null | undefined): Table {
  return meeting?.table ?? kase.table;
}
