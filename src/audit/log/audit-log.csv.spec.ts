import { auditLogCsv } from './audit-log.csv';
import { AuditLogEntryResponse } from './audit-log.response';

function entry(overrides: Partial<AuditLogEntryResponse>): AuditLogEntryResponse {
  return {
    action: 'READ_CASE',
    actor: { kind: 'user', label: 'Vera Voorzitter', userId: 'u-1', username: 'voorzitter.twente' },
    allowed: true,
    case: { caseNumber: 'JBT-2026-000042', id: 'c-1' },
    clientIp: '192.0.2.10',
    details: { basis: 'table' },
    id: 'e-1',
    occurredAt: '2026-11-23T09:15:02.123Z',
    onBehalfOf: { organisationId: 'o-1', organisationName: 'Gemeenten Twente', role: 'CHAIR' },
    outcome: 'ALLOWED',
    resource: 'case',
    seq: '10432',
    ...overrides,
  };
}

describe('The audit log as CSV', () => {
  it('keeps the Dutch header and the column order', () => {
    // given one entry, when the log is written
    const lines = auditLogCsv([entry({})]).replace(/^\uFEFF/, '').split('\r\n');
    // then the header and the row's columns are in the order of the header
    expect(lines[0]).toBe('Volgnummer;Tijdstip (UTC);Gebruiker;Gebruikersnaam;Namens (rol);Namens (organisatie);Adres;Casus;Handeling;Code;Onderdeel;Uitkomst;Toegestaan;Details');
    expect(lines[1]).toBe('10432;2026-11-23T09:15:02.123Z;Vera Voorzitter;voorzitter.twente;CHAIR;Gemeenten Twente;192.0.2.10;JBT-2026-000042;Casus ingezien;READ_CASE;case;Toegestaan;ja;"{""basis"":""table""}"');
  });

  it('defuses a user name that a spreadsheet would take for a formula', () => {
    // given a user whose name and username were typed to look like formulas
    const csv = auditLogCsv([entry({ actor: { kind: 'user', label: '=cmd|"/c calc"!A0', userId: 'u-2', username: '@evil' } })]);
    // then both start with an apostrophe
    expect(csv).toContain(`;"'=cmd|""/c calc""!A0";'@evil;`);
  });
});
