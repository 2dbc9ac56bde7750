import { useCallback, useEffect, useState } from 'react';
import { ApiError } from '../api/client';
import { useSession } from '../auth/session';
import { PageHeading } from '../components/page-heading';
import { format, useI18n } from '../i18n/i18n';
import { Link } from '../router/router';
import { formatDate, useTaskTexts } from '../tasks/task-texts';
import { CaseChronology } from './case-chronology';
import { CaseDocuments } from './case-documents';
import { CaseNextSteps } from './case-next-steps';
import { casesApi, type CaseView } from './cases.api';
import { spokenDate, spokenDateTime, useCaseTexts } from './case-texts';
import { InformationRequests } from './information-requests';
import { MeetingPeople } from './meeting-people';
import '../tasks/tasks.css';
import './cases.css';

/**
 * `/casussen/{id}`: one case as the user's role may see it: its status, track, meeting and norm;
 * what happens next and who holds it; what the referrer is asked to supply (answerable here by the
 * referrer); who comes to the meeting; the documents (downloadable where the role may); the
 * timeline; and the referral with its safety plan. Every read is audited by the server.
 */
export function CasePage({ caseId }: { caseId: string }) {
  const t = useCaseTexts();
  const panel = useTaskTexts().casePanel;
  const { language } = useI18n();
  const { user } = useSession();
  const [view, setView] = useState<CaseView | null>(null);
  const [problem, setProblem] = useState<'missing' | 'failed' | null>(null);
  const [round, setRound] = useState(0);

  const reload = useCallback(() => setRound((value) => value + 1), []);
  useEffect(() => {
    const controller = new AbortController();
    casesApi
      .get(caseId, controller.signal)
      .then((found) => {
        setView(found);
        setProblem(null);
      })
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        setProblem(error instanceof ApiError && error.status === 404 ? 'missing' : 'failed');
      });
    return () => controller.abort();
  }, [caseId, round]);

  const back = (
    <p className="back-link">
      <Link to="/casussen">{t.page.back}</Link>
    </p>
  );
  if (problem === 'missing') {
    return (
      <>
        {back}
        <PageHeading title={t.page.notFound} />
      </>
    );
  }
  if (problem === 'failed') return <p className="notice notice--error">{t.page.failed}</p>;
  if (!view) return <p className="loading">{t.page.loading}</p>;

  const meeting = view.meetings.filter((candidate) => candidate.status !== 'CANCELLED').at(-1);
  const referral = view.referral;
  const isReferrer = referral?.referrer?.id === user?.id;
  return (
    <>
      {back}
      <PageHeading title={format(t.page.title, { number: view.caseNumber })} />
      <div className="case-page">
        <div className="case-page__main">
          <section className="panel panel--wide" aria-labelledby="casus-gegevens">
            <h2 id="casus-gegevens" className="visually-hidden">
              {t.page.facts}
            </h2>
            <dl className="facts">
              <Fact term={t.page.status} value={panel.statuses[view.status] ?? view.status} />
              {view.track && <Fact term={t.page.track} value={panel.tracks[view.track] ?? view.track} />}
              <Fact term={t.page.municipality} value={view.municipality.name} />
              <Fact term={t.page.table} value={view.table.name} />
              <Fact term={t.page.meeting} value={meeting ? spokenDateTime(meeting.startsAt, language) : '–'} />
              {view.norm && (
                <Fact
                  term={t.page.norm}
                  value={format(view.norm.metAt ? t.page.normMet : t.page.normDue, { date: spokenDate(view.norm.dueAt, language) })}
                />
              )}
              {referral && <Fact term={t.page.referrer} value={[referral.referrer?.displayName, referral.referrerOrganisation?.name].filter(Boolean).join(', ')} />}
            </dl>
          </section>
          <CaseNextSteps caseId={view.id} refreshKey={round} />
          <InformationRequests caseId={view.id} requests={view.informationRequests} mayAnswer={isReferrer} onAnswered={reload} />
          <MeetingPeople view={view} />
          <CaseDocuments caseId={view.id} documents={view.documents} participants={view.participants} />
          <section className="panel panel--wide" aria-labelledby="casus-tijdlijn-titel">
            <h2 id="casus-tijdlijn-titel" className="panel__title">
              {t.page.chronology}
            </h2>
            <CaseChronology entries={view.chronology} />
          </section>
        </div>
        {referral && (
          <aside className="case-page__referral panel panel--wide" aria-labelledby="casus-verzoek-titel">
            <h2 id="casus-verzoek-titel" className="panel__title">
              {t.page.referral}
            </h2>
            <p className="muted">{format(panel.filedAt + ' {date}', { date: formatDate(referral.filedAt, language) })}</p>
            <Text term={panel.familySituation} value={referral.familySituation} />
            <Text term={panel.worries} value={referral.worries} />
            <Text term={panel.helpSoFar} value={referral.helpSoFar} />
            <Text term={panel.parentsView} value={referral.parentsView} />
            <Text term={panel.childVoice} value={referral.childVoice} />
            <h3>{panel.safetyPlan}</h3>
            {referral.safetyPlan.agreements && <Text term={panel.agreements} value={referral.safetyPlan.agreements} />}
            {referral.safetyPlan.noAgreementsReason && <Text term={panel.noAgreementsReason} value={referral.safetyPlan.noAgreementsReason} />}
            <Text term={panel.stepsIfNotKept} value={referral.safetyPlan.stepsIfNotKept} />
          </aside>
        )}
      </div>
    </>
  );
}

function Fact({ term, value }: { term: string; value: string }) {
  return (
    <div className="facts__row">
      <dt>{term}</dt>
      <dd>{value}</dd>
    </div>
  );
}

function Text({ term, value }: { term: string; value: string }) {
  return (
    <div className="case-text">
      <h4>{term}</h4>
      <p>{value}</p>
    </div>
  );
}
