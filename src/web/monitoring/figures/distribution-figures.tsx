import { format } from '../../i18n/i18n';
import { BarChart } from '../charts/bar-chart';
import { ColumnChart } from '../charts/column-chart';
import { DataTable } from '../components/data-table';
import { FigureCard } from '../components/figure-card';
import { countValue, formatCount, formatNumber, formatShare } from '../format';
import type { DayBin, DashboardFigures } from '../monitoring.api';
import { useMonitoringTexts } from '../use-monitoring-texts';

function binLabel(bin: DayBin): string {
  return bin.toDays === null ? `${bin.fromDays}+` : `${bin.fromDays}–${bin.toDays}`;
}

export function WaitingTimesFigure({ csvHref, figure }: { csvHref: string; figure: DashboardFigures['waitingTimes'] }) {
  const { locale, m } = useMonitoringTexts();
  const texts = m.dashboard.figures.waitingTimes;
  return (
    <FigureCard
      figureKey="waitingTimes"
      title={texts.title}
      definition={texts.definition}
      csvHref={csvHref}
      headline={figure.medianDays === null ? m.dashboard.noMedian : format(m.dashboard.median, { value: formatNumber(figure.medianDays, locale) })}
      sub={<p>{`${m.dashboard.cases}: ${formatCount(figure.cases, locale)}`}</p>}
      chart={<ColumnChart title={texts.title} description={texts.chartDescription} columns={figure.bins.map((bin) => ({ display: formatCount(bin.cases, locale), label: format(m.common.days, { count: binLabel(bin) }), value: countValue(bin.cases) }))} />}
      table={<DataTable caption={texts.title} columns={[texts.bin, m.dashboard.cases]} numeric={[1]} rows={figure.bins.map((bin) => [format(m.common.days, { count: binLabel(bin) }), formatCount(bin.cases, locale)])} />}
    />
  );
}

export function OpenEscalationsFigure({ csvHref, figure }: { csvHref: string; figure: DashboardFigures['openEscalations'] }) {
  const { locale, m } = useMonitoringTexts();
  const texts = m.dashboard.figures.openEscalations;
  return (
    <FigureCard
      figureKey="openEscalations"
      title={texts.title}
      definition={texts.definition}
      csvHref={csvHref}
      headline={`${texts.total}: ${formatCount(figure.total, locale)}`}
      sub={<p>{figure.medianAgeDays === null ? m.dashboard.noMedian : format(texts.median, { value: formatNumber(figure.medianAgeDays, locale) })}</p>}
      chart={<ColumnChart title={texts.title} description={texts.chartDescription} columns={figure.bins.map((bin) => ({ display: formatCount(bin.cases, locale), label: format(m.common.days, { count: binLabel(bin) }), value: countValue(bin.cases) }))} />}
      table={<DataTable caption={texts.title} columns={[texts.age, m.dashboard.count]} numeric={[1]} rows={figure.bins.map((bin) => [format(m.common.days, { count: binLabel(bin) }), formatCount(bin.cases, locale)])} />}
    />
  );
}

export function OutcomeMixFigure({ csvHref, figure }: { csvHref: string; figure: DashboardFigures['outcomeMix'] }) {
  const { locale, m } = useMonitoringTexts();
  const texts = m.dashboard.figures.outcomeMix;
  const avoided = figure.raadAvoided;
  return (
    <FigureCard
      figureKey="outcomeMix"
      title={texts.title}
      definition={texts.definition}
      csvHref={csvHref}
      headline={`${texts.avoided}: ${formatShare(avoided.share, locale, m.common.notShown)}`}
      sub={<p>{format(m.dashboard.ofWhole, { part: formatCount(avoided.part, locale), whole: formatCount(avoided.whole, locale) })}</p>}
      chart={
        <BarChart
          title={texts.title}
          description={texts.chartDescription}
          max={100}
          bars={figure.outcomes.map((row) => ({ display: formatShare(row.share, locale, '–'), label: m.outcomes[row.outcome] ?? row.outcome, value: row.share }))}
        />
      }
      table={
        <DataTable
          caption={texts.title}
          columns={[texts.outcome, m.dashboard.cases, m.dashboard.share]}
          numeric={[1, 2]}
          rows={[
            ...figure.outcomes.map((row) => [m.outcomes[row.outcome] ?? row.outcome, formatCount(row.decisions, locale), formatShare(row.share, locale, '–')]),
            [texts.avoided, formatCount(avoided.part, locale), formatShare(avoided.share, locale, '–')],
          ]}
        />
      }
    />
  );
}

export function FeedbackFigure({ csvHref, figure }: { csvHref: string; figure: DashboardFigures['feedbackScores'] }) {
  const { locale, m } = useMonitoringTexts();
  const texts = m.dashboard.figures.feedbackScores;
  const respondent = (kind: string) => m.dashboard.respondents[kind] ?? kind;
  return (
    <FigureCard
      figureKey="feedbackScores"
      title={texts.title}
      definition={texts.definition}
      csvHref={csvHref}
      headline={figure.byRespondent.map((row) => `${respondent(row.respondent)}: ${row.average === null ? '–' : formatNumber(row.average, locale)}`).join(' · ')}
      chart={
        <>
          <BarChart
            title={texts.average}
            description={texts.definition}
            max={10}
            bars={figure.byRespondent.map((row) => ({ display: row.average === null ? '–' : formatNumber(row.average, locale), label: respondent(row.respondent), value: row.average }))}
          />
          <ColumnChart title={texts.title} description={texts.chartDescription} columns={figure.marks.map((row) => ({ display: formatCount(row.responses, locale), label: String(row.mark), value: countValue(row.responses) }))} />
        </>
      }
      table={
        <>
          <DataTable caption={texts.average} columns={[texts.respondent, texts.responses, texts.average]} numeric={[1, 2]} rows={figure.byRespondent.map((row) => [respondent(row.respondent), formatCount(row.responses, locale), row.average === null ? '–' : formatNumber(row.average, locale)])} />
          <DataTable caption={texts.responses} columns={[texts.mark, texts.responses]} numeric={[1]} rows={figure.marks.map((row) => [String(row.mark), formatCount(row.responses, locale)])} />
        </>
      }
    />
  );
}
