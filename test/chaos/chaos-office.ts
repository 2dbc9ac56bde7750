import { randomUUID } from 'node:crypto';
import { PrismaClient } from '../../src/generated/prisma/client';
import { aReferral } from '../factories/referral.factory';
import { answerFor, knownTask, PlannedOutcome, TaskForm } from './chaos-forms';
import { ServiceApi, transient } from './chaos-http';
import { log, sleep } from './chaos-log';
import { ChaosRegion, PERSON_OF_ROLE } from './chaos-world';

/** A task as the task list shows it. */
interface TaskSummary {
  candidateRole: string | null;
  case: { caseNumber: string; id: string } | null;
  id: string;
  taskType: string;
}

/** A case this run filed. */
export interface FiledCase {
  canary: boolean;
  caseId: string;
  caseNumber: string;
  /** When the filing was first tried, and when the service accepted it. */
  filedAt: number;
  marker: string;
  outcome: PlannedOutcome;
  region: string;
  tries: number;
}

/** What the people of all regions did: completions, and answers they did not expect. */
export interface OfficeLedger {
  completions: { at: number; caseId: string | null; repeated: boolean; taskId: string; taskType: string }[];
  /**
   * A task someone else completed, or the process cancelled, before this person could: answered 409
   * to the submission, or already closed when its form was opened (code CLOSED_BEFORE_OPENED).
   */
  conflicts: { caseId: string | null; code: string; taskId: string; taskType: string }[];
  /** A form the service refused (400, 403, 422): the run's answers do not fit, which the run reports. */
  refused: { body: unknown; status: number; taskId: string; taskType: string }[];
  /**
   * A form answered with a choice the task no longer offers (another casus took the slot, or time
   * moved on): the person opens the task again and chooses anew, as the web app lets them.
   */
  stale: { taskId: string; taskType: string }[];
  unexpectedTaskTypes: Set<string>;
}

const POLL_MS = 500;
const AT_ONCE = 4;

/**
 * The people of one region, standing in for the professionals as the web app would: the referrer
 * files referrals through the API; the chair reads the region's whole task list (queue "all"), and
 * each task is done by the person holding its candidate role, through GET /api/tasks/{id} and
 * POST /api/tasks/{id}/completion with an Idempotency-Key, so that a submission tried again after a
 * fault completes once. They only ever see what the task list shows: a task the list lost is never
 * done, and the run reports its case as unfinished.
 */
export class Office {
  private readonly handling = new Set<string>();
  private readonly done = new Set<string>();
  private readonly outcomes = new Map<string, PlannedOutcome>();
  /** Submissions whose answer was lost (a fault): sent again as they were, with the same Idempotency-Key. */
  private readonly unanswered = new Map<string, Record<string, unknown>>();
  private running = false;
  private loop?: Promise<void>;

  constructor(
    readonly world: ChaosRegion,
    private readonly api: ServiceApi,
    private readonly prisma: PrismaClient,
    private readonly ledger: OfficeLedger,
    private readonly run: string,
  ) {}

  start(): void {
    this.running = true;
    this.loop = this.work();
  }

  async stop(): Promise<void> {
    this.running = false;
    await this.loop;
    while (this.handling.size > 0) await sleep(100);
  }

  /**
   * The referrer files a referral with a parent who has a mail address, trying again while the
   * service cannot answer. A retried filing may have been accepted before its answer was lost: the
   * referral's marker text is looked up first, so that it is not filed twice.
   */
  async file(number: number, outcome: PlannedOutcome, canary: boolean): Promise<FiledCase> {
    const marker = `Chaosronde ${this.run}-${number}`;
    const parents = [{ email: `ouder-${this.run}-${number}@gezin.example`, familyName: 'Verzonnenhuis', givenName: 'Fictiefouder', hasParentalAuthority: true, relation: 'MOTHER' }];
    const body = aReferral(this.world.region.municipalityId, { familySituation: `${marker}: twee kinderen; ouders wonen gescheiden.`, parents });
    const filedAt = Date.now();
    for (let tries = 1; ; tries++) {
      if (tries > 1) {
        const earlier = await this.prisma.referral.findFirst({ select: { case: { select: { caseNumber: true, id: true } } }, where: { familySituation: { startsWith: `${marker}:` } } }).catch(() => undefined);
        if (earlier) return this.filed({ canary, caseId: earlier.case.id, caseNumber: earlier.case.caseNumber, filedAt, marker, outcome, region: this.world.region.id, tries });
        if (earlier === undefined) {
          await sleep(1000);
          continue;
        }
      }
      const answer = await this.api.call<{ caseId: string; caseNumber: string }>('POST', '/api/referrals', this.world.tokens.referrer, body);
      if (answer.status === 201) return this.filed({ canary, caseId: answer.body.caseId, caseNumber: answer.body.caseNumber, filedAt, marker, outcome, region: this.world.region.id, tries });
      if (!transient(answer)) throw new Error(`Filing ${marker} answered ${answer.status}: ${JSON.stringify(answer.body)}`);
      await sleep(1000);
    }
  }

  private filed(filed: FiledCase): FiledCase {
    this.outcomes.set(filed.caseId, filed.outcome);
    return filed;
  }

  private async work(): Promise<void> {
    while (this.running) {
      const page = await this.api.call<{ items: TaskSummary[] }>('GET', `/api/tasks?queue=all&regionId=${this.world.region.id}&limit=100&sort=created`, this.world.tokens.chair);
      if (page.status === 200) {
        for (const task of page.body.items) {
          if (this.handling.size >= AT_ONCE) break;
          if (this.handling.has(task.id) || this.done.has(task.id)) continue;
          this.handling.add(task.id);
          void this.handle(task).finally(() => this.handling.delete(task.id));
        }
      }
      await sleep(POLL_MS);
    }
  }

  /**
   * The person of the task's role opens it and submits its form; a fault leaves it for the next look.
   * A submission whose answer was lost is sent again as it was, with the same Idempotency-Key, as the
   * web app does: the service answers it as a repeat when the first one completed the task.
   */
  private async handle(task: TaskSummary): Promise<void> {
    const person = PERSON_OF_ROLE[task.candidateRole as keyof typeof PERSON_OF_ROLE] ?? 'chair';
    const token = this.world.tokens[person];
    const caseId = task.case?.id ?? null;
    let values = this.unanswered.get(task.id);
    if (!values) {
      const detail = await this.api.call<{ form: TaskForm | null }>('GET', `/api/tasks/${task.id}`, token);
      if (transient(detail)) return;
      // The list is read a moment before the task is opened: meanwhile the task may have been closed
      // (its process cancelled it, or an earlier submission of this run completed it while its answer
      // was lost). A closed task has no form (src/tasks/task-detail.reader.ts): nothing left to do.
      if (detail.status !== 200 || !detail.body.form) {
        this.done.add(task.id);
        if (detail.status === 200) this.ledger.conflicts.push({ caseId, code: 'CLOSED_BEFORE_OPENED', taskId: task.id, taskType: task.taskType });
        return;
      }
      if (!knownTask(task.taskType) && !this.ledger.unexpectedTaskTypes.has(task.taskType)) {
        this.ledger.unexpectedTaskTypes.add(task.taskType);
        log(`A task of a type the run does not know (${task.taskType}): answered with the form's defaults`);
      }
      values = answerFor(task.taskType, detail.body.form, (caseId && this.outcomes.get(caseId)) || 'VOLUNTARY_LOCAL_TEAM');
    }
    const answer = await this.api.call<{ code?: string; repeated?: boolean }>('POST', `/api/tasks/${task.id}/completion`, token, values, { 'idempotency-key': `chaos-${task.id}` });
    if (transient(answer)) {
      this.unanswered.set(task.id, values);
      return;
    }
    this.unanswered.delete(task.id);
    if (staleChoice(answer)) {
      this.ledger.stale.push({ taskId: task.id, taskType: task.taskType });
      return;
    }
    this.done.add(task.id);
    if (answer.status === 200) {
      this.ledger.completions.push({ at: Date.now(), caseId, repeated: answer.body.repeated === true, taskId: task.id, taskType: task.taskType });
    } else if (answer.status === 409) {
      this.ledger.conflicts.push({ caseId, code: answer.body.code ?? '', taskId: task.id, taskType: task.taskType });
    } else {
      this.ledger.refused.push({ body: answer.body, status: answer.status, taskId: task.id, taskType: task.taskType });
      log(`The service refused the form of ${task.taskType} (task ${task.id}): ${answer.status} ${JSON.stringify(answer.body).slice(0, 300)}`);
    }
  }
}

/** A fresh ledger for the run. */
export function newLedger(): OfficeLedger {
  return { completions: [], conflicts: [], refused: [], stale: [], unexpectedTaskTypes: new Set() };
}

/**
 * A 400 whose every problem is a choice the task offered when it was opened but no longer offers
 * (src/tasks/forms/form-choices.ts, and a slot now too near to prepare, src/tasks/forms/planning.forms.ts).
 */
function staleChoice(answer: { body: unknown; status: number }): boolean {
  const problems = (answer.body as { problems?: { reason?: string }[] } | undefined)?.problems;
  return answer.status === 400 && Array.isArray(problems) && problems.length > 0 && problems.every((problem) => /choices this task offers now|^SLOT_TOO_LATE_TO_PREPARE/.test(problem.reason ?? ''));
}

/** A short tag that names the run in its data. */
export function runTag(): string {
  return randomUUID().slice(0, 6);
}
