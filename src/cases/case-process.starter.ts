import { Injectable, Logger } from '@nestjs/common';
import { toAmsterdamIso } from '../calendar/dutch-calendar';
import { PrismaService } from '../database/prisma.service';
import { EngineVariables } from '../engine/engine.types';
import { ChairModel, ConsultMoment, ENTRY_PROCESS, ProcessId, START_VARIABLES, Track, VariableName } from '../engine/process-catalog';
import { ProcessEngine } from '../engine/process-engine.port';
import { ProcessHistory } from '../engine/process-history.port';
import { ChairModel as RegionChairModel, HearingMode, Track as CaseTrack } from '../generated/prisma/enums';
import { ageOn, dateOnly, dutchToday } from './child-age';
import { ClaimedStart, ProcessStartClaims } from './process-start/process-start.claims';
import { worthLogging } from './process-start/process-start.schedule';

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

/**
 * Starts the BPMN process of a filed case through the ProcessEngine port and stores its instance
 * key. The variables are ids, enums, dates, booleans and counts only; names, birth dates and texts
 * stay in PostgreSQL. Each attempt is claimed first (ProcessStartClaims), so that two processes never
 * try one case at once; a failed attempt leaves the case without a key and due again after a back-off,
 * and the sweeper (src/cases/process-start) tries it again until it runs. The case id is the
 * instance's business key: an attempt after one whose answer was lost (the engine started the
 * instance, but the key never reached the case record) finds that instance and keeps it, instead of
 * starting a second one.
 */
@Injectable()
export class CaseProcessStarter {
  private readonly logger = new Logger('ProcessStarts');

  constructor(
    private readonly claims: ProcessStartClaims,
    private readonly engine: ProcessEngine,
    private readonly history: ProcessHistory,
    private readonly prisma: PrismaService,
  ) {}

  /** Starts the case's process unless it has one; returns the instance key, or null when it could not start (yet). */
  async start(caseId: string): Promise<string | null> {
    const claimed = await this.claims.claim(caseId);
    if (!claimed) {
      return (await this.prisma.case.findUnique({ select: { processInstanceKey: true }, where: { id: caseId } }))?.processInstanceKey ?? null;
    }
    return this.attempt(claimed);
  }

  /** Tries a start this process has claimed; returns the instance key, or null when it failed. */
  async attempt(claimed: ClaimedStart): Promise<string | null> {
    const { attempts, caseId } = claimed;
    let processId: ProcessId | undefined;
    try {
      const start = await this.variables(caseId);
      processId = start.processId;
      const key = (attempts > 1 ? await this.startedBefore(caseId, start.processId) : null) ?? (await this.engine.createInstance(start.processId, start.variables, undefined, caseId)).processInstanceKey;
      const stored = await this.claims.started(caseId, key);
      if (stored !== key) await this.undoSecondStart(caseId, key, stored);
      if (attempts > 1) this.logger.log(`Started process ${processId} for case ${caseId} on attempt ${attempts}`);
      return stored;
    } catch (error) {
      const reason = (error as Error).message;
      const next = await this.claims.failed(claimed, reason).catch(() => null);
      if (worthLogging(attempts)) {
        const when = next ? `tried again at ${next.toISOString()}` : `tried again when its claim runs out`;
        this.logger.warn(`Could not start process ${processId ?? '(unknown)'} for case ${caseId} (attempt ${attempts}; ${when}): ${reason}`);
      }
      return null;
    }
  }

  /** The case's instance of its entry process, when an earlier attempt started one whose key was lost. */
  private async startedBefore(caseId: string, processId: ProcessId): Promise<string | null> {
    const [found] = await this.history.searchProcessInstances({ bpmnProcessId: processId, businessKey: caseId });
    if (found) this.logger.warn(`Case ${caseId} has process ${found.key} from an earlier attempt whose answer was lost; keeping it`);
    return found?.key ?? null;
  }

  /** Someone else stored another instance first (a claim outlived): ours goes, so that the case has one. */
  private async undoSecondStart(caseId: string, ours: string, stored: string | null): Promise<void> {
    this.logger.error(`Case ${caseId} got process ${stored} while this attempt started ${ours}; cancelling ${ours}`);
    await this.engine.cancelInstance(ours, 'A second start of the same case');
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
