import { Injectable } from '@nestjs/common';
import { addCalendarDays, amsterdamDate, endOfAmsterdamDay, toAmsterdamIso } from '../calendar/dutch-calendar';
import { PrismaService } from '../database/prisma.service';
import { EngineVariables } from '../engine/engine.types';
import { SlotScope } from '../engine/process-catalog';
import { earliestSlotStart } from './planning-lead';
import { NoSlotAvailableError } from './planning.errors';
import { slotsFromSchedule } from './slot-schedule';

export { PLANNING_LEAD_WORKING_DAYS } from './planning-lead';

export interface SlotProposalRequest {
  /** Evaluation meetings: not before the evaluation date. */
  earliestSlotAt?: string;
  planningDeadlineAt: string;
  slotScope: SlotScope;
  /** The case's own table; its neighbours when the scope says so. */
  tableId: string;
}

interface Candidate {
  priority: number;
  tableId: string;
}

/**
 * Proposes the first free slot on a table's schedule (003 §9): the own table, or after an escalation
 * the neighbouring tables, nearest first and by priority at the same moment. Slots are generated from
 * the weekly schedules up to the region's planning horizon before looking, so a table never runs out
 * of slots because nobody created them. Proposing books nothing; jbt.slot.book does, and tells the
 * model when another case was faster.
 */
@Injectable()
export class SlotProposalService {
  constructor(private readonly prisma: PrismaService) {}

  async propose(request: SlotProposalRequest, now = new Date()): Promise<EngineVariables> {
    const own = await this.prisma.table.findUniqueOrThrow({ select: { region: { select: { planningHorizonDays: true } } }, where: { id: request.tableId } });
    const candidates = await this.candidates(request);
    const earliest = this.earliest(request, now);
    const horizonEnd = endOfAmsterdamDay(addCalendarDays(amsterdamDate(earliest), own.region.planningHorizonDays));
    if (candidates.length > 0) await this.generateSlots(candidates.map((candidate) => candidate.tableId), earliest, horizonEnd, now);
    const free = await this.prisma.meetingSlot.findMany({
      orderBy: { startsAt: 'asc' },
      select: { id: true, startsAt: true, tableId: true },
      take: candidates.length,
      where: { blocked: false, meeting: { is: null }, startsAt: { gte: earliest, lte: horizonEnd }, table: { active: true }, tableId: { in: candidates.map((candidate) => candidate.tableId) } },
    });
    const priority = new Map(candidates.map((candidate) => [candidate.tableId, candidate.priority]));
    // Among slots at the same first moment, the table with the highest priority (lowest number) wins.
    const first = free.filter((slot) => slot.startsAt.getTime() === free[0]?.startsAt.getTime()).sort((a, b) => priority.get(a.tableId)! - priority.get(b.tableId)!)[0];
    if (!first) throw new NoSlotAvailableError(request.slotScope, horizonEnd);
    return {
      proposedSlotAt: toAmsterdamIso(first.startsAt),
      proposedSlotId: first.id,
      proposedTableId: first.tableId,
      slotWithinNorm: first.startsAt.getTime() <= new Date(request.planningDeadlineAt).getTime(),
    };
  }

  private async candidates(request: SlotProposalRequest): Promise<Candidate[]> {
    if (request.slotScope === SlotScope.OWN_TABLE) return [{ priority: 0, tableId: request.tableId }];
    const neighbours = await this.prisma.neighbouringTable.findMany({
      orderBy: { priority: 'asc' },
      select: { neighbourId: true, priority: true },
      where: { neighbour: { active: true }, tableId: request.tableId },
    });
    return neighbours.map((neighbour) => ({ priority: neighbour.priority, tableId: neighbour.neighbourId }));
  }

  private earliest(request: SlotProposalRequest, now: Date): Date {
    const lead = earliestSlotStart(now);
    const asked = request.earliestSlotAt ? new Date(request.earliestSlotAt) : lead;
    return asked > lead ? asked : lead;
  }

  /** Creates the schedule's slots in the window that do not exist yet; a second caller changes nothing. */
  private async generateSlots(tableIds: string[], from: Date, until: Date, now: Date): Promise<void> {
    const schedules = await this.prisma.tableSchedule.findMany({ where: { tableId: { in: tableIds } } });
    const data = tableIds.flatMap((tableId) =>
      slotsFromSchedule(schedules.filter((entry) => entry.tableId === tableId), amsterdamDate(from), amsterdamDate(until))
        .filter((slot) => slot.startsAt > now)
        .map((slot) => ({ ...slot, tableId })),
    );
    if (data.length > 0) await this.prisma.meetingSlot.createMany({ data, skipDuplicates: true });
  }
}
