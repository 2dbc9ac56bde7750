import { randomUUID } from 'node:crypto';
import { AuditCheckpointSigner } from '../../src/audit/chain/audit-checkpoint.signer';
import { GENESIS_HASH } from '../../src/audit/chain/audit-row-hash';
import { resolveAuditSecret } from '../../src/audit/chain/audit-secret';
import { Prisma, PrismaClient } from '../../src/generated/prisma/client';
import { harnessEnvironment } from '../support/test-environment';

/** The rows made for one model, by their primary key. */
export type RepresentativeRows = Partial<Record<Prisma.ModelName, Record<string, unknown>[]>>;

const at = (iso: string) => new Date(iso);
const day = (date: string) => new Date(`${date}T00:00:00Z`);
const bytes = Buffer.from('%PDF-1.4 representative');

/**
 * One representative row (or a few, where a check allows only some columns at once) of every model,
 * created through Prisma with every optional column filled, so that the drift test can read each
 * column back. A new model needs rows here, or the drift test says so.
 */
export async function createRowsOfEveryModel(prisma: PrismaClient): Promise<RepresentativeRows> {
  const tag = randomUUID().slice(0, 8);
  const rows: RepresentativeRows = {};
  const keep = <T extends Record<string, unknown>>(model: Prisma.ModelName, row: T): T => {
    (rows[model] ??= []).push(row);
    return row;
  };

  const region = keep('Region', await prisma.region.create({
    data: { agreementNotKeptBackToTable: true, chairModel: 'ROTATING_RAAD_MUNICIPALITY', childDocumentsMinAge: 12, childHeardMinAge: 12, code: `drift-${tag}`, familyPageChildMinAge: 12, giFixedMember: true, name: `Drift ${tag}`, normCountsWorkingDays: true, normDays: 10, normWarningWorkingDays: 4, otsReviewEnabled: false, reactionPeriodDays: 14, reportDueWorkingDays: 3, supportPersonsReceiveDocuments: false },
  }));
  const table = keep('Table', await prisma.table.create({ data: { active: true, code: `drift-${tag}-a`, location: 'Ergens', name: 'Drift A', regionId: region.id } }));
  const neighbour = await prisma.table.create({ data: { code: `drift-${tag}-b`, location: 'Elders', name: 'Drift B', regionId: region.id } });
  keep('TableSchedule', await prisma.tableSchedule.create({ data: { durationMinutes: 60, startTime: '09:30', tableId: table.id, validFrom: day('2026-01-01'), validUntil: day('2026-12-31'), weekday: 3 } }));
  const slot = keep('MeetingSlot', await prisma.meetingSlot.create({ data: { blocked: false, endsAt: at('2030-01-08T10:30:00Z'), startsAt: at('2030-01-08T09:30:00Z'), tableId: table.id } }));
  keep('NeighbouringTable', await prisma.neighbouringTable.create({ data: { neighbourId: neighbour.id, priority: 2, tableId: table.id } }));
  const municipality = keep('Municipality', await prisma.municipality.create({ data: { name: `Driftdorp ${tag}`, regionId: region.id, tableId: table.id } }));
  const organisation = keep('Organisation', await prisma.organisation.create({ data: { code: `drift-${tag}-org`, email: 'org@drift.example', kind: 'LOCAL_TEAM', municipalityId: municipality.id, name: 'Drift wijkteam', regionId: region.id } }));
  const user = keep('User', await prisma.user.create({
    data: { active: true, displayName: 'Drift Gebruiker', email: 'user@drift.example', externalSubject: `sub-${tag}`, lastLoginAt: at('2026-11-01T08:00:00Z'), passwordHash: 'scrypt$1$1$1$a$b', tokensValidAfter: at('2026-11-01T07:00:00Z'), username: `drift.${tag}` },
  }));
  keep('RoleMembership', await prisma.roleMembership.create({ data: { organisationId: organisation.id, regionId: region.id, role: 'LOCAL_TEAM', userId: user.id } }));
  const contact = keep('MunicipalContact', await prisma.municipalContact.create({ data: { email: 'contact@drift.example', municipalityId: municipality.id, name: 'Drift Contact', phone: '0123456789', userId: user.id } }));

  const kase = keep('Case', await prisma.case.create({
    data: {
      caseNumber: `JBT-2099-${String(parseInt(tag, 16) % 1_000_000).padStart(6, '0')}`, closedAt: at('2026-12-01T00:00:00Z'), closeReason: 'LEFT_TABLE', entryType: 'CONSULT', municipalityId: municipality.id,
      processInstanceKey: `drift-${tag}`, processStartAttemptedAt: at('2026-11-01T08:00:00Z'), processStartAttempts: 2, processStartError: 'Drift: engine unreachable', processStartNextAt: at('2026-11-01T08:00:05Z'), processStartedAt: at('2026-11-01T08:00:01Z'), referredAt: at('2026-11-01T08:00:00Z'),
      regionId: region.id, status: 'CLOSED', tableId: table.id, track: 'FIVE_TO_TWELVE', withdrawnAt: at('2026-11-20T00:00:00Z'),
    },
  }));
  const year = 3000 + (parseInt(tag, 16) % 5000);
  keep('CaseNumberCounter', await prisma.caseNumberCounter.create({ data: { lastValue: 7, year } }));
  const child = keep('Child', await prisma.child.create({ data: { birthDate: day('2013-05-04'), caseId: kase.id, familyName: 'Drift', givenName: 'Kind', hearingMode: 'SEPARATELY_BEFOREHAND', hearingNote: 'Vooraf gesproken' } }));
  const parent = keep('Parent', await prisma.parent.create({
    data: { caseId: kase.id, city: 'Driftdorp', email: 'ouder@drift.example', familyName: 'Drift', givenName: 'Ouder', hasParentalAuthority: true, phone: '0612345678', postalCode: '1234 AB', relation: 'GUARDIAN', street: 'Driftweg 1' },
  }));
  const supportPerson = keep('SupportPerson', await prisma.supportPerson.create({ data: { caseId: kase.id, email: 'steun@drift.example', name: 'Steun', phone: '0687654321', receivesDocuments: true, relationToFamily: 'buurvrouw', supports: 'CHILD' } }));
  keep('Referral', await prisma.referral.create({
    data: {
      caseId: kase.id, childVoice: 'stem', complete: true, completenessCheckedAt: at('2026-11-02T08:00:00Z'), coReferrerOrganisationId: organisation.id, familySituation: 'situatie', filedAt: at('2026-11-01T08:00:00Z'),
      helpSoFar: 'hulp', parentsCoWrote: true, parentsReadReferral: true, parentsView: 'visie', referrerId: user.id, referrerOrganisationId: organisation.id, safetyAgreements: 'afspraken',
      safetyNoAgreementsReason: 'reden', safetyStepsIfNotKept: 'stappen', withdrawalReason: 'ingetrokken', withdrawnAt: at('2026-11-20T00:00:00Z'), withdrawnById: user.id, worries: 'zorgen',
    },
  }));
  keep('InformationRequest', await prisma.informationRequest.create({
    data: { answer: 'antwoord', answeredAt: at('2026-11-03T08:00:00Z'), answeredById: user.id, caseId: kase.id, dueAt: at('2026-11-04T08:00:00Z'), question: 'vraag', remindedAt: at('2026-11-03T07:00:00Z'), requestedAt: at('2026-11-02T08:00:00Z'), requestedById: user.id, topics: ['SAFETY_PLAN'] },
  }));
  const professional = keep('Participant', await prisma.participant.create({ data: { caseId: kase.id, organisationId: organisation.id, removedAt: at('2026-11-25T00:00:00Z'), role: 'REFERRER', userId: user.id } }));
  keep('Participant', await prisma.participant.create({ data: { caseId: kase.id, parentId: parent.id, role: 'PARENT' } }));
  keep('Participant', await prisma.participant.create({ data: { caseId: kase.id, childId: child.id, role: 'CHILD' } }));
  keep('Participant', await prisma.participant.create({ data: { caseId: kase.id, role: 'SUPPORT_PERSON', supportPersonId: supportPerson.id } }));
  const meeting = keep('Meeting', await prisma.meeting.create({
    data: {
      cancelledAt: at('2026-11-09T00:00:00Z'), cancelReason: 'reden', caseId: kase.id, childrenHeard: true, endsAt: at('2030-01-08T10:30:00Z'), heldAt: at('2030-01-08T09:35:00Z'), kind: 'EVALUATION',
      parentsPresent: true, slotId: slot.id, startsAt: at('2030-01-08T09:30:00Z'), status: 'HELD', tableId: table.id,
    },
  }));
  const outbox = keep('OutboxMessage', await prisma.outboxMessage.create({
    data: { attempts: 1, bodyHtml: '<p>hoi</p>', bodyText: 'hoi', caseId: kase.id, dedupeKey: `drift-${tag}`, lastError: 'timeout', nextAttemptAt: at('2026-11-10T00:00:00Z'), purpose: 'INVITATION', sentAt: at('2026-11-10T00:01:00Z'), status: 'SENT', subject: 'Uitnodiging', to: ['ouder@drift.example'] },
  }));
  keep('ProcessMessage', await prisma.processMessage.create({
    data: {
      attempts: 2, caseId: kase.id, correlatedAt: at('2026-11-10T00:02:00Z'), correlationName: 'caseId', correlationValue: kase.id, expiresAt: at('2026-11-10T01:00:00Z'),
      lastError: 'nobody waited', messageId: `drift-${tag}`, name: 'jbt-referral-withdrawn', nextAttemptAt: at('2026-11-10T00:01:00Z'), processInstanceKey: 'instance-1', status: 'CORRELATED', variables: { reactionId: 'r' },
    },
  }));
  keep('OutboxAttachment', await prisma.outboxAttachment.create({ data: { content: bytes, contentType: 'text/calendar', filename: 'tafel.ics', messageId: outbox.id } }));
  keep('Invitation', await prisma.invitation.create({ data: { batchId: randomUUID(), meetingId: meeting.id, outboxMessageId: outbox.id, participantId: professional.id, respondedAt: at('2026-11-11T00:00:00Z'), response: 'ACCEPTED', sentAt: at('2026-11-10T00:01:00Z') } }));
  const decision = keep('Decision', await prisma.decision.create({
    data: { basis: 'CHAIR_DECIDED', caseId: kase.id, decidedAt: at('2030-01-08T10:20:00Z'), decisionHelp: 'b', decisionRoute: 'a', decisionSafety: 'c', meetingId: meeting.id, outcome: 'VOLUNTARY_BINDING_WITH_RAAD_INVESTIGATION', raadAdvisesInvestigation: true, raadView: 'visie', recordedById: user.id, track: 'FIVE_TO_TWELVE' },
  }));
  const agreement = keep('DecisionAgreement', await prisma.decisionAgreement.create({
    data: {
      decisionId: decision.id, description: 'afspraak', dueOn: day('2030-02-01'), flaggedForEvaluationAt: at('2030-02-03T00:00:00Z'), ifNotKept: 'terug aan tafel', performerChildId: child.id,
      performerKind: 'PARENT', performerName: 'Piet', performerOrganisation: 'Wijkteam', performerParentId: parent.id, responsible: 'wijkteam', sequence: 1, state: 'NOT_KEPT',
      stateChangedAt: at('2030-02-02T00:00:00Z'), watcherName: 'Drift Gebruiker', watcherUserId: user.id,
    },
  }));
  keep('AgreementMark', await prisma.agreementMark.create({
    data: { agreementId: agreement.id, channel: 'TASK', markedAt: at('2030-02-02T00:00:00Z'), markedById: user.id, markedByName: 'Drift Gebruiker', newDueOn: day('2030-03-01'), note: 'niet gelukt', state: 'NOT_KEPT' },
  }));
  keep('TableReturn', await prisma.tableReturn.create({
    data: { agreementId: agreement.id, caseId: kase.id, kind: 'NEW_EVALUATION', notifiedAt: at('2030-02-03T01:00:00Z'), planningDeadlineAt: at('2030-02-17T22:59:59Z'), requestedAt: at('2030-02-03T00:00:00Z') },
  }));
  keep('FamilyPageLink', await prisma.familyPageLink.create({
    data: {
      caseId: kase.id, expiresAt: at('2030-04-01T00:00:00Z'), issuedAt: at('2030-01-01T00:00:00Z'), lastVisitedAt: at('2030-01-02T00:00:00Z'), participantId: professional.id, reason: 'RESENT_BY_PROFESSIONAL',
      revokedAt: at('2030-01-03T00:00:00Z'), sentAt: at('2030-01-01T00:00:01Z'), tokenHash: `drift-${tag}-hash`, visitCount: 2,
    },
  }));
  const report = keep('Report', await prisma.report.create({
    data: { approvalDueAt: at('2030-01-12T16:00:00Z'), caseId: kase.id, decisionId: decision.id, kind: 'EVALUATION', meetingId: meeting.id, reactionPeriodEndsAt: at('2030-01-20T23:00:00Z') },
  }));
  const version = keep('ReportVersion', await prisma.reportVersion.create({
    data: { approvedAt: at('2030-01-09T00:00:00Z'), approvedById: user.id, pdf: bytes, pdfFileRef: 'reports/1.pdf', origin: 'REACTION', pdfSha256: 'abc', reportId: report.id, sentAt: at('2030-01-09T01:00:00Z'), text: 'verslag', version: 1 },
  }));
  keep('ReportReaction', await prisma.reportReaction.create({
    data: { authorKind: 'PARENT', disputesAccuracy: true, includedInVersionId: version.id, parentId: parent.id, receivedAt: at('2030-01-10T00:00:00Z'), reportId: report.id, reportVersionId: version.id, text: 'reactie', userId: user.id },
  }));
  // Kept by triggers from the report above and a held table meeting (migration project_dashboard_figures), not written by the service.
  await prisma.meeting.create({ data: { caseId: kase.id, heldAt: at('2030-01-04T09:35:00Z'), kind: 'TABLE', startsAt: at('2030-01-04T09:30:00Z'), status: 'HELD', tableId: table.id } });
  keep('FigureFirstMeeting', await prisma.figureFirstMeeting.findUniqueOrThrow({ where: { caseId: kase.id } }));
  keep('FigureReport', await prisma.figureReport.findUniqueOrThrow({ where: { reportId: report.id } }));
  keep('ReportDelivery', await prisma.reportDelivery.create({ data: { outboxMessageId: outbox.id, participantId: professional.id, reactionToken: `drift-${tag}`, remindedAt: at('2030-01-15T00:00:00Z'), reportVersionId: version.id } }));
  keep('Evaluation', await prisma.evaluation.create({ data: { caseId: kase.id, decisionId: decision.id, dueAt: at('2030-03-01T00:00:00Z'), heldAt: at('2030-03-01T09:00:00Z'), meetingId: meeting.id, mode: 'MEETING', outcome: 'LEAVE_TABLE', outcomeNote: 'klaar', requestedAt: at('2030-02-20T00:00:00Z'), sequence: 1 } }));
  keep('RaadConsult', await prisma.raadConsult.create({
    data: { advice: 'advies', adviceDueAt: at('2030-01-07T09:00:00Z'), adviceGivenAt: at('2030-01-06T09:00:00Z'), caseId: kase.id, consultType: 'VIJF_VOOR_TWAALF', meetingId: meeting.id, moment: 'BEFORE_MEETING', requestedAt: at('2030-01-02T09:00:00Z') },
  }));
  keep('RaadInvestigationRequest', await prisma.raadInvestigationRequest.create({
    data: { acknowledgedAt: at('2030-01-11T00:00:00Z'), caseId: kase.id, decisionId: decision.id, documentFileRef: 'vto/1.pdf', documentPdf: bytes, documentSha256: 'def', investigationStartedAt: at('2030-01-20T00:00:00Z'), requestedAt: at('2030-01-09T00:00:00Z'), requestedById: user.id, sentAt: at('2030-01-09T02:00:00Z') },
  }));
  keep('OtsClosureReview', await prisma.otsClosureReview.create({
    data: { agreements: 'afspraken', caseId: kase.id, giOrganisationId: organisation.id, intendedEndDate: day('2030-02-01'), intention: 'beëindigen', raadReviewNote: 'akkoord', raadReviewOutcome: 'CLOSURE_APPROVED', reviewedAt: at('2030-01-08T10:00:00Z'), supervisionEndsOn: day('2030-04-01'), youthProtectorId: user.id },
  }));
  keep('Escalation', await prisma.escalation.create({
    data: { caseId: kase.id, dueAt: at('2026-11-07T00:00:00Z'), municipalContactId: contact.id, neighbouringTableId: neighbour.id, notifiedAt: at('2026-11-05T00:00:00Z'), raisedAt: at('2026-11-04T00:00:00Z'), reason: 'BEYOND_NORM', resolution: 'NEIGHBOURING_TABLE', resolutionNote: 'buurtafel', resolvedAt: at('2026-11-06T00:00:00Z') },
  }));
  keep('Deadline', await prisma.deadline.create({
    data: { basedOn: at('2026-11-01T08:00:00Z'), cancelledAt: at('2026-11-20T00:00:00Z'), caseId: kase.id, computedAt: at('2026-11-01T08:00:02Z'), dueAt: at('2026-11-15T08:00:00Z'), kind: 'MEETING_NORM', metAt: at('2026-11-14T00:00:00Z'), rule: '14 kalenderdagen', ruleCode: 'CALENDAR_DAYS:14' },
  }));
  keep('BeyondNormChoice', await prisma.beyondNormChoice.create({
    data: { caseId: kase.id, chosenAt: at('2026-11-03T09:00:00Z'), chosenById: user.id, earlierSlotAt: at('2026-11-10T08:00:00Z'), normDueAt: at('2026-11-15T22:59:59Z'), reason: 'ouders kunnen eerder niet', slotId: slot.id, slotStartsAt: at('2026-11-17T08:00:00Z'), taskId: randomUUID() },
  }));
  const round = keep('FeedbackRound', await prisma.feedbackRound.create({
    data: { caseId: kase.id, closedAt: at('2030-01-26T00:00:00Z'), closesAt: at('2030-01-26T00:00:00Z'), meetingId: meeting.id, remindedAt: at('2030-01-19T00:00:00Z'), reminderAt: at('2030-01-19T00:00:00Z'), responseCount: 1, sentAt: at('2030-01-12T00:00:00Z') },
  }));
  keep('Feedback', await prisma.feedback.create({
    data: { caseId: kase.id, comment: 'goed', formSentAt: at('2030-01-12T00:00:00Z'), formToken: `drift-${tag}`, parentId: parent.id, reminderSentAt: at('2030-01-19T00:00:00Z'), respondedAt: at('2030-01-20T00:00:00Z'), respondentKind: 'PARENT', roundId: round.id, score: 8, userId: user.id },
  }));
  keep('CaseComment', await prisma.caseComment.create({ data: { authorId: user.id, caseId: kase.id, editedAt: at('2026-11-03T00:00:00Z'), text: 'notitie' } }));
  const task = keep('UserTask', await prisma.userTask.create({
    data: {
      assigneeId: user.id, bpmnProcessId: 'jbt-case', canceledAt: at('2026-11-04T00:00:00Z'), candidateRole: 'CHAIR', caseId: kase.id, completedAt: at('2026-11-03T00:00:00Z'), dueAt: at('2026-11-05T00:00:00Z'),
      elementId: 'check', elementInstanceKey: `eik-${tag}`, engineKey: `key-${tag}`, followUpAt: at('2026-11-04T00:00:00Z'), formKey: 'jbt:check', name: 'Controleren', priority: 60,
      processDefinitionKey: 'pdk', processInstanceKey: 'pik', regionId: region.id, rootProcessInstanceKey: 'rpik', state: 'COMPLETED', tableId: table.id,
    },
  }));
  keep('TaskFormSubmission', await prisma.taskFormSubmission.create({ data: { engineConfirmedAt: at('2026-11-03T00:00:01Z'), formKey: 'jbt:check', submittedAt: at('2026-11-03T00:00:00Z'), taskId: task.id, texts: { note: 'tekst' }, variables: { complete: true } } }));
  keep('UserTaskEvent', await prisma.userTaskEvent.create({ data: { actorId: user.id, assigneeId: user.id, details: { via: 'drift' }, kind: 'CLAIMED', occurredAt: at('2026-11-02T00:00:00Z'), taskId: task.id } }));
  keep('ReferralDraft', await prisma.referralDraft.create({ data: { authorId: user.id, content: { entryType: 'REFERRAL', worries: 'concept' } } }));
  keep('SavedTaskView', await prisma.savedTaskView.create({ data: { filters: { overdue: true }, name: 'Mijn achterstand', ownerId: user.id, sharedRegionId: region.id, sharedRole: 'CHAIR', sort: 'dueAt' } }));
  keep('JobEffect', await prisma.jobEffect.create({ data: { caseId: kase.id, elementInstanceKey: `eik-${tag}`, jobKey: 'jk', processInstanceKey: 'pik', result: { ok: true }, taskType: 'jbt.drift' } }));
  keep('AuditEvent', await prisma.auditEvent.create({ data: { action: 'DRIFT', actorId: user.id, caseId: kase.id, clientIp: '127.0.0.1', details: { drift: true }, onBehalfOf: 'LOCAL_TEAM@x', outcome: 'ALLOWED', resource: 'case' } }));
  const head = keep('AuditChainHead', await prisma.auditChainHead.findUniqueOrThrow({ where: { id: 1 } }));
  // A genuine checkpoint (signed with the run's audit secret), so that the run's chain stays verifiable.
  const checkpoint = { createdAt: new Date(), headHash: head.hash, headSeq: head.seq.toString(), id: randomUUID(), removedBefore: at('2000-01-01T00:00:00Z'), rowsRemoved: 0, throughHash: GENESIS_HASH, throughSeq: '0' };
  const signature = new AuditCheckpointSigner(resolveAuditSecret(harnessEnvironment())).sign(checkpoint);
  keep('AuditCheckpoint', await prisma.auditCheckpoint.create({ data: { ...checkpoint, headSeq: head.seq, signature, throughSeq: 0n } }));
  keep('AuthSession', await prisma.authSession.create({ data: { clientIp: '127.0.0.1', endReason: 'SIGNED_OUT', endedAt: at('2026-11-01T09:00:00Z'), expiresAt: at('2026-11-01T20:00:00Z'), method: 'PASSWORD', userAgent: 'drift', userId: user.id } }));
  keep('SignInAttempt', await prisma.signInAttempt.create({ data: { accountKey: `drift-${tag}`, clientIp: '192.0.2.1', occurredAt: at('2026-11-01T08:00:00Z'), outcome: 'FAILED' } }));
  keep('ModelDeployment', await prisma.modelDeployment.create({ data: { bpmnProcessId: `drift-${tag}`, checksum: 'c', deploymentKey: 'd', processDefinitionKey: 'p', resourceName: 'drift.bpmn', source: 'startup', version: 1 } }));
  keep('ProjectionCursor', await prisma.projectionCursor.create({ data: { name: `drift-${tag}`, position: '42' } }));
  keep('RegionSettingsChange', await prisma.regionSettingsChange.create({
    data: { after: { normDays: 10 }, before: { normDays: 14 }, changedAt: at('2026-11-03T00:00:00Z'), changedById: user.id, changedByName: 'Drift Gebruiker', comment: 'korter', regionId: region.id },
  }));
  const modelVersion = keep('ModelVersion', await prisma.modelVersion.create({
    data: { authorId: user.id, authorName: 'Drift Gebruiker', bpmnProcessId: `drift-${tag}`, checksum: 'c', comment: 'drift', errorCount: 0, name: 'Drift', number: 2, origin: 'RESTORED', restoredFrom: 1, warningCount: 1, xml: '<definitions/>' },
  }));
  keep('ModelProposal', await prisma.modelProposal.create({
    data: {
      bpmnProcessId: `drift-${tag}`, comment: 'voorstel', decidedAt: at('2026-11-02T00:00:00Z'), deciderId: user.id, deciderName: 'Drift Tweede', decisionNote: 'akkoord', deploymentKey: 'd',
      engineVersion: 2, processDefinitionKey: 'p', proposedAt: at('2026-11-01T00:00:00Z'), proposerId: user.id, proposerName: 'Drift Gebruiker', status: 'DEPLOYED', versionId: modelVersion.id,
    },
  }));
  return rows;
}
