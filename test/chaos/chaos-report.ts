import { ChaosChecks, Finding } from './chaos-checks';
import { clockTime, seconds } from './chaos-log';
import { FaultRecord } from './chaos-faults';
import { OfficeLedger } from './chaos-office';

export interface RunFacts {
  checks: ChaosChecks;
  clockJumps: number;
  durationMs: number;
  faults: FaultRecord[];
  ledger: OfficeLedger;
  seed: number;
  size: string;
  workers: number;
}

const DETAILS = 8;

/** Prints the run's figures; returns the number of problems found (0: nothing lost, nothing doubled, every case finished). */
export function printReport(facts: RunFacts): number {
  const { checks, faults, ledger } = facts;
  const out: string[] = [];
  const line = (text = '') => out.push(text);
  const problems: [string, Finding[]][] = [];
  const count = (label: string, findings: Finding[]) => {
    problems.push([label, findings]);
    return findings.length;
  };

  line();
  line(`CHAOS RUN (${facts.size}, seed ${facts.seed}): ${checks.cases.filed} cases, ${facts.workers} worker processes, ${faults.length} faults, ${seconds(facts.durationMs)} s, the engine's clock moved ${facts.clockJumps} times`);
  line();
  line('Faults                                                                    at      back after   work resumed after');
  for (const fault of faults) {
    line(`  ${fault.action.padEnd(70)}  ${clockTime(fault.at)}   ${`${seconds(fault.backMs)} s`.padStart(9)}   ${fault.recoveryMs === null ? 'NOT within 300 s' : `${seconds(fault.recoveryMs)} s`.padStart(9)}${fault.startAttempts ? `  (start attempts: ${fault.startAttempts})` : ''}`);
  }
  for (const kind of ['engine', 'database', 'worker'] as const) {
    const times = faults.filter((fault) => fault.kind === kind && fault.recoveryMs !== null).map((fault) => fault.recoveryMs!);
    if (times.length > 0) line(`  recovery after a ${kind === 'database' ? 'PostgreSQL' : kind} fault: ${times.map(seconds).join(', ')} s (max ${seconds(Math.max(...times))} s)`);
  }
  line();
  const unfinished = count('unfinished cases', checks.cases.unfinished);
  line(`Cases     started ${checks.cases.filed}, finished ${checks.cases.closed}, unfinished ${unfinished}${checks.cases.filedTwice ? `, filed twice by a retried request ${checks.cases.filedTwice}` : ''}`);
  const doubledStarts = count('cases with more than one process', checks.processes.doubled);
  const withoutProcess = count('cases without a process', checks.processes.withoutProcess);
  line(`Processes doubled ${doubledStarts}, missing ${withoutProcess}`);
  const lost = count('tasks lost by the task list', checks.tasks.lost);
  const stale = count('tasks the task list still shows open', checks.tasks.stale);
  const doubledTasks = count('tasks doubled', [...checks.tasks.doubled, ...checks.tasks.completedTwice]);
  const closedBeforeOpened = ledger.conflicts.filter((entry) => entry.code === 'CLOSED_BEFORE_OPENED').length;
  line(`Tasks     in the engine ${checks.tasks.engine}, completed by the people ${ledger.completions.length} (${ledger.completions.filter((entry) => entry.repeated).length} answered as repeats, ${ledger.stale.length} forms chosen anew after their choice was taken, ${ledger.conflicts.length - closedBeforeOpened} answered 409, ${closedBeforeOpened} closed before they were opened), lost ${lost}, stale ${stale}, doubled ${doubledTasks}`);
  const reconciled = Object.entries(checks.tasks.reconciled).map(([settlement, number]) => `${settlement} ${number}`).join(', ');
  line(`          completions settled afterwards with the engine (the service had stopped or failed on the way): ${reconciled || 'none'}`);
  const mails = checks.effects.mails;
  const doubledMails = count('mails doubled in the outbox', mails.doubled);
  const unsent = count('mails not sent', mails.unsent);
  const neverDelivered = count('mails sent but not received', mails.neverDelivered);
  line(`Mail      in the outbox ${mails.total}, doubled ${doubledMails}, unsent ${unsent}, marked sent but never received ${neverDelivered}; received twice by the SMTP server ${mails.deliveredTwice} (a copy after a crash between sending and marking: same Message-ID)`);
  const bookings = checks.effects.bookings;
  const doubledBookings = count('bookings doubled', bookings.doubled);
  const missingBookings = count('bookings missing', bookings.missing);
  line(`Bookings  ${bookings.total}, doubled ${doubledBookings}, missing ${missingBookings}`);
  const documents = checks.effects.documents;
  const doubledDocuments = count('documents doubled', documents.doubled);
  const missingDocuments = count('documents missing', documents.missing);
  line(`Documents reports ${documents.reports}, Raad investigation requests ${documents.vto}, doubled ${doubledDocuments}, missing ${missingDocuments}`);
  const otherDoubled = count('deadlines, decisions or feedback rounds doubled', [...checks.effects.deadlinesDoubled, ...checks.effects.decisionsDoubled, ...checks.effects.feedbackRoundsDoubled]);
  line(`Records   deadlines, decisions and feedback rounds doubled: ${otherDoubled}`);
  const steps = checks.effects.steps;
  const orphans = count('effects of steps the engine did not complete', steps.effectsWithoutStep);
  const missingEffects = count('steps completed without their effect', steps.stepsWithoutEffect);
  line(`Steps     worker effects ${steps.total}; effects without a completed step ${orphans}; completed steps without their effect ${missingEffects}; steps cancelled by their process after their effect ${steps.cancelledAfterEffect.length}${steps.cancelledAfterEffect.length ? ` (${[...new Set(steps.cancelledAfterEffect.map((item) => item.what.split(':')[0]))].join(', ')})` : ''}`);
  const openEscalations = count('escalations left open on closed cases', checks.escalationsOpen);
  line(`Escalations left open on closed cases ${openEscalations}`);
  const incidents = count('open incidents', checks.incidents);
  line(`Incidents open ${incidents}`);
  const refused = ledger.refused.map((entry) => ({ caseNumber: '?', what: `${entry.taskType}: ${entry.status} ${JSON.stringify(entry.body).slice(0, 200)}` }));
  count('forms the service refused', refused);
  if (ledger.unexpectedTaskTypes.size > 0) line(`Note      task types the run answered with the form's defaults: ${[...ledger.unexpectedTaskTypes].join(', ')}`);

  const found = problems.filter(([, findings]) => findings.length > 0);
  line();
  if (found.length === 0) line('RESULT: every case finished; no task lost or doubled; every effect exactly once.');
  for (const [label, findings] of found) {
    line(`PROBLEM: ${findings.length} ${label}`);
    for (const item of findings.slice(0, DETAILS)) line(`  ${item.caseNumber}: ${item.what}`);
    if (findings.length > DETAILS) line(`  … and ${findings.length - DETAILS} more`);
  }
  process.stdout.write(`${out.join('\n')}\n`);
  return found.reduce((sum, [, findings]) => sum + findings.length, 0);
}
