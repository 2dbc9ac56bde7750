import { Prisma } from '../generated/prisma/client';
import { RegionSettingsDocument } from './region-settings.document';

const LOCAL = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', hourCycle: 'h23', minute: '2-digit', timeZone: 'Europe/Amsterdam', weekday: 'short' });
const WEEKDAYS: Record<string, number> = { Fri: 5, Mon: 1, Sat: 6, Sun: 7, Thu: 4, Tue: 2, Wed: 3 };

/** The weekday (1 = Monday) and HH:MM of an instant in Amsterdam, and its calendar day there. */
function local(instant: Date): { day: string; startTime: string; weekday: number } {
  const parts = Object.fromEntries(LOCAL.formatToParts(instant).map((part) => [part.type, part.value]));
  const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(instant);
  return { day, startTime: `${parts.hour}:${parts.minute}`, weekday: WEEKDAYS[parts.weekday] };
}

/**
 * Planning generates bookable slots from each table's weekly schedule as it needs them. Free future
 * slots that a changed schedule no longer has are taken out of planning (blocked, never deleted or
 * unblocked: a slot blocked for a holiday stays blocked); booked slots are left alone. Returns how
 * many slots were blocked.
 */
export async function blockSlotsOutsideSchedule(tx: Prisma.TransactionClient, before: RegionSettingsDocument, after: RegionSettingsDocument): Promise<number> {
  let blocked = 0;
  for (const table of after.tables) {
    const old = before.tables.find((candidate) => candidate.id === table.id);
    if (JSON.stringify(old?.schedule) === JSON.stringify(table.schedule)) continue;
    const slots = await tx.meetingSlot.findMany({ select: { id: true, startsAt: true }, where: { blocked: false, meeting: { is: null }, startsAt: { gt: new Date() }, tableId: table.id } });
    const outside = slots
      .filter((slot) => {
        const at = local(slot.startsAt);
        return !table.schedule.some(
          (entry) => entry.weekday === at.weekday && entry.startTime === at.startTime && (!entry.validFrom || at.day >= entry.validFrom) && (!entry.validUntil || at.day <= entry.validUntil),
        );
      })
      .map((slot) => slot.id);
    if (outside.length > 0) blocked += (await tx.meetingSlot.updateMany({ data: { blocked: true }, where: { id: { in: outside } } })).count;
  }
  return blocked;
}
