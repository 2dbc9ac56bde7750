import ical, { ICalAttendeeRole, ICalAttendeeStatus, ICalCalendarMethod, ICalEventStatus, ICalEventTransparency } from 'ical-generator';

/**
 * A meeting invitation as an iCalendar object (RFC 5545), written by the maintained `ical-generator`
 * (text escaping, CRLF line ends, folding at 75 octets): one VEVENT with METHOD:REQUEST and a UID that
 * stays the same for a meeting and a participant, so that a resent or updated invitation replaces the
 * first in the recipient's calendar.
 *
 * Times are written in UTC (DTSTART:20261201T080000Z), not as Europe/Amsterdam local times with a
 * TZID: a UTC instant needs no VTIMEZONE block, cannot be misread around a clock change, and every
 * calendar shows it in its reader's own zone, so 09:00 in Amsterdam stays 09:00 there.
 */
export interface CalendarInvitation {
  attendee: { email: string; name: string };
  description: string;
  endsAt: Date;
  location: string;
  organizer: { email: string; name: string };
  /** Increase when the same meeting is sent again with changes. */
  sequence?: number;
  startsAt: Date;
  summary: string;
  uid: string;
}

const PRODUCT_ID = { company: 'JBT Orchestrator', language: 'NL', product: 'Jeugdbeschermingstafel' };

export function calendarInvitation(invitation: CalendarInvitation, stampedAt = new Date()): string {
  const calendar = ical({ method: ICalCalendarMethod.REQUEST, prodId: PRODUCT_ID, scale: 'GREGORIAN' });
  calendar.createEvent({
    attendees: [{
      email: invitation.attendee.email,
      name: parameter(invitation.attendee.name),
      role: ICalAttendeeRole.REQ,
      rsvp: false,
      status: ICalAttendeeStatus.NEEDSACTION,
    }],
    description: invitation.description,
    end: invitation.endsAt,
    id: invitation.uid,
    location: invitation.location,
    organizer: { email: invitation.organizer.email, name: parameter(invitation.organizer.name) },
    sequence: invitation.sequence ?? 0,
    stamp: stampedAt,
    start: invitation.startsAt,
    status: ICalEventStatus.CONFIRMED,
    summary: invitation.summary,
    transparency: ICalEventTransparency.OPAQUE,
  });
  // RFC 5545 ends every content line with CRLF, the last one too; the library leaves it off.
  return `${calendar.toString()}\r\n`;
}

/**
 * A name for a quoted parameter (CN): RFC 5545 §3.2 allows no double quote or line break there, and
 * the library would write a backslash before a quote, which calendars do not read as an escape.
 */
function parameter(value: string): string {
  return value.replace(/"/g, "'").replace(/[\r\n]+/g, ' ');
}
