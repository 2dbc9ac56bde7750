import { BarChart } from '../charts/bar-chart';
import { DataTable } from '../components/data-table';
import { FigureCard } from '../components/figure-card';
import { formatCount, formatShare } from '../format';
import type { Dashboard } from '../monitoring.api';
import { useMonitoringTexts } from '../use-monitoring-texts';

/** Per table the share of agreements kept, not kept and open (issue 13), with the small-number rule applied by the server. */
export function AgreementStatesFigure({ csvHref, dashboard }: { csvHref: string; dashboard: Dashboard }) {
  const { locale, m } = useMonitoringTexts();
  const texts = m.dashboard.figures.agreementStates;
  const rows = dashboard.figures.agreementStates;
  const total = rows.find((row) => row.tableId === null);
  const tableName = (id: string | null) => (id === null ? texts.allTables : (dashboard.tables.find((table) => table.id === id)?.name ?? id));
  const cell = (share: { part: number | '<5'; share: number | null }) => `${formatCount(share.part, locale)} (${formatShare(share.share, locale, '–')})`;
  return (
    <FigureCard
      figureKey="agreementStates"
      title={texts.title}
      definition={texts.definition}
      csvHref={csvHref}
      headline={`${texts.kept}: ${formatShare(total?.kept.share ?? null, locale, m.common.notShown)}`}
      sub={total && <p>{`${texts.agreements}: ${formatCount(total.agreements, locale)} · ${texts.notKept}: ${cell(total.notKept)} · ${texts.open}: ${cell(total.open)}`}</p>}
      chart={<BarChart title={texts.title} description={texts.chartDescription} max={100} bars={rows.map((row) => ({ display: formatShare(row.kept.share, locale, '–'), label: tableName(row.tableId), value: row.kept.share }))} />}
      table={
        <DataTable
          caption={texts.title}
          columns={[texts.table, texts.agreements, texts.kept, texts.notKept, texts.open, texts.overdue]}
          numeric={[1, 2, 3, 4, 5]}
          rows={rows.map((row) => [tableName(row.tableId), formatCount(row.agreements, locale), cell(row.kept), cell(row.notKept), cell(row.open), cell(row.overdue)])}
        />
      }
    />
  );
}
