import { Principal } from '../auth/principal';
import { DeadlineKind, DecisionOutcome } from '../generated/prisma/enums';
import { CaseGrant } from './case-access.service';
import { buildChronology, ChronologyEntry } from './case-chronology';
import { CaseRecord } from './case-detail.include';
import { ageOn, dateOnly, dutchToday } from './child-age';
import { caseDocuments } from './documents/case-documents';

/**
 * The four outcomes of a referral in the order of domain.md step 6, so the view can show "1" to "4";
 * an OTS-closure review's outcomes (OTS_ENDS, OTS_CONTINUES) are none of the four and have no number.
 */
const OUTCOME_NUMBER: Readonly<Partial<Record<DecisionOutcome, 1 | 2 | 3 | 4>>> = {
  RAAD_INVESTIGATION: 4,
  VOLUNTARY_BINDING: 2,
  VOLUNTARY_BINDING_WITH_RAAD_INVESTIGATION: 3,
  VOLUNTARY_LOCAL_TEAM: 1,
};

/**
 * The case as the API shows it to someone who may see it. Internal engine bookkeeping (user task
 * rows) appears only in the chronology; document bytes are never part of it.
 */
export function toCaseDetail(record: CaseRecord, access: { grant: CaseGrant; principal: Principal }, now = new Date()) {
  const today = dutchToday(now);
  const { userTasks: _tasks, referral, children, reports, decisions, raadInvestigationRequests, meetings, participants, ...rest } = record;
  // The norm the case is planned against: the latest MEETING_NORM deadline that still counts.
  const norm = [...record.deadlines].reverse().find((deadline) => deadline.kind === DeadlineKind.MEETING_NORM && deadline.cancelledAt === null) ?? null;
  return {
    ...rest,
    chronology: buildChronology(record) satisfies ChronologyEntry[],
    documents: caseDocuments(record, access.grant, access.principal),
    meetings: meetings.map(({ invitations, ...meeting }) => ({
      ...meeting,
      // Who was asked to come, by participant; the page names them from `participants`.
      invitations: invitations.map((invitation) => ({ id: invitation.id, participantId: invitation.participantId, response: invitation.response, sent: invitation.outboxMessageId !== null, sentAt: invitation.outboxMessage?.sentAt ?? null })),
    })),
    norm: norm && { dueAt: norm.dueAt, metAt: norm.metAt, rule: norm.rule },
    participants: participants.map(({ child, parent, supportPerson, ...participant }) => ({
      ...participant,
      // A name for every participant: the person, or the organisation while no person is named.
      name: parent ? `${parent.givenName} ${parent.familyName}` : child ? `${child.givenName} ${child.familyName}` : supportPerson ? supportPerson.name : (participant.user?.displayName ?? participant.organisation?.name ?? null),
    })),
    children: children.map((child) => {
      const birthDate = dateOnly(child.birthDate);
      const age = ageOn(birthDate, today);
      // 12+ in most regions (region.childHeardMinAge): such a child is heard at the table or beforehand.
      return { ...child, age, birthDate, oldEnoughToBeHeard: age >= record.region.childHeardMinAge };
    }),
    decisions: decisions.map((decision) => ({ ...decision, outcomeNumber: OUTCOME_NUMBER[decision.outcome] ?? null })),
    otsClosureReview: record.otsClosureReview && {
      ...record.otsClosureReview,
      intendedEndDate: dateOnly(record.otsClosureReview.intendedEndDate),
      supervisionEndsOn: dateOnly(record.otsClosureReview.supervisionEndsOn),
    },
    raadInvestigationRequests: raadInvestigationRequests.map((request) => ({ ...request, hasDocument: request.documentSha256 !== null || request.documentFileRef !== null })),
    referral: referral && {
      childVoice: referral.childVoice,
      complete: referral.complete,
      completenessCheckedAt: referral.completenessCheckedAt,
      coReferrerOrganisation: referral.coReferrerOrganisation,
      familySituation: referral.familySituation,
      filedAt: referral.filedAt,
      helpSoFar: referral.helpSoFar,
      id: referral.id,
      parentsCoWrote: referral.parentsCoWrote,
      parentsReadReferral: referral.parentsReadReferral,
      parentsView: referral.parentsView,
      referrer: referral.referrer,
      referrerOrganisation: referral.referrerOrganisation,
      safetyPlan: {
        agreements: referral.safetyAgreements,
        noAgreementsReason: referral.safetyNoAgreementsReason,
        stepsIfNotKept: referral.safetyStepsIfNotKept,
      },
      withdrawalReason: referral.withdrawalReason,
      withdrawnAt: referral.withdrawnAt,
      withdrawnBy: referral.withdrawnBy,
      worries: referral.worries,
    },
    reports: reports.map((report) => ({
      ...report,
      versions: report.versions.map((version) => ({ ...version, hasPdf: version.pdfSha256 !== null || version.pdfFileRef !== null })),
    })),
  };
}

export type CaseDetail = ReturnType<typeof toCaseDetail>;
