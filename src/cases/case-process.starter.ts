import { Injectable, Logger } from '@nestjs/common';
import { toAmsterdamIso } from '../calendar/dutch-calendar';
import { PrismaService } from '../database/prisma.service';
import { EngineVariables } from '../engine/engine.types';
import { ChairModel, ConsultMoment, ENTRY_PROCESS, ProcessId, START_VARIABLES, Track, VariableName } from '../engine/process-catalog';
import { ProcessEngine } from '../engine/process-engine.port';
import { ChairModel as RegionChairModel, HearingMode, Track as CaseTrack } from '../generated/prisma/enums';
import { ageOn, dateOnly, dutchToday } from './child-age';

/** The case record's enums under the names the models compare against (src/engine/process-catalog). */
const CHAIR_MODEL: Readonly<Record<RegionChairModel, ChairModel>> = {
  INDEPENDENT: ChairModel.INDEPENDENT_CHAIR,
  ROTATING_RAAD_MUNICIPALITY: ChairModel.RAAD_AND_MUNICIPALITY_IN_TURN,
};
const TRACK: Readonly<Record<CaseTrack, Track>> = {
  FIVE_TO_TWELVE: Track.VIJF_VOOR_TWAALF,
  QUARTER_TO_TWELVE: Track.KWART_VOOR_TWAALF,
};

/** The entry processes the service starts (ENTRY_PROCESS), each with its own start variables. */
type EntryProcess = keyof typeof START_VARIABLES;

/** A second start is only tried when the first attempt is this old and left no instance key. */
const RETRY_AFTER_MS = 60_000;

/**
 * Starts the BPMN process of a filed case through the ProcessEngine port and stores its instance
 * key. The variables are ids, enums, dates, booleans and counts only; names, birth dates and texts
 * stay in PostgreSQL. A case whose start failed (engine down) keeps a null key and can be started
 * again; the attempt timestamp keeps two callers from starting the same case at the same time.
 */
@Injectable()
export class CaseProcessStarter {
  private readonly logger = new Logger('CaseProcessStarter');

  constructor(
    private readonly engine: ProcessEngine,
    private readonly prisma: PrismaService,
  ) {}

  /** Starts the case's process unless it has one; returns the instance key, or null when it could not start. */
  async start(caseId: string): Promise<string | null> {
    const now = new Date();
    const claimed = await this.prisma.case.updateMany({
      data: { processStartAttemptedAt: now },
      where: {
        id: caseId,
        OR: [{ processStartAttemptedAt: null }, { processStartAttemptedAt: { lt: new Date(now.getTime() - RETRY_AFTER_MS) } }],
        processInstanceKey: null,
      },
    });
    if (claimed.count === 0) {
      return (await this.prisma.case.findUnique({ select: { processInstanceKey: true }, where: { id: caseId } }))?.processInstanceKey ?? null;
    }
    let processId: ProcessId | undefined;
    try {
      const start = await this.variables(caseId);
      processId = start.processId;
      const instance = await this.engine.createInstance(start.processId, start.variables);
      await this.prisma.case.update({ data: { processInstanceKey: instance.processInstanceKey, processStartedAt: new Date() }, where: { id: caseId } });
      return instance.processInstanceKey;
    } catch (error) {
      this.logger.warn(`Could not start process ${processId ?? '(unknown)'} for case ${caseId}: ${(error as Error).message}`);
      return null;
    }
  }

  /**
   * The entry process of the case's entry type and what it needs to branch and to time, read from
   * the case record: exactly START_VARIABLES of that process, nothing personal.
   */
  async variables(caseId: string): Promise<{ processId: EntryProcess; variables: EngineVariables }> {
    const found = await this.prisma.case.findUniqueOrThrow({
      select: {
        children: { select: { birthDate: true, hearingMode: true, id: true } },
        entryType: true,
        id: true,
        referredAt: true,
        region: { select: { chairModel: true, childHeardMinAge: true, giFixedMember: true, id: true, normCountsWorkingDays: true, normDays: true, otsReviewEnabled: true } },
        tableId: true,
        track: true,
      },
      where: { id: caseId },
    });
    const today = dutchToday();
    const heard = found.children.filter((child) => ageOn(dateOnly(child.birthDate), today) >= found.region.childHeardMinAge);
    const processId = ENTRY_PROCESS[found.entryType] as EntryProcess;
    const all: Partial<Record<VariableName, EngineVariables[string]>> = {
      caseId: found.id,
      chairModel: CHAIR_MODEL[found.region.chairModel],
      childrenCount: found.children.length,
      // The referral's intake agrees this with the chair; an OTS-closure review starts with what the GI filed.
      childrenHeardSeparatelyIds: heard.filter((child) => child.hearingMode === HearingMode.SEPARATELY_BEFOREHAND).map((child) => child.id),
      childrenOver12Count: heard.length,
      entryType: found.entryType,
      giFixedMember: found.region.giFixedMember,
      normCountsWorkingDays: found.region.normCountsWorkingDays,
      normDays: found.region.normDays,
      otsReviewEnabled: found.region.otsReviewEnabled,
      // The Raad's legal review of an OTS closure is prepared before the meeting (003 §11).
      raadConsultMoment: ConsultMoment.BEFORE_MEETING,
      referralDate: toAmsterdamIso(found.referredAt),
      regionId: found.region.id,
      tableId: found.tableId,
      track: found.track ? TRACK[found.track] : null,
    };
    const variables = Object.fromEntries(START_VARIABLES[processId].map((name) => [name, all[name] ?? null])) as EngineVariables;
    return { processId, variables };
  }
}
