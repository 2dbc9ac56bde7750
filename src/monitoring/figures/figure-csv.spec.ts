import { Dashboard, DashboardFigures } from './dashboard.types';
import { figureCsv } from './figure-csv';

function dashboardWith(normMet: DashboardFigures['normMet'], regions: Dashboard['regions']): Dashboard {
  return {
    figures: { normMet } as DashboardFigures,
    generatedAt: '2026-05-01T08:00:00.000Z',
    period: { from: '2026-03-01', to: '2026-04-30' },
    regions,
    tables: [],
  } as Dashboard;
}

describe('A dashboard figure as CSV', () => {
  it('keeps the header, writes shares with a decimal comma and suppressed counts as "<5"', () => {
    // given the norm figure of one region
    const dashboard = dashboardWith([{ month: '2026-03', part: '<5', regionId: 'r-1', share: 62.5, tableId: null, whole: 8 }], [{ id: 'r-1', name: 'Twente' }]);
    // when it is written
    const lines = figureCsv(dashboard, 'normMet').replace(/^\uFEFF/, '').split('\r\n');
    // then the Dutch header comes first and the row follows it
    expect(lines[0]).toBe('Maand;Regio;Tafel;Tafelgesprekken;Binnen de norm;Aandeel binnen de norm (%)');
    expect(lines[1]).toBe('2026-03;Twente;Alle tafels;8;<5;62,5');
  });

  it('quotes a region name with a separator and defuses one that looks like a formula', () => {
    // given regions whose names were typed by an administrator
    const dashboard = dashboardWith(
      [
        { month: null, part: 5, regionId: 'r-1', share: null, tableId: null, whole: 5 },
        { month: null, part: 5, regionId: 'r-2', share: null, tableId: null, whole: 5 },
      ],
      [{ id: 'r-1', name: 'Twente; Oost' }, { id: 'r-2', name: '=1+1' }],
    );
    const csv = figureCsv(dashboard, 'normMet');
    // then the first is quoted and the second starts with an apostrophe
    expect(csv).toContain('\r\nHele periode;"Twente; Oost";Alle tafels;5;5;\r\n');
    expect(csv).toContain("\r\nHele periode;'=1+1;Alle tafels;5;5;\r\n");
  });
});
