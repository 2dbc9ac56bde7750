import { useEffect, useId, useState } from 'react';
import { ApiError } from '../api/client';
import { rolesOf } from '../auth/roles';
import { useSession } from '../auth/session';
import { PageHeading } from '../components/page-heading';
import { ScrollTable } from '../components/scroll-table';
import { format, useI18n } from '../i18n/i18n';
import { referralsApi, type ReferralDraftSummary } from '../referrals/referrals.api';
import { Link } from '../router/router';
import { formatDateTime, useTaskTexts } from '../tasks/task-texts';
import { casesApi, type CaseSummary } from './cases.api';
import { spokenDate, useCaseTexts } from './case-texts';
import { stepSentence } from './next-step-words';
import '../tasks/tasks.css';
import './cases.css';

const PAGE = 50;
const STATUSES = ['FILED', 'AWAITING_INFORMATION', 'PLANNED', 'DISCUSSED', 'IN_FOLLOW_UP', 'CLOSED', 'WITHDRAWN'] as const;

/**
 * `/casussen`: the cases the user takes part in (a chair or secretary: their region's), with status,
 * track, the next step and who holds it, the meeting and the norm date; for a referrer also their
 * drafts and a new referral. The server decides what the user may see; this page only shows it.
 */
export function CaseListPage() {
  const t = useCaseTexts();
  const { user } = useSession();
  const roles = rolesOf(user);
  const referrer = roles.has('local_team') || roles.has('veilig_thuis') || roles.has('youth_protector');
  const table = roles.has('chair') || roles.has('secretary');
  return (
    <>
      <PageHeading title={t.list.title} />
      <p className="lead">{table ? t.list.introTable : t.list.introParticipant}</p>
      {referrer && (
        <p>
          <Link to="/casussen/nieuw" className="button button--primary">
            {t.list.newReferral}
          </Link>
        </p>
      )}
      {referrer && <Drafts />}
      <CaseList />
    </>
  );
}

function Drafts() {
  const t = useCaseTexts();
  const { language } = useI18n();
  const [drafts, setDrafts] = useState<ReferralDraftSummary[] | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    referralsApi
      .drafts(controller.signal)
      .then((found) => setDrafts(found.items))
      .catch(() => setDrafts([]));
    return () => controller.abort();
  }, []);
  if (!drafts || drafts.length === 0) return null;
  return (
    <section className="panel case-drafts" aria-labelledby="concepten-titel">
      <h2 id="concepten-titel" className="panel__title">
        {t.list.drafts}
      </h2>
      <p className="muted">{t.list.draftsIntro}</p>
      <ul className="plain-list case-drafts__list">
        {drafts.map((draft) => (
          <li key={draft.id}>
            <Link to={`/casussen/concepten/${draft.id}`}>{draft.childrenNames.length > 0 ? format(t.list.draftNamed, { names: draft.childrenNames.join(', ') }) : t.list.draftUnnamed}</Link>
            <span className="muted"> · {format(t.list.draftSaved, { date: formatDateTime(draft.updatedAt, language) })}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

function CaseList() {
  const t = useCaseTexts();
  const panel = useTaskTexts().casePanel;
  const messages = useI18n().t;
  const { language } = useI18n();
  const statusId = useId();
  const [status, setStatus] = useState('');
  const [items, setItems] = useState<CaseSummary[] | null>(null);
  const [total, setTotal] = useState(0);
  const [failed, setFailed] = useState(false);

  const load = (offset: number, signal?: AbortSignal) =>
    casesApi
      .list({ limit: PAGE, offset, status: status || undefined }, signal)
      .then((page) => {
        setItems((current) => (offset === 0 ? page.items : [...(current ?? []), ...page.items]));
        setTotal(page.total);
        setFailed(false);
      })
      .catch((error: unknown) => {
        if (!signal?.aborted && error instanceof ApiError) setFailed(true);
      });
  useEffect(() => {
    const controller = new AbortController();
    setItems(null);
    void load(0, controller.signal);
    return () => controller.abort();
    // `load` reads the status; the status is what changes the list.
  }, [status]);

  return (
    <section aria-labelledby="casussen-lijst" className="case-list">
      <h2 id="casussen-lijst" className="visually-hidden">
        {t.list.caption}
      </h2>
      <div className="case-list__bar">
        <div className="field case-list__filter">
          <label className="field__label" htmlFor={statusId}>
            {t.list.status}
          </label>
          <select id={statusId} className="input select" value={status} onChange={(event) => setStatus(event.target.value)}>
            <option value="">{t.list.anyStatus}</option>
            {STATUSES.map((value) => (
              <option key={value} value={value}>
                {panel.statuses[value]}
              </option>
            ))}
          </select>
        </div>
        {items && (
          <p className="case-list__count" aria-live="polite">
            {total === 1 ? t.list.countOne : format(t.list.count, { count: total })}
          </p>
        )}
      </div>
      {failed && <p className="notice notice--error">{t.list.failed}</p>}
      {!items && !failed && <p className="loading">{t.list.loading}</p>}
      {items && items.length === 0 && <p className="empty-state">{t.list.empty}</p>}
      {items && items.length > 0 && (
        <ScrollTable labelledBy="casussen-lijst">
          <table className="case-table">
            <caption className="visually-hidden">{t.list.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t.list.columns.case}</th>
                <th scope="col">{t.list.columns.status}</th>
                <th scope="col">{t.list.columns.next}</th>
                <th scope="col">{t.list.columns.meeting}</th>
                <th scope="col">{t.list.columns.norm}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((kase) => (
                <tr key={kase.id}>
                  <th scope="row">
                    <Link to={`/casussen/${kase.id}`} className="case-table__link">
                      {kase.caseNumber}
                    </Link>
                    <span className="case-table__meta">
                      {kase.municipality.name} · {kase.table.name}
                    </span>
                  </th>
                  <td data-label={t.list.columns.status}>
                    <span className={`case-status case-status--${kase.status.toLowerCase().replace(/_/g, '-')}`}>{panel.statuses[kase.status] ?? kase.status}</span>
                    {kase.track && <span className="case-table__meta">{panel.tracks[kase.track] ?? kase.track}</span>}
                  </td>
                  <td data-label={t.list.columns.next}>{kase.nextStep ? stepSentence(kase.nextStep, t, messages, language) : t.list.none}</td>
                  <td data-label={t.list.columns.meeting}>{kase.meetingAt ? spokenDate(kase.meetingAt, language) : t.list.none}</td>
                  <td data-label={t.list.columns.norm}>
                    {kase.norm ? (
                      <>
                        {spokenDate(kase.norm.dueAt, language)}
                        {kase.norm.metAt && <span className="case-table__meta">{t.list.normMet}</span>}
                      </>
                    ) : (
                      t.list.none
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      )}
      {items && items.length < total && (
        <p>
          <button type="button" className="button button--secondary" onClick={() => void load(items.length)}>
            {t.list.more}
          </button>
        </p>
      )}
    </section>
  );
}
