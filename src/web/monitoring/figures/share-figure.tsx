import { format } from '../../i18n/i18n';
import { ShareMeter } from '../charts/share-meter';
import { DataTable } from '../components/data-table';
import { FigureCard } from '../components/figure-card';
import { formatCount, formatShare } from '../format';
import type { ShareFigure as Share } from '../monitoring.api';
import { useMonitoringTexts } from '../use-monitoring-texts';

/** A figure that is one share: parents present, children heard, reports on time, reactions, evaluations. */
export function ShareFigureCard({ csvHref, definition, extra, figure, figureKey, title }: { csvHref: string; definition: string; extra?: string; figure: Share; figureKey: string; title: string }) {
  const { locale, m } = useMonitoringTexts();
  const ofWhole = format(m.dashboard.ofWhole, { part: formatCount(figure.part, locale), whole: formatCount(figure.whole, locale) });
  return (
    <FigureCard
      figureKey={figureKey}
      title={title}
      definition={definition}
      csvHref={csvHref}
      headline={formatShare(figure.share, locale, m.common.notShown)}
      sub={
        <p>
          {ofWhole}
          {extra ? ` · ${extra}` : ''}
        </p>
      }
      chart={<ShareMeter title={title} description={`${formatShare(figure.share, locale, m.common.notShown)} (${ofWhole})`} share={figure.share} />}
      table={
        <DataTable
          caption={title}
          columns={[m.dashboard.whole, m.dashboard.count, m.dashboard.share]}
          numeric={[1, 2]}
          rows={[[formatCount(figure.whole, locale), formatCount(figure.part, locale), formatShare(figure.share, locale, '–')]]}
        />
      }
    />
  );
}
