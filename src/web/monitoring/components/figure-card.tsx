import { useId, type ReactNode } from 'react';
import { format } from '../../i18n/i18n';
import { useMonitoringTexts } from '../use-monitoring-texts';

/**
 * One figure of the dashboard: its title, the headline number, its definition written beside it
 * (always visible, not only on hover), the chart, the same numbers as a table, and the CSV link.
 */
export function FigureCard({ chart, csvHref, definition, figureKey, headline, sub, table, title }: {
  chart: ReactNode;
  csvHref: string;
  definition: string;
  figureKey: string;
  headline: string;
  sub?: ReactNode;
  table: ReactNode;
  title: string;
}) {
  const { m } = useMonitoringTexts();
  const headingId = useId();
  const definitionId = useId();
  return (
    <section className="figure" aria-labelledby={headingId} aria-describedby={definitionId} data-figure={figureKey}>
      <h2 id={headingId} className="figure__title">
        {title}
      </h2>
      <p className="figure__headline">{headline}</p>
      {sub && <div className="figure__sub">{sub}</div>}
      <p id={definitionId} className="figure__definition">
        <strong>{m.dashboard.definition}:</strong> {definition}
      </p>
      <div className="figure__chart">{chart}</div>
      <details className="figure__table">
        <summary>{m.dashboard.showTable}</summary>
        {table}
      </details>
      <p className="figure__actions">
        <a className="button button--secondary button--small" href={csvHref} download>
          {m.dashboard.csv}
          <span className="visually-hidden">{format(m.dashboard.csvLabel, { figure: title })}</span>
        </a>
      </p>
    </section>
  );
}
