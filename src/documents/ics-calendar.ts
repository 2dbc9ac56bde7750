/**
 * A meeting invitation as an iCalendar object (RFC 5545): one VEVENT with METHOD:REQUEST, times in
 * UTC, a UID that stays the same for a meeting and a participant (so that a resent or updated
 * invitation replaces the first in the recipient's calendar), CRLF line ends and lines folded at 75
 * octets.
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

export function calendarInvitation(invitation: CalendarInvitation, stampedAt = new Date()): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//JBT Orchestrator//Jeugdbeschermingstafel//NL',
    'CALSCALE:GREGORIAN',
    'METHOD:REQUEST',
    'BEGIN:VEVENT',
    `UID:${escapeText(invitation.uid)}`,
    `DTSTAMP:${utc(stampedAt)}`,
    `SEQUENCE:${invitation.sequence ?? 0}`,
    `DTSTART:${utc(invitation.startsAt)}`,
    `DTEND:${utc(invitation.endsAt)}`,
    `SUMMARY:${escapeText(invitation.summary)}`,
    `LOCATION:${escapeText(invitation.location)}`,
    `DESCRIPTION:${escapeText(invitation.description)}`,
    `ORGANIZER;CN=${parameter(invitation.organizer.name)}:mailto:${invitation.organizer.email}`,
    `ATTENDEE;CN=${parameter(invitation.attendee.name)};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE:mailto:${invitation.attendee.email}`,
    'STATUS:CONFIRMED',
    'TRANSP:OPAQUE',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(fold).join('\r\n') + '\r\n';
}

/** A DATE-TIME in UTC form, e.g. 20261201T080000Z. */
function utc(instant: Date): string {
  return instant.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** TEXT values escape backslash, semicolon, comma and newlines (RFC 5545 §3.3.11). */
function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Parameter values are quoted, and may not hold a double quote (RFC 5545 §3.2). */
function parameter(value: string): string {
  return `"${value.replace(/"/g, "'").replace(/[\r\n]/g, ' ')}"`;
}

/** Folds a content line to at most 75 octets per line, never splitting a UTF-8 character. */
function fold(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const character of line) {
    const size = Buffer.byteLength(character, 'utf8');
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += character;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}
