import { calendarInvitation } from './ics-calendar';

describe('A calendar invitation', () => {
  const invitation = {
    attendee: { email: 'ouder@ouders.test', name: 'Robin "Rob" de Vries' },
    description: 'Tafelgesprek; met de voorzitter, de Raad en u.\nWelkom.',
    endsAt: new Date('2026-12-01T09:30:00Z'),
    location: 'Stadskantoor, Oude Markt 1',
    organizer: { email: 'noreply@jbt.local', name: 'Jeugdbeschermingstafel Twente' },
    startsAt: new Date('2026-12-01T08:00:00Z'),
    summary: 'Tafelgesprek Jeugdbeschermingstafel',
    uid: 'meeting.participant@jbt-orchestrator',
  };

  it('is one REQUEST event in UTC with CRLF line ends', () => {
    const ics = calendarInvitation(invitation, new Date('2026-11-23T10:00:00Z'));
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics).toContain('\r\nMETHOD:REQUEST\r\n');
    expect(ics).toContain('\r\nDTSTART:20261201T080000Z\r\n');
    expect(ics).toContain('\r\nDTEND:20261201T093000Z\r\n');
    expect(ics).toContain('\r\nDTSTAMP:20261123T100000Z\r\n');
    expect(ics).toContain('\r\nUID:meeting.participant@jbt-orchestrator\r\n');
    expect(ics.replace(/\r\n /g, '')).toContain('ORGANIZER;CN="Jeugdbeschermingstafel Twente":mailto:noreply@jbt.local');
  });

  it('escapes text values and quotes parameters', () => {
    const unfolded = calendarInvitation(invitation).replace(/\r\n /g, '');
    expect(unfolded).toContain('LOCATION:Stadskantoor\\, Oude Markt 1');
    expect(unfolded).toContain('DESCRIPTION:Tafelgesprek\\; met de voorzitter\\, de Raad en u.\\nWelkom.');
    expect(unfolded).toContain(`ATTENDEE;CN="Robin 'Rob' de Vries";ROLE=REQ-PARTICIPANT`);
  });

  it('folds lines at 75 octets without splitting a character', () => {
    const ics = calendarInvitation({ ...invitation, description: 'ë'.repeat(200) });
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(ics.replace(/\r\n /g, '')).toContain(`DESCRIPTION:${'ë'.repeat(200)}`);
  });
});
