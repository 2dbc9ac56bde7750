import { useState } from 'react';
import { useNotices } from '../../components/notices';
import { format } from '../../i18n/i18n';
import { formatDateTime } from '../format';
import { monitoringApi, type CaseProcessView } from '../monitoring.api';
import { useMonitoringTexts } from '../use-monitoring-texts';
import { ReasonForm } from './reason-form';

/** The incidents of a case's process; an operator may retry an open one with a reason. */
export function IncidentList({ onChanged, view }: { onChanged(): void; view: CaseProcessView }) {
  const { locale, m } = useMonitoringTexts();
  const { notify } = useNotices();
  const [retrying, setRetrying] = useState<string | null>(null);
  if (view.incidents.length === 0) return <p>{m.caseView.noIncidents}</p>;
  return (
    <ul className="incidents">
      {view.incidents.map((incident) => (
        <li key={incident.key} className={`incident${incident.state === 'ACTIVE' ? ' incident--open' : ''}`}>
          <p className="incident__title">
            <strong>{format(m.caseView.incident, { step: incident.elementName, type: m.caseView.incidentTypes[incident.errorType] ?? m.caseView.incidentTypes.OTHER })}</strong>
            {' · '}
            {formatDateTime(incident.creationDate, locale)}
            {incident.state === 'RESOLVED' && <span className="tag tag--success">{m.caseView.resolved}</span>}
          </p>
          <p className="incident__message">
            <span className="muted">{m.caseView.incidentMessage}:</span> {incident.errorMessage || '–'}
          </p>
          {incident.jobRetries !== null && incident.state === 'ACTIVE' && <p className="muted">{format(m.caseView.retriesLeft, { count: incident.jobRetries })}</p>}
          {incident.state === 'ACTIVE' && view.canOperate && retrying !== incident.key && (
            <button type="button" className="button button--primary button--small" onClick={() => setRetrying(incident.key)}>
              {m.caseView.retry}
            </button>
          )}
          {retrying === incident.key && (
            <ReasonForm
              title={m.caseView.retryTitle}
              confirmLabel={m.caseView.retry}
              onAbort={() => setRetrying(null)}
              onConfirm={async (reason) => {
                await monitoringApi.retryIncident(incident.key, reason);
                setRetrying(null);
                notify('success', m.caseView.retryDone);
                onChanged();
              }}
            />
          )}
        </li>
      ))}
    </ul>
  );
}
