import { PageHeading } from '../components/page-heading';
import { format } from '../i18n/i18n';
import { DataTable } from '../monitoring/components/data-table';
import { LoadState } from '../monitoring/components/load-state';
import { formatCount, formatDate, formatShare } from '../monitoring/format';
import { monitoringApi, type MunicipalOverview } from '../monitoring/monitoring.api';
import '../monitoring/monitoring.css';
import { useMonitoringTexts } from '../monitoring/use-monitoring-texts';
import { useResource } from '../api/use-resource';
import { Link } from '../router/router';

type Municipality = MunicipalOverview['municipalities'][number];

/** One municipality: its waiting cases, the contact's open tasks and its figures. */
function MunicipalitySection({ municipality, nearDays }: { municipality: Municipality; nearDays: number }) {
  const { locale, m } = useMonitoringTexts();
  const t = m.municipality;
  const figures = municipality.figures;
  return (
    <section aria-labelledby={`gemeente-${municipality.id}`}>
      <h2 id={`gemeente-${municipality.id}`}>{municipality.name}</h2>

      <h3>{t.casesTitle}</h3>
      <p>{format(t.casesIntro, { days: String(nearDays) })}</p>
      {municipality.cases.length === 0 ? (
        <p>{t.casesEmpty}</p>
      ) : (
        <DataTable
          caption={format(t.casesCaption, { name: municipality.name })}
          columns={[t.columns.caseNumber, t.columns.table, t.columns.normDate, t.columns.daysLeft, t.columns.status, t.columns.meetingPlanned]}
          numeric={[3]}
          rows={municipality.cases.map((item) => [
            item.caseNumber,
            item.table.name,
            formatDate(item.normDueAt, locale),
            format(t.daysLeft[item.daysUnit], { count: String(item.daysLeft) }),
            m.cases.normStatuses[item.status] ?? item.status,
            item.meetingPlanned ? m.common.yes : m.common.no,
          ])}
        />
      )}

      <h3>{t.tasksTitle}</h3>
      {municipality.tasks.length === 0 ? (
        <p>{t.tasksEmpty}</p>
      ) : (
        <DataTable
          caption={format(t.tasksCaption, { name: municipality.name })}
          columns={[t.taskColumns.name, t.taskColumns.caseNumber, t.taskColumns.dueAt]}
          rows={municipality.tasks.map((task) => [<Link key={task.id} to={`/taken/${task.id}`}>{task.name}</Link>, task.caseNumber ?? '–', formatDate(task.dueAt, locale)])}
        />
      )}

      <h3>{format(t.figuresTitle, { name: municipality.name })}</h3>
      <DataTable
        caption={format(t.figuresCaption, { name: municipality.name })}
        columns={[t.figureColumns.figure, t.figureColumns.value]}
        numeric={[1]}
        rows={[
          [t.figures.running, formatCount(figures.running, locale)],
          [t.figures.atRisk, formatCount(figures.atRisk, locale)],
          [t.figures.exceeded, formatCount(figures.exceeded, locale)],
          [t.figures.escalationsOpen, formatCount(figures.escalationsOpen, locale)],
          [
            t.figures.withinNorm,
            `${formatShare(figures.meetingsWithinNorm.share, locale, m.common.notShown)} (${formatCount(figures.meetingsWithinNorm.part, locale)} / ${formatCount(figures.meetingsWithinNorm.whole, locale)})`,
          ],
        ]}
      />
    </section>
  );
}

/** "Mijn gemeente": the municipal contact's own page (issue 11). No family data: case numbers, tables and dates only. */
export function MunicipalityPage() {
  const { m } = useMonitoringTexts();
  const overview = useResource((signal) => monitoringApi.municipalOverview(signal), 'municipal-overview');
  return (
    <>
      <PageHeading title={m.municipality.title} />
      <p className="lead">{m.municipality.intro}</p>
      <p className="monitoring__note">{m.common.smallNumbers}</p>
      <LoadState resource={overview} />
      {overview.status === 'ready' &&
        (overview.value.municipalities.length === 0 ? (
          <p>{m.municipality.none}</p>
        ) : (
          overview.value.municipalities.map((municipality) => <MunicipalitySection key={municipality.id} municipality={municipality} nearDays={overview.value.nearNormWorkingDays} />)
        ))}
    </>
  );
}
