import { randomUUID } from 'node:crypto';
import { PrismaClient } from '../../src/generated/prisma/client';
import { TestRegion } from './region.factory';

/** One weekly slot: weekday (1 = Monday) and local start time. */
export interface WeeklySlot {
  durationMinutes?: number;
  startTime: string;
  validFrom?: Date;
  weekday: number;
}

/** A table of its own in a test region, with a weekly schedule and no slots yet: planning generates them. */
export async function createScheduledTable(prisma: PrismaClient, region: TestRegion, schedule: WeeklySlot[]): Promise<string> {
  const tag = randomUUID().slice(0, 8);
  const table = await prisma.table.create({
    data: {
      code: `test-${tag}-planning`,
      name: `Plantafel ${tag}`,
      regionId: region.id,
      schedule: { create: schedule.map((slot) => ({ durationMinutes: slot.durationMinutes ?? 60, startTime: slot.startTime, validFrom: slot.validFrom, weekday: slot.weekday })) },
    },
  });
  return table.id;
}

/** Makes `neighbourId` a neighbouring table of `tableId` (one way), with a priority (lower first). */
export async function makeNeighbours(prisma: PrismaClient, tableId: string, neighbourId: string, priority = 1): Promise<void> {
  await prisma.neighbouringTable.create({ data: { neighbourId, priority, tableId } });
}
