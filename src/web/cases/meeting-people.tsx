import { format, useI18n } from '../i18n/i18n';
import { useTaskTexts } from '../tasks/task-texts';
import type { CaseParticipant, CaseView } from './cases.api';
import { spokenDateTime, useCaseTexts } from './case-texts';

/** A participant by name with their role (and organisation, for a professional). */
export function participantLine(participant: CaseParticipant, roles: Record<string, string>): string {
  const role = roles[participant.role] ?? participant.role;
  const organisation = participant.organisation?.name;
  const name = participant.name ?? organisation ?? role;
  return `${name} — ${role}${organisation && organisation !== name ? `, ${organisation}` : ''}`;
}

/**
 * Who comes to the (latest) meeting, by name: the people the secretary confirmed and invited; and
 * everyone who takes part in the case.
 */
export function MeetingPeople({ view }: { view: CaseView }) {
  const t = useCaseTexts();
  const roles = useTaskTexts().casePanel.participantRoles;
  const { language } = useI18n();
  const meeting = view.meetings.filter((candidate) => candidate.status !== 'CANCELLED').at(-1);
  const byId = new Map(view.participants.map((participant) => [participant.id, participant]));
  const current = view.participants.filter((participant) => !participant.removedAt);
  return (
    <section className="panel panel--wide case-people" aria-labelledby="casus-wie">
      <h2 id="casus-wie" className="panel__title">
        {t.page.people}
      </h2>
      {!meeting && <p className="muted">{t.page.peopleNone}</p>}
      {meeting && (
        <>
          <p>{format(t.page.meetingOn, { date: spokenDateTime(meeting.startsAt, language), kind: t.page.meetingKinds[meeting.kind] ?? meeting.kind, table: meeting.table.name })}</p>
          {meeting.invitations.length === 0 ? (
            <p className="muted">{t.page.noInvitations}</p>
          ) : (
            <ul className="plain-list case-people__list">
              {meeting.invitations.map((invitation) => {
                const participant = byId.get(invitation.participantId);
                return (
                  <li key={invitation.id}>
                    {participant ? participantLine(participant, roles) : invitation.participantId}
                    <span className="muted"> · {invitation.sent ? t.page.invitationSent : t.page.invitationPending}</span>
                  </li>
                );
              })}
            </ul>
          )}
        </>
      )}
      <h3>{t.page.participants}</h3>
      <ul className="plain-list">
        {current.map((participant) => (
          <li key={participant.id}>{participantLine(participant, roles)}</li>
        ))}
      </ul>
    </section>
  );
}
