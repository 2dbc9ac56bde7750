import { ParsedMail } from 'mailparser';
import { Pool } from 'pg';

/** A finding with the case it is about, for the report's detail lines. */
export interface Finding {
  caseNumber: string;
  what: string;
}

/** What the run checked after the faults, over every case it filed. */
export interface ChaosChecks {
  cases: { closed: number; filed: number; filedTwice: number; unfinished: Finding[] };
  effects: {
    bookings: { doubled: Finding[]; missing: Finding[]; total: number };
    deadlinesDoubled: Finding[];
    decisionsDoubled: Finding[];
    documents: { doubled: Finding[]; missing: Finding[]; reports: number; vto: number };
    feedbackRoundsDoubled: Finding[];
    mails: { deliveredTwice: number; doubled: Finding[]; neverDelivered: Finding[]; total: number; unsent: Finding[] };
    /** Effects (job_effect) whose step the engine did not complete, and completed steps of such elements without an effect. */
    steps: { cancelledAfterEffect: Finding[]; effectsWithoutStep: Finding[]; stepsWithoutEffect: Finding[]; total: number };
  };
  /** Waiting-time escalations still open on a finished case: every way out of planning books a meeting, which resolves them. */
  escalationsOpen: Finding[];
  incidents: Finding[];
  processes: { doubled: Finding[]; withoutProcess: Finding[] };
  tasks: {
    completedTwice: Finding[];
    doubled: Finding[];
    engine: number;
    lost: Finding[];
    /** Completions the task list had committed and the engine never confirmed, settled by the service's reconciliation, per settlement. */
    reconciled: Record<string, number>;
    stale: Finding[];
  };
}

/** User tasks the models lead back to, and the elements (in the same instance) whose passing does so. */
const LOOP_BACKS: Record<string, string[]> = {
  // bpmn/jbt-planning.bpmn: the booking found the slot taken, so a slot is proposed and confirmed anew.
  UserTask_PlanMeeting: ['BoundaryEvent_SlotTaken'],
};

/** User tasks the models reach once per passing of another element, however often that happens in one instance. */
const ONCE_PER_PASSING: Record<string, string> = {
  // bpmn/jbt-planning.bpmn: every escalation to the municipal contact (the early warning, the norm
  // passed, no free slot) passes this merge on its way to "Wachttijd oplossen"; an open planning task
  // can meet the early warning and the norm both.
  UserTask_ResolveWaitingTime: 'Gateway_ResolveMerge',
};

interface CaseRow {
  case_number: string;
  family_situation: string | null;
  id: string;
  process_instance_key: string | null;
  status: string;
}

/**
 * The run's verdict, read from the case record and the engine's own tables after the faults: every
 * case finished (or where it stands), each task of the engine in the task list exactly while it is
 * open, each effect once (mail in the outbox and at the SMTP server, booking, document, deadline),
 * and every step that has an effect with exactly one.
 */
export async function checkRun(caseDb: Pool, engineDb: Pool, regionIds: string[], mails: readonly ParsedMail[]): Promise<ChaosChecks> {
  const cases = (await caseDb.query<CaseRow>(
    `SELECT c.id::text, c.case_number, c.status::text, c.process_instance_key, r.family_situation
       FROM jbt_case c LEFT JOIN referral r ON r.case_id = c.id WHERE c.region_id = ANY($1::uuid[]) ORDER BY c.case_number`,
    [regionIds],
  )).rows;
  const caseIds = cases.map((row) => row.id);
  const numberOf = new Map(cases.map((row) => [row.id, row.case_number]));
  const finding = (caseId: string | null, what: string): Finding => ({ caseNumber: (caseId && numberOf.get(caseId)) || '?', what });

  // Processes: one root instance per case, started under the case's id.
  const roots = (await engineDb.query<{ case_id: string; id: string; state: string }>(
    `SELECT business_key_ AS case_id, id_ AS id, state_ AS state FROM act_hi_procinst WHERE business_key_ = ANY($1) AND super_process_instance_id_ IS NULL`,
    [caseIds],
  )).rows;
  const rootsOf = groupBy(roots, (row) => row.case_id);
  const rootIds = roots.map((row) => row.id);
  const caseOfRoot = new Map(roots.map((row) => [row.id, row.case_id]));
  const processes = {
    doubled: [...rootsOf].filter(([, list]) => list.length > 1).map(([caseId, list]) => finding(caseId, `${list.length} processes: ${list.map((row) => `${row.id} (${row.state})`).join(', ')}`)),
    withoutProcess: cases.filter((row) => !row.process_instance_key && row.status !== 'WITHDRAWN').map((row) => finding(row.id, 'no process instance key')),
  };
  const instances = (await engineDb.query<{ id: string; root: string }>(`SELECT id_ AS id, root_proc_inst_id_ AS root FROM act_hi_procinst WHERE root_proc_inst_id_ = ANY($1)`, [rootIds])).rows;
  const instanceIds = instances.map((row) => row.id);
  const caseOfInstance = new Map(instances.map((row) => [row.id, caseOfRoot.get(row.root) ?? null]));

  // Cases: closed (the root instance completed and the case record says so), or where they stand.
  const completedRoot = new Set(roots.filter((row) => row.state === 'COMPLETED').map((row) => row.case_id));
  const active = (await engineDb.query<{ act_id: string; root: string }>(
    `SELECT act_id_ AS act_id, root_proc_inst_id_ AS root FROM act_hi_actinst WHERE root_proc_inst_id_ = ANY($1) AND end_time_ IS NULL AND act_type_ NOT IN ('subProcess', 'callActivity', 'multiInstanceBody')`,
    [rootIds],
  )).rows;
  const waitingAt = groupBy(active, (row) => caseOfRoot.get(row.root) ?? '');
  const incidentRows = (await engineDb.query<{ activity: string; message: string; process: string }>(
    `SELECT activity_id_ AS activity, incident_msg_ AS message, proc_inst_id_ AS process FROM act_ru_incident WHERE proc_inst_id_ = ANY($1)`,
    [instanceIds],
  )).rows;
  const unfinished = cases
    .filter((row) => !(row.status === 'CLOSED' && completedRoot.has(row.id)))
    .map((row) => finding(row.id, `status ${row.status}; waits at ${(waitingAt.get(row.id) ?? []).map((entry) => entry.act_id).join(', ') || '(no process step)'}`));
  const markers = groupBy(cases.filter((row) => row.family_situation), (row) => row.family_situation!.split(':')[0]);

  // Tasks: the engine's user tasks against the task list (user_task).
  const engineTasks = (await engineDb.query<{ def: string; deleted: string | null; ended: boolean; id: string; process: string }>(
    `SELECT id_ AS id, proc_inst_id_ AS process, task_def_key_ AS def, end_time_ IS NOT NULL AS ended, delete_reason_ AS deleted FROM act_hi_taskinst WHERE proc_inst_id_ = ANY($1)`,
    [instanceIds],
  )).rows;
  const openInEngine = new Set((await engineDb.query<{ id: string }>(`SELECT id_ AS id FROM act_ru_task WHERE proc_inst_id_ = ANY($1)`, [instanceIds])).rows.map((row) => row.id));
  const listed = new Map((await caseDb.query<{ engine_key: string; id: string; state: string }>(
    `SELECT id::text, engine_key, state::text FROM user_task WHERE engine_key = ANY($1) OR case_id = ANY($2::uuid[])`,
    [engineTasks.map((row) => row.id), caseIds],
  )).rows.map((row) => [row.engine_key, row]));
  const taskCase = (task: { process: string }) => caseOfInstance.get(task.process) ?? null;
  const lost = engineTasks
    .filter((task) => openInEngine.has(task.id) ? listed.get(task.id)?.state !== 'OPEN' : !listed.has(task.id))
    .map((task) => finding(taskCase(task), `${task.def} (${task.id}) ${openInEngine.has(task.id) ? `open in the engine, ${listed.get(task.id)?.state ?? 'missing'} in the task list` : 'never in the task list'}`));
  const engineIds = new Set(engineTasks.map((task) => task.id));
  const stale = [...listed.values()]
    .filter((row) => row.state === 'OPEN' && !openInEngine.has(row.engine_key))
    .map((row) => finding(taskCase(engineTasks.find((task) => task.id === row.engine_key) ?? { process: '' }), `task ${row.id} open in the task list, ${engineIds.has(row.engine_key) ? 'ended' : 'unknown'} in the engine`));
  const completedByElement = groupBy(engineTasks.filter((task) => task.ended && task.deleted === 'completed'), (task) => `${task.process} ${task.def}`);
  // A task the model itself leads back to is done once more per time the way back was taken, as the
  // engine's history records it: planning proposes a slot anew when the booking found it taken.
  const loopBacks = new Map((await engineDb.query<{ count: string; def: string; process: string }>(
    `SELECT proc_inst_id_ AS process, act_id_ AS def, count(*) FROM act_hi_actinst WHERE proc_inst_id_ = ANY($1) AND act_id_ = ANY($2) GROUP BY 1, 2`,
    [instanceIds, [...Object.values(LOOP_BACKS).flat(), ...Object.values(ONCE_PER_PASSING)]],
  )).rows.map((row) => [`${row.process} ${row.def}`, Number(row.count)]));
  const passings = (task: { process: string }, element: string) => loopBacks.get(`${task.process} ${element}`) ?? 0;
  const allowed = (task: { def: string; process: string }) =>
    task.def in ONCE_PER_PASSING ? passings(task, ONCE_PER_PASSING[task.def]) : 1 + (LOOP_BACKS[task.def] ?? []).reduce((sum, element) => sum + passings(task, element), 0);
  const doubledTasks = [...completedByElement.values()]
    .filter((list) => list.length > allowed(list[0]))
    .map((list) => finding(taskCase(list[0]), `${list[0].def} completed ${list.length} times in one instance, where the model allows ${allowed(list[0])}`));
  const completedTwice = (await caseDb.query<{ case_id: string | null; count: string; element_id: string }>(
    `SELECT t.case_id::text, t.element_id, count(*) FROM user_task_event e JOIN user_task t ON t.id = e.task_id
      WHERE e.kind = 'COMPLETED' AND t.case_id = ANY($1::uuid[]) GROUP BY t.id HAVING count(*) > 1`,
    [caseIds],
  )).rows.map((row) => finding(row.case_id, `${row.element_id} completed ${row.count} times in the task list`));
  const reconciled = Object.fromEntries((await caseDb.query<{ count: string; settlement: string }>(
    `SELECT a.details->>'reconciled' AS settlement, count(*) FROM audit_event a
      WHERE a.actor_id = 'system:completion-reconciler' AND a.case_id = ANY($1::uuid[]) GROUP BY 1`,
    [caseIds],
  )).rows.map((row) => [row.settlement, Number(row.count)]));

  // Mail: one outbox message per case, purpose, recipients and letter; each sent, and received by the
  // SMTP server. A parent may get two invitations for one meeting, their own and their child's letter
  // (src/notifications/invitation.service.ts): two letters, not one doubled, so the letter is in the key.
  const outbox = (await caseDb.query<{ case_id: string; id: string; letter: string; purpose: string; recipients: string; status: string }>(
    `SELECT id::text, case_id::text, purpose, array_to_string(ARRAY(SELECT unnest("to") ORDER BY 1), ',') AS recipients, md5(subject || body_text) AS letter, status::text
       FROM outbox_message WHERE case_id = ANY($1::uuid[])`,
    [caseIds],
  )).rows;
  const deliveries = new Map<string, number>();
  for (const mail of mails) {
    const id = String(mail.headers.get('x-jbt-outbox-id') ?? '');
    if (id) deliveries.set(id, (deliveries.get(id) ?? 0) + 1);
  }
  const mailGroups = groupBy(outbox, (row) => `${row.case_id} ${row.purpose} ${row.recipients} ${row.letter}`);
  // An escalation notice goes to each contact once per escalation, and a casus may be escalated more
  // than once with the same words: a planning task made anew after the contact's answer, when the
  // planning deadline has already passed, escalates again (bpmn/jbt-planning.bpmn,
  // BoundaryEvent_PlanningDeadlinePassed). So equal notices are doubled only beyond the casus's escalations.
  const escalationsPerCase = new Map((await caseDb.query<{ case_id: string; count: string }>(
    `SELECT case_id::text, count(*) AS count FROM escalation WHERE case_id = ANY($1::uuid[]) AND notified_at IS NOT NULL GROUP BY case_id`,
    [caseIds],
  )).rows.map((row) => [row.case_id, Number(row.count)]));
  const allowedCopies = (row: { case_id: string; purpose: string }) => (row.purpose === 'ESCALATION_NOTICE' ? Math.max(1, escalationsPerCase.get(row.case_id) ?? 0) : 1);
  const mailChecks = {
    deliveredTwice: [...deliveries.values()].reduce((extra, count) => extra + Math.max(0, count - 1), 0),
    doubled: [...mailGroups.values()].filter((list) => list.length > allowedCopies(list[0])).map((list) => finding(list[0].case_id, `${list.length} × ${list[0].purpose} to ${list[0].recipients}`)),
    neverDelivered: outbox.filter((row) => row.status === 'SENT' && !deliveries.has(row.id)).map((row) => finding(row.case_id, `${row.purpose} to ${row.recipients} marked sent, never received`)),
    total: outbox.length,
    unsent: outbox.filter((row) => row.status !== 'SENT').map((row) => finding(row.case_id, `${row.purpose} to ${row.recipients}: ${row.status}`)),
  };

  // Bookings, documents, deadlines, decisions, feedback rounds.
  const perCase = (await caseDb.query<{ decisions: string; feedback_rounds: string; id: string; meetings: string; reports: string; status: string; vto: string; vto_documents: string }>(
    `SELECT c.id::text, c.status::text,
            (SELECT count(*) FROM meeting m WHERE m.case_id = c.id AND m.cancelled_at IS NULL) AS meetings,
            (SELECT count(*) FROM decision d WHERE d.case_id = c.id) AS decisions,
            (SELECT count(*) FROM report r WHERE r.case_id = c.id) AS reports,
            (SELECT count(*) FROM raad_investigation_request v WHERE v.case_id = c.id) AS vto,
            (SELECT count(*) FROM raad_investigation_request v WHERE v.case_id = c.id AND v.document_pdf IS NOT NULL) AS vto_documents,
            (SELECT count(*) FROM feedback_round f WHERE f.case_id = c.id) AS feedback_rounds
       FROM jbt_case c WHERE c.id = ANY($1::uuid[])`,
    [caseIds],
  )).rows;
  const versions = (await caseDb.query<{ case_id: string; drafts: string; without_pdf: string }>(
    `SELECT r.case_id::text, count(*) FILTER (WHERE v.origin = 'DRAFT') AS drafts, count(*) FILTER (WHERE v.pdf IS NULL AND v.pdf_file_ref IS NULL) AS without_pdf
       FROM report r JOIN report_version v ON v.report_id = r.id WHERE r.case_id = ANY($1::uuid[]) GROUP BY r.id, r.case_id`,
    [caseIds],
  )).rows;
  const closed = new Set(cases.filter((row) => row.status === 'CLOSED').map((row) => row.id));
  const deadlinesDoubled = (await caseDb.query<{ case_id: string; count: string; kind: string }>(
    `SELECT case_id::text, kind::text, count(*) FROM deadline WHERE case_id = ANY($1::uuid[]) AND cancelled_at IS NULL GROUP BY case_id, kind HAVING count(*) > 1`,
    [caseIds],
  )).rows.map((row) => finding(row.case_id, `${row.count} × deadline ${row.kind}`));

  // Steps and their effects: every effect (job_effect) belongs to a step the engine completed, and
  // every completed step of an element that has effects has exactly one.
  const effects = (await caseDb.query<{ case_id: string | null; element_instance_key: string; task_type: string }>(
    `SELECT case_id::text, element_instance_key, task_type FROM job_effect WHERE case_id = ANY($1::uuid[]) OR process_instance_key = ANY($2)`,
    [caseIds, instanceIds],
  )).rows;
  // act_inst_state_ 2 is the engine's CANCELED: the step ended without completing (a boundary event,
  // or an end event that terminates its instance, as the planning's does once the meeting is booked).
  const steps = (await engineDb.query<{ act_id: string; cancelled: boolean; completed: boolean; id: string; process: string }>(
    `SELECT id_ AS id, act_id_ AS act_id, proc_inst_id_ AS process, (end_time_ IS NOT NULL AND act_inst_state_ IS DISTINCT FROM 2) AS completed,
            (end_time_ IS NOT NULL AND act_inst_state_ = 2) AS cancelled
       FROM act_hi_actinst WHERE root_proc_inst_id_ = ANY($1) AND act_type_ = 'serviceTask'`,
    [rootIds],
  )).rows;
  const stepById = new Map(steps.map((step) => [step.id, step]));
  const effectKeys = new Set(effects.map((effect) => effect.element_instance_key));
  const effectElements = new Set(effects.flatMap((effect) => (stepById.has(effect.element_instance_key) ? [stepById.get(effect.element_instance_key)!.act_id] : [])));
  // A step its process cancelled while its worker was doing the effect (jobs run beside the rest of the
  // process: jbt.escalation.notify is raised by a non-interrupting timer beside the planning task, and
  // the booking terminates the planning) keeps that effect, once: a mail cannot be taken back, and the
  // job_effect row keeps it single. Such effects are counted, not held against the run; what they must
  // not leave behind is checked on its own (escalationsOpen below). Any other effect without a
  // completed step (unknown to the engine, or a step still running on a finished case) is a finding.
  const cancelledAfterEffect = effects.filter((effect) => stepById.get(effect.element_instance_key)?.cancelled);
  const stepChecks = {
    cancelledAfterEffect: cancelledAfterEffect.map((effect) => finding(effect.case_id, `${effect.task_type}: its step was cancelled by its process after the effect`)),
    effectsWithoutStep: effects
      .filter((effect) => !stepById.get(effect.element_instance_key)?.completed && !stepById.get(effect.element_instance_key)?.cancelled)
      .map((effect) => finding(effect.case_id, `${effect.task_type}: effect of a step the engine ${stepById.has(effect.element_instance_key) ? 'did not complete' : 'does not know'}`)),
    stepsWithoutEffect: steps.filter((step) => step.completed && effectElements.has(step.act_id) && !effectKeys.has(step.id)).map((step) => finding(caseOfInstance.get(step.process) ?? null, `${step.act_id} completed without its effect`)),
    total: effects.length,
  };

  const escalationsOpen = (await caseDb.query<{ case_id: string; reason: string }>(
    `SELECT e.case_id::text, e.reason::text FROM escalation e JOIN jbt_case c ON c.id = e.case_id
      WHERE e.case_id = ANY($1::uuid[]) AND c.status = 'CLOSED' AND e.resolved_at IS NULL`,
    [caseIds],
  )).rows.map((row) => finding(row.case_id, `escalation ${row.reason} still open on the closed case`));

  return {
    cases: { closed: closed.size, filed: cases.length, filedTwice: [...markers.values()].filter((list) => list.length > 1).length, unfinished },
    effects: {
      bookings: {
        doubled: perCase.filter((row) => Number(row.meetings) > 1).map((row) => finding(row.id, `${row.meetings} meetings booked`)),
        missing: perCase.filter((row) => closed.has(row.id) && Number(row.meetings) === 0).map((row) => finding(row.id, 'closed without a meeting')),
        total: perCase.reduce((sum, row) => sum + Number(row.meetings), 0),
      },
      deadlinesDoubled,
      decisionsDoubled: perCase.filter((row) => Number(row.decisions) > 1).map((row) => finding(row.id, `${row.decisions} decisions`)),
      documents: {
        doubled: [
          ...perCase.filter((row) => Number(row.reports) > 1).map((row) => finding(row.id, `${row.reports} reports`)),
          ...versions.filter((row) => Number(row.drafts) > 1).map((row) => finding(row.case_id, `${row.drafts} drafts of one report`)),
          ...perCase.filter((row) => Number(row.vto) > 1).map((row) => finding(row.id, `${row.vto} Raad investigation requests`)),
        ],
        missing: [
          ...perCase.filter((row) => closed.has(row.id) && Number(row.reports) === 0).map((row) => finding(row.id, 'closed without a report')),
          ...versions.filter((row) => Number(row.without_pdf) > 0).map((row) => finding(row.case_id, 'a report version without its PDF')),
          ...perCase.filter((row) => Number(row.vto) > Number(row.vto_documents)).map((row) => finding(row.id, 'a Raad investigation request without its document')),
        ],
        reports: versions.length,
        vto: perCase.reduce((sum, row) => sum + Number(row.vto), 0),
      },
      feedbackRoundsDoubled: perCase.filter((row) => Number(row.feedback_rounds) > 1).map((row) => finding(row.id, `${row.feedback_rounds} feedback rounds`)),
      mails: mailChecks,
      steps: stepChecks,
    },
    escalationsOpen,
    incidents: incidentRows.map((row) => finding(caseOfInstance.get(row.process) ?? null, `incident at ${row.activity}: ${row.message}`)),
    processes,
    tasks: { completedTwice, doubled: doubledTasks, engine: engineTasks.length, lost, reconciled, stale },
  };
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}
