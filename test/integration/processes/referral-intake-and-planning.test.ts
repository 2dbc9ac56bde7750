import { randomUUID } from 'node:crypto';
import { EscalationResolution, MessageName, MissingInfo, TaskType, UserTask } from '../../../src/engine/process-catalog';
import { HOLD } from './support/case-run';
import { path, standardReferralPaths, STANDARD } from './support/paths';
import { at, defaultTaskAnswer } from './support/stand-ins';
import { scenarioSuite } from './support/scenario-suite';

/** Process tests on the real bpmn/ models: a referral's intake and its planning under the norm (issue 3). */
describe('A referral from intake to a planned meeting, on the engine', () => {
  const suite = scenarioSuite();

  it('asks the referrer for the missing safety plan, reminds them, and checks the request again once it is supplied', async () => {
    // Given a referral without a safety plan in a region whose GI is on call, and a chair whose first draft report is sent back
    const run = await suite.driver.startCase('jbt-referral', {
      start: { giFixedMember: false },
      tasks: {
        [UserTask.CheckReferral.elementId]: (context) =>
          context.n === 1 ? { ...defaultTaskAnswer(UserTask.CheckReferral.elementId, context), missingInfo: [MissingInfo.SAFETY_PLAN], safetyPlanComplete: false } : undefined,
        [UserTask.ApproveReport.elementId]: ({ n }) => ({ reportApproved: n > 1 }),
      },
    });

    // When no answer comes before the reminder date, and the referrer then supplies the information
    await run.driveUntil(() => run.jobCount(TaskType.InfoRemind) === 1, 'the reminder to the referrer');
    await run.publish(MessageName.InformationSupplied, run.caseId);
    await run.driveToEnd();

    // Then the chair checked twice, the second time complete, and the case went on to the meeting and its end
    expect(await run.paths()).toEqual({
      ...standardReferralPaths(),
      'jbt-intake': [path(
        'StartEvent_IntakeStarted → Gateway_CheckMerge → UserTask_CheckReferral → Gateway_ReferralComplete → Task_RequestMissingInfo → ReceiveTask_AwaitInfo → BoundaryEvent_InfoReminderDue → Task_RemindReferrer → EndEvent_ReferrerReminded → Gateway_CheckMerge → UserTask_CheckReferral → Gateway_ReferralComplete → EndEvent_ReferralComplete',
      )],
      'jbt-preparation': [path(
        'StartEvent_PreparationStarted → Task_ComputeMeetingDeadlines → Gateway_GiFixedMember → UserTask_DecideGiOnCall → Gateway_GiMerge → UserTask_ConfirmParticipants → Task_SendInvitations → Task_SendFamilyPageLinks → UserTask_HearChild → EndEvent_Prepared',
      )],
      'jbt-report': [path(
        'StartEvent_ReportStarted → Gateway_DraftMerge → Task_DraftReport → UserTask_ApproveReport → Gateway_ReportApproved → Gateway_DraftMerge → Task_DraftReport → UserTask_ApproveReport → Gateway_ReportApproved → Task_SendReport → Gateway_ReactionPeriodSplit → TimerEvent_ReactionPeriodEnds → TimerEvent_ReactionReminderDue → Task_RemindReaction → Gateway_ReactionPeriodJoin → EndEvent_ReportFinal',
      )],
    });
    expect(run.jobs.find((job) => job.type === TaskType.InfoRequest)?.variables.missingInfo).toEqual([MissingInfo.SAFETY_PLAN]);
    expect(run.jobs.find((job) => job.type === TaskType.InvitationsSend)?.variables.includeGi).toBe(true);
  });

  it('plans the meeting within the norm at the slot the secretary confirms', async () => {
    // Given a referral whose table has a free slot within the two-week norm
    const run = await suite.driver.startCase('jbt-referral');

    // When everyone does their part
    await run.driveToEnd();

    // Then every process took its standard path and the meeting was planned within the norm
    expect(await run.paths()).toEqual(standardReferralPaths());
    expect(await run.variables()).toMatchObject({ planningEscalated: false, plannedWithinNorm: true });
  });

  it('escalates to the municipal contact when the first slot lies beyond the norm, and plans at a neighbouring table', async () => {
    // Given a table whose first free slot is 20 days away, and neighbouring tables that have room only at the second search
    const neighbourTableId = randomUUID();
    const run = await suite.driver.startCase('jbt-referral', {
      jobs: {
        [TaskType.SlotPropose]: ({ n, now, variables }) => {
          if (variables.slotScope === 'OWN_TABLE') return { complete: { proposedSlotAt: at(now, 20), proposedSlotId: randomUUID(), proposedTableId: String(variables.tableId), slotWithinNorm: false } };
          if (n === 2) return { error: 'NO_SLOT_AVAILABLE', message: 'No neighbouring table has room within the horizon' };
          return { complete: { proposedSlotAt: at(now, 8), proposedSlotId: randomUUID(), proposedTableId: neighbourTableId, slotWithinNorm: true } };
        },
      },
      tasks: { [UserTask.ResolveWaitingTime.elementId]: () => ({ escalationResolution: EscalationResolution.PLAN_AT_NEIGHBOUR_TABLE }) },
    });

    // When the municipal contact chooses a neighbouring table, twice
    await run.driveToEnd();

    // Then the escalation was a task of the municipal contact, and the meeting was booked at the neighbouring table
    expect((await run.paths())['jbt-planning']).toEqual([path(
      'StartEvent_PlanningStarted → Task_ComputeNormWarning → Gateway_ProposeMerge → Task_ProposeSlot → Gateway_SlotWithinNorm → Gateway_EscalateMerge → Event_PlanningNormExceeded → Task_NotifyMunicipalContact → Gateway_ResolveMerge → UserTask_ResolveWaitingTime → Gateway_Resolution → Task_ProposeNeighbourSlot → BoundaryEvent_NoNeighbourSlot → Gateway_ResolveMerge → UserTask_ResolveWaitingTime → Gateway_Resolution → Task_ProposeNeighbourSlot → Gateway_BookMerge → Task_BookSlot → EndEvent_MeetingPlanned',
    )]);
    expect(run.jobs.find((job) => job.type === TaskType.EscalationNotify)?.variables.escalationReason).toBe('FIRST_SLOT_BEYOND_NORM');
    expect(await run.variables()).toMatchObject({ meetingTableId: neighbourTableId, planningEscalated: true, plannedWithinNorm: true });
    expect((await run.paths())['jbt-referral']).toEqual([[...STANDARD.referral]]);
  });

  it('warns the municipal contact at the early moment, and escalates again by the timer when nothing is planned by the deadline', async () => {
    // Given a secretary who does not plan the slot proposed within the norm, and a municipal contact
    // who first leaves the planning to the table and, once the norm has passed, accepts the first free slot
    const run = await suite.driver.startCase('jbt-referral', {
      tasks: {
        [UserTask.PlanMeeting.elementId]: () => HOLD,
        [UserTask.ResolveWaitingTime.elementId]: ({ n }) => ({
          escalationResolution: n === 1 ? EscalationResolution.LEAVE_TO_TABLE_PLANNER : EscalationResolution.ACCEPT_FIRST_FREE_SLOT,
        }),
      },
    });

    // When the early moment comes, and later the planning deadline passes
    await run.driveToEnd();

    // Then the early warning escalated while the secretary's task stayed open, the contact left it to the
    // table, the deadline escalated again, the first free slot was searched afresh (the proposal within the
    // norm has passed by then) and booked, and the booking ended the secretary's task
    expect((await run.paths())['jbt-planning']).toEqual([path(
      'StartEvent_PlanningStarted → Task_ComputeNormWarning → Gateway_ProposeMerge → Task_ProposeSlot → Gateway_SlotWithinNorm → UserTask_PlanMeeting → BoundaryEvent_NormAtRisk → Gateway_ContactInvolved → Event_NormAtRisk → Gateway_EscalateMerge → Event_PlanningNormExceeded → Task_NotifyMunicipalContact → Gateway_ResolveMerge → UserTask_ResolveWaitingTime → Gateway_Resolution → Gateway_OwnTable → EndEvent_LeftToTablePlanner → BoundaryEvent_PlanningDeadlinePassed → Gateway_EscalateMerge → Event_PlanningNormExceeded → Task_NotifyMunicipalContact → Gateway_ResolveMerge → UserTask_ResolveWaitingTime → Gateway_Resolution → Gateway_OwnTable → Task_ProposeFirstFreeSlot → Gateway_BookMerge → Task_BookSlot → EndEvent_MeetingPlanned',
    )]);
    expect(run.jobs.filter((job) => job.type === TaskType.EscalationNotify).map((job) => job.variables.escalationReason)).toEqual(['NORM_AT_RISK', 'NOT_PLANNED_BY_DEADLINE']);
    // The early moment the model waited for is the one the deadline worker computed when the planning started
    const [warning] = run.outputsOf(TaskType.DeadlineCompute).filter((outputs) => 'planningWarningAt' in outputs && !('planningDeadlineAt' in outputs));
    const fired = await suite.subject.history.searchElementInstances({ elementId: 'BoundaryEvent_NormAtRisk', processInstanceKeys: await run.instanceKeys() });
    expect(fired).toHaveLength(1);
    expect(Date.parse(fired[0].startDate)).toBeGreaterThanOrEqual(Date.parse(String(warning.planningWarningAt)));
    const [withinNorm, firstFree] = run.outputsOf(TaskType.SlotPropose);
    expect(withinNorm.slotWithinNorm).toBe(true);
    expect(run.jobs.find((job) => job.type === TaskType.SlotBook)?.variables.proposedSlotId).toBe(firstFree.proposedSlotId);
    const planMeeting = await suite.subject.history.searchElementInstances({ elementId: UserTask.PlanMeeting.elementId, processInstanceKeys: await run.instanceKeys() });
    expect(planMeeting.map((element) => element.state)).toEqual(['TERMINATED']);
    expect(await run.variables()).toMatchObject({ planningEscalated: true, plannedWithinNorm: false });
    expect((await run.paths())['jbt-referral']).toEqual([[...STANDARD.referral]]);
  });

  it('leaves the planning to the table when the municipal contact says so at the early moment, and the secretary then plans within the norm', async () => {
    // Given a secretary who plans only after the municipal contact has left it to the table
    const run = await suite.driver.startCase('jbt-referral', {
      tasks: {
        [UserTask.PlanMeeting.elementId]: ({ now }) => (run.tasks.some((task) => task.elementId === UserTask.ResolveWaitingTime.elementId)
          ? { proposedSlotAt: at(now, 8), proposedSlotId: randomUUID(), proposedTableId: String(run.start.tableId), slotBeyondNormChosen: false }
          : HOLD),
        [UserTask.ResolveWaitingTime.elementId]: () => ({ escalationResolution: EscalationResolution.LEAVE_TO_TABLE_PLANNER }),
      },
    });

    // When the early moment comes and the contact leaves it to the table planner
    await run.driveToEnd();

    // Then the escalation branch ended and the secretary's own task booked the meeting, still within the norm
    expect((await run.paths())['jbt-planning']).toEqual([path(
      'StartEvent_PlanningStarted → Task_ComputeNormWarning → Gateway_ProposeMerge → Task_ProposeSlot → Gateway_SlotWithinNorm → UserTask_PlanMeeting → BoundaryEvent_NormAtRisk → Gateway_ContactInvolved → Event_NormAtRisk → Gateway_EscalateMerge → Event_PlanningNormExceeded → Task_NotifyMunicipalContact → Gateway_ResolveMerge → UserTask_ResolveWaitingTime → Gateway_Resolution → Gateway_OwnTable → EndEvent_LeftToTablePlanner → Gateway_ChosenBeyondNorm → Gateway_BookMerge → Task_BookSlot → EndEvent_MeetingPlanned',
    )]);
    expect(await run.variables()).toMatchObject({ meetingAt: run.answerOf(UserTask.PlanMeeting.elementId).proposedSlotAt, planningEscalated: true, plannedWithinNorm: true });
  });

  it('escalates a slot the secretary chose beyond the norm while an earlier one was free, and books it once the municipal contact accepts it', async () => {
    // Given a secretary who chooses a slot 20 days away, beyond the 14-day norm, with a reason (the form's rule: an earlier slot is free)
    const chosenSlotId = randomUUID();
    const run = await suite.driver.startCase('jbt-referral', {
      tasks: {
        [UserTask.PlanMeeting.elementId]: ({ now }) => ({ proposedSlotAt: at(now, 20), proposedSlotId: chosenSlotId, proposedTableId: String(run.start.tableId), slotBeyondNormChosen: true }),
        [UserTask.ResolveWaitingTime.elementId]: () => ({ escalationResolution: EscalationResolution.ACCEPT_CHOSEN_SLOT }),
      },
    });

    // When the municipal contact accepts the chosen date
    await run.driveToEnd();

    // Then the choice went to the municipal contact as a norm breach, and the chosen slot was booked beyond the norm
    expect((await run.paths())['jbt-planning']).toEqual([path(
      'StartEvent_PlanningStarted → Task_ComputeNormWarning → Gateway_ProposeMerge → Task_ProposeSlot → Gateway_SlotWithinNorm → UserTask_PlanMeeting → Gateway_ChosenBeyondNorm → Event_SlotChosenBeyondNorm → Gateway_EscalateMerge → Event_PlanningNormExceeded → Task_NotifyMunicipalContact → Gateway_ResolveMerge → UserTask_ResolveWaitingTime → Gateway_Resolution → Gateway_OwnTable → Gateway_BookMerge → Task_BookSlot → EndEvent_MeetingPlanned',
    )]);
    expect(run.jobs.find((job) => job.type === TaskType.EscalationNotify)?.variables).toMatchObject({ escalationReason: 'SLOT_CHOSEN_BEYOND_NORM', proposedSlotAt: run.answerOf(UserTask.PlanMeeting.elementId).proposedSlotAt });
    expect(run.jobs.find((job) => job.type === TaskType.SlotBook)?.variables.proposedSlotId).toBe(chosenSlotId);
    expect(await run.variables()).toMatchObject({ planningEscalated: true, plannedWithinNorm: false });
  });

  it('does not warn early a second time when the municipal contact is already involved in the planning', async () => {
    // Given a table without a free slot at first, a contact who has room made, and a secretary who waits past the early moment
    let secretaryPlans = false;
    const run = await suite.driver.startCase('jbt-referral', {
      jobs: { [TaskType.SlotPropose]: ({ n }) => (n === 1 ? { error: 'NO_SLOT_AVAILABLE', message: 'No free slot within eight weeks' } : undefined) },
      tasks: {
        [UserTask.PlanMeeting.elementId]: () => (secretaryPlans ? { slotBeyondNormChosen: false } : HOLD),
        [UserTask.ResolveWaitingTime.elementId]: () => ({ escalationResolution: EscalationResolution.SEARCH_AGAIN }),
      },
    });

    // When the early moment comes while the secretary's task is open, and the secretary then plans
    await run.driveUntil((state) => state.completed('EndEvent_ContactAlreadyInvolved') === 1, 'the early moment');
    secretaryPlans = true;
    await run.driveToEnd();

    // Then the early moment ended quietly: the contact had one escalation only
    expect((await run.paths())['jbt-planning']).toEqual([path(
      'StartEvent_PlanningStarted → Task_ComputeNormWarning → Gateway_ProposeMerge → Task_ProposeSlot → BoundaryEvent_NoSlotAvailable → Gateway_EscalateMerge → Event_PlanningNormExceeded → Task_NotifyMunicipalContact → Gateway_ResolveMerge → UserTask_ResolveWaitingTime → Gateway_Resolution → Gateway_OwnTable → Gateway_ProposeMerge → Task_ProposeSlot → Gateway_SlotWithinNorm → UserTask_PlanMeeting → BoundaryEvent_NormAtRisk → Gateway_ContactInvolved → EndEvent_ContactAlreadyInvolved → Gateway_ChosenBeyondNorm → Gateway_BookMerge → Task_BookSlot → EndEvent_MeetingPlanned',
    )]);
    expect(run.jobCount(TaskType.EscalationNotify)).toBe(1);
  });

  it('escalates when no slot is free, searches again after room was made, and proposes again when the slot was taken meanwhile', async () => {
    // Given a table with no free slot at first, and a slot that another case books just before this one
    const run = await suite.driver.startCase('jbt-referral', {
      jobs: {
        [TaskType.SlotBook]: ({ n }) => (n === 1 ? { error: 'SLOT_TAKEN', message: 'The slot was booked by another case' } : undefined),
        [TaskType.SlotPropose]: ({ n }) => (n === 1 ? { error: 'NO_SLOT_AVAILABLE', message: 'No free slot within eight weeks' } : undefined),
      },
      tasks: { [UserTask.ResolveWaitingTime.elementId]: () => ({ escalationResolution: EscalationResolution.SEARCH_AGAIN }) },
    });

    // When the municipal contact has room made and asks to search again
    await run.driveToEnd();

    // Then planning proposed three times and booked the third slot
    expect((await run.paths())['jbt-planning']).toEqual([path(
      'StartEvent_PlanningStarted → Task_ComputeNormWarning → Gateway_ProposeMerge → Task_ProposeSlot → BoundaryEvent_NoSlotAvailable → Gateway_EscalateMerge → Event_PlanningNormExceeded → Task_NotifyMunicipalContact → Gateway_ResolveMerge → UserTask_ResolveWaitingTime → Gateway_Resolution → Gateway_OwnTable → Gateway_ProposeMerge → Task_ProposeSlot → Gateway_SlotWithinNorm → UserTask_PlanMeeting → Gateway_ChosenBeyondNorm → Gateway_BookMerge → Task_BookSlot → BoundaryEvent_SlotTaken → Gateway_ProposeMerge → Task_ProposeSlot → Gateway_SlotWithinNorm → UserTask_PlanMeeting → Gateway_ChosenBeyondNorm → Gateway_BookMerge → Task_BookSlot → EndEvent_MeetingPlanned',
    )]);
    expect(run.jobs.find((job) => job.type === TaskType.EscalationNotify)?.variables.escalationReason).toBe('NO_SLOT_AVAILABLE');
  });

  it('asks the municipal contact again when the first free slot they accepted is gone by the time it is searched', async () => {
    // Given a table whose first free slot is 20 days away, and whose slots are all taken for a moment after the contact accepts it
    const run = await suite.driver.startCase('jbt-referral', {
      jobs: {
        [TaskType.SlotPropose]: ({ n, now, variables }) => {
          if (n === 2) return { error: 'NO_SLOT_AVAILABLE', message: 'No free slot within eight weeks' };
          return { complete: { proposedSlotAt: at(now, 20), proposedSlotId: randomUUID(), proposedTableId: String(variables.tableId), slotWithinNorm: false } };
        },
      },
      tasks: { [UserTask.ResolveWaitingTime.elementId]: () => ({ escalationResolution: EscalationResolution.ACCEPT_FIRST_FREE_SLOT }) },
    });

    // When the contact accepts the first free slot twice
    await run.driveToEnd();

    // Then the contact got a new task after the empty search, and the second search was booked
    expect((await run.paths())['jbt-planning']).toEqual([path(
      'StartEvent_PlanningStarted → Task_ComputeNormWarning → Gateway_ProposeMerge → Task_ProposeSlot → Gateway_SlotWithinNorm → Gateway_EscalateMerge → Event_PlanningNormExceeded → Task_NotifyMunicipalContact → Gateway_ResolveMerge → UserTask_ResolveWaitingTime → Gateway_Resolution → Gateway_OwnTable → Task_ProposeFirstFreeSlot → BoundaryEvent_NoFirstFreeSlot → Gateway_ResolveMerge → UserTask_ResolveWaitingTime → Gateway_Resolution → Gateway_OwnTable → Task_ProposeFirstFreeSlot → Gateway_BookMerge → Task_BookSlot → EndEvent_MeetingPlanned',
    )]);
    expect(run.jobCount(TaskType.EscalationNotify)).toBe(1);
    expect(await run.variables()).toMatchObject({ planningEscalated: true, plannedWithinNorm: false });
  });
});
