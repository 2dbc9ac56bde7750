import ICAL from 'ical.js';
import { amsterdamInstant } from '../calendar/dutch-calendar';
import { calendarInvitation, CalendarInvitation } from './ics-calendar';

/** The calendar and its one event, read back by ical.js (an independent RFC 5545 parser). */
function parse(ics: string): { calendar: ICAL.Component; event: ICAL.Event } {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return { calendar, event: new ICAL.Event(calendar.getFirstSubcomponent('vevent')!) };
}

/** The wall-clock time of an instant in Amsterdam, e.g. "2026-12-01 09:00". */
function amsterdamClock(instant: Date): string {
  return new Intl.DateTimeFormat('sv-SE', { dateStyle: 'short', timeStyle: 'short', timeZone: 'Europe/Amsterdam' }).format(instant);
}

describe('A calendar invitation', () => {
  const invitation: CalendarInvitation = {
    attendee: { email: 'ouder@ouders.test', name: 'Robin "Rob" de Vries' },
    description: 'Tafelgesprek; met de voorzitter, de Raad en u.\nWelkom.',
    endsAt: amsterdamInstant('2026-12-01', '10:30'),
    location: 'Stadskantoor, Oude Markt 1',
    organizer: { email: 'noreply@jbt.local', name: 'Jeugdbeschermingstafel Twente' },
    startsAt: amsterdamInstant('2026-12-01', '09:00'),
    summary: 'Tafelgesprek Jeugdbeschermingstafel',
    uid: 'meeting.participant@jbt-orchestrator',
  };

  it('is one REQUEST event with CRLF line ends that a calendar reads back field by field', () => {
    // given an invitation, when it is written and parsed back
    const ics = calendarInvitation(invitation, new Date('2026-11-23T10:00:00Z'));
    const { calendar, event } = parse(ics);
    // then the calendar and the event carry what was asked
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST');
    expect(calendar.getFirstPropertyValue('prodid')).toBe('-//JBT Orchestrator//Jeugdbeschermingstafel//NL');
    expect(calendar.getAllSubcomponents('vevent')).toHaveLength(1);
    expect(event.uid).toBe('meeting.participant@jbt-orchestrator');
    expect(event.sequence).toBe(0);
    expect(event.summary).toBe('Tafelgesprek Jeugdbeschermingstafel');
    expect(event.component.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(event.component.getFirstPropertyValue('transp')).toBe('OPAQUE');
    expect((event.component.getFirstPropertyValue('dtstamp') as ICAL.Time).toJSDate().toISOString()).toBe('2026-11-23T10:00:00.000Z');
    expect(event.organizer).toBe('mailto:noreply@jbt.local');
    expect(event.component.getFirstProperty('organizer')!.getParameter('cn')).toBe('Jeugdbeschermingstafel Twente');
    const attendee = event.attendees[0];
    expect(event.attendees).toHaveLength(1);
    expect(String(attendee.getFirstValue()).toLowerCase()).toBe('mailto:ouder@ouders.test');
    expect(attendee.getParameter('role')).toBe('REQ-PARTICIPANT');
    expect(attendee.getParameter('partstat')).toBe('NEEDS-ACTION');
    expect(attendee.getParameter('rsvp')).toBe('FALSE');
  });

  it('writes times as UTC instants that are the meeting time in Europe/Amsterdam, in winter and in summer', () => {
    // given meetings at 09:00 Amsterdam time in CET, in CEST and on the day the clocks go back
    for (const [day, utcStart] of [['2026-12-01', '20261201T080000Z'], ['2027-07-14', '20270714T070000Z'], ['2026-10-25', '20261025T080000Z']]) {
      const startsAt = amsterdamInstant(day, '09:00');
      // when the invitation is written and parsed back
      const ics = calendarInvitation({ ...invitation, endsAt: new Date(startsAt.getTime() + 90 * 60_000), startsAt });
      const { event } = parse(ics);
      // then the file holds the UTC form, and a reader in Amsterdam sees 09:00 to 10:30
      expect(ics).toContain(`\r\nDTSTART:${utcStart}\r\n`);
      expect(event.startDate.zone?.tzid).toBe('UTC');
      expect(amsterdamClock(event.startDate.toJSDate())).toBe(`${day} 09:00`);
      expect(amsterdamClock(event.endDate.toJSDate())).toBe(`${day} 10:30`);
    }
  });

  it('escapes commas, semicolons, backslashes and line breaks in text, and reads them back unchanged', () => {
    // given texts with every character that TEXT values escape
    const description = 'Tafelgesprek; met de voorzitter, de Raad en u.\nWelkom. Map: C:\\dossiers';
    const ics = calendarInvitation({ ...invitation, description, summary: 'Gesprek, deel 1; kort' });
    // when the file is unfolded and parsed back
    const unfolded = ics.replace(/\r\n /g, '');
    const { event } = parse(ics);
    // then the file holds the escaped forms and the reader gets the original text
    expect(unfolded).toContain('\r\nLOCATION:Stadskantoor\\, Oude Markt 1\r\n');
    expect(unfolded).toContain('\r\nDESCRIPTION:Tafelgesprek\\; met de voorzitter\\, de Raad en u.\\nWelkom. Map: C:\\\\dossiers\r\n');
    expect(event.description).toBe(description);
    expect(event.summary).toBe('Gesprek, deel 1; kort');
    expect(event.location).toBe('Stadskantoor, Oude Markt 1');
  });

  it('quotes names in parameters without double quotes or line breaks, which a parameter cannot hold', () => {
    // given names with a double quote, a line break, a semicolon and a colon
    const ics = calendarInvitation({ ...invitation, attendee: { email: 'ouder@ouders.test', name: 'Robin "Rob"\nde Vries; ouder: moeder' } });
    // when it is parsed back
    const { event } = parse(ics);
    // then the quotes became apostrophes and the line break a space, inside one quoted value
    expect(ics.replace(/\r\n /g, '')).toContain(`;CN="Robin 'Rob' de Vries; ouder: moeder"`);
    expect(event.attendees[0].getParameter('cn')).toBe("Robin 'Rob' de Vries; ouder: moeder");
    expect(String(event.attendees[0].getFirstValue()).toLowerCase()).toBe('mailto:ouder@ouders.test');
  });

  it('folds lines at 75 octets without splitting a character', () => {
    // given a long description of two-byte characters
    const ics = calendarInvitation({ ...invitation, description: 'ë'.repeat(200) });
    // then no line is longer than 75 octets and the text reads back whole
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(ics).not.toContain('\uFFFD');
    expect(parse(ics).event.description).toBe('ë'.repeat(200));
  });

  it('carries the sequence of a resent invitation under the same UID', () => {
    const { event } = parse(calendarInvitation({ ...invitation, sequence: 2 }));
    expect(event.sequence).toBe(2);
    expect(event.uid).toBe('meeting.participant@jbt-orchestrator');
  });
});
