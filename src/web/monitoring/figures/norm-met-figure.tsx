import { format } from '../../i18n/i18n';
import { BarChart } from '../charts/bar-chart';
import { GroupedColumnChart } from '../charts/grouped-column-chart';
import { DataTable } from '../components/data-table';
import { FigureCard } from '../components/figure-card';
import { formatCount, formatMonth, formatShare } from '../format';
import type { Dashboard } from '../monitoring.api';
import { useMonitoringTexts } from '../use-monitoring-texts';

/**
 * The two-week norm per month: per region, or per table once one region is chosen. With a single
 * month the columns would say little, so the chart then shows one bar per region or table.
 */
export function NormMetFigure({ csvHref, dashboard, byTable }: { byTable: boolean; csvHref: string; dashboard: Dashboard }) {
  const { locale, m } = useMonitoringTexts();
  const texts = m.dashboard.figures.normMet;
  const cells = dashboard.figures.normMet;
  const total = cells.find((cell) => cell.month === null && cell.regionId === null && cell.tableId === null);
  const monthly = cells.filter((cell) => cell.month !== null);
  const months = [...new Set(monthly.map((cell) => cell.month!))].sort();
  const seriesCells = monthly.filter((cell) => (byTable ? cell.tableId !== null : cell.regionId !== null && cell.tableId === null));
  const seriesIds = [...new Set(seriesCells.map((cell) => (byTable ? cell.tableId! : cell.regionId!)))];
  const nameOf = (id: string) => (byTable ? dashboard.tables.find((table) => table.id === id)?.name : dashboard.regions.find((region) => region.id === id)?.name) ?? id;
  const series = seriesIds.map(nameOf);
  const suppressed = m.common.notShown;
  const seriesWord = byTable ? m.common.table.toLowerCase() : m.common.region.toLowerCase();
  const title = texts.title;
  const description = format(texts.chartDescription, { series: seriesWord });
  const regionName = (id: string | null) => (id === null ? m.common.allRegions : (dashboard.regions.find((region) => region.id === id)?.name ?? id));
  const tableName = (id: string | null) => (id === null ? m.common.allTables : (dashboard.tables.find((table) => table.id === id)?.name ?? id));
  const chart =
    months.length === 0 ? (
      <p className="figure__empty">{m.dashboard.chartNoData}</p>
    ) : months.length === 1 ? (
      <BarChart
        title={title}
        description={description}
        max={100}
        bars={seriesIds.map((id) => {
          const cell = seriesCells.find((candidate) => (byTable ? candidate.tableId : candidate.regionId) === id);
          // A withheld share shows how many meetings it rests on instead: 0 as 0, 1 to 4 as "<5".
          return { display: cell?.share == null ? formatCount(cell?.whole ?? 0, locale) : formatShare(cell.share, locale, '<5'), label: nameOf(id), value: cell?.share ?? null };
        })}
      />
    ) : (
      <GroupedColumnChart
        title={title}
        description={description}
        series={series}
        groups={months.map((month) => ({
          label: formatMonth(month, locale),
          values: seriesIds.map((id) => seriesCells.find((cell) => cell.month === month && (byTable ? cell.tableId : cell.regionId) === id)?.share ?? null),
        }))}
      />
    );
  return (
    <FigureCard
      figureKey="normMet"
      title={title}
      definition={texts.definition}
      csvHref={csvHref}
      headline={formatShare(total?.share ?? null, locale, suppressed)}
      sub={total && <p>{format(m.dashboard.ofWhole, { part: formatCount(total.part, locale), whole: formatCount(total.whole, locale) })}</p>}
      chart={chart}
      table={
        <DataTable
          caption={title}
          columns={[m.dashboard.month, m.common.region, m.common.table, texts.meetings, texts.within, m.dashboard.share]}
          numeric={[3, 4, 5]}
          rows={cells.map((cell) => [
            cell.month ? formatMonth(cell.month, locale) : m.dashboard.wholePeriod,
            regionName(cell.regionId),
            tableName(cell.tableId),
            formatCount(cell.whole, locale),
            formatCount(cell.part, locale),
            formatShare(cell.share, locale, '–'),
          ])}
        />
      }
    />
  );
}
