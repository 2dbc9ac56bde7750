import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { AgreementsPanel, FamilyLinksPanel } from '../agreements/agreements-panel';
import { api, ApiError } from '../api/client';
import { CaseChronology } from '../cases/case-chronology';
import type { CaseView } from '../cases/cases.api';
import { useNotices } from '../components/notices';
import { format, useI18n } from '../i18n/i18n';
import { NormBadge, NormLegend } from './norm-badge';
import { commentsApi, type CaseComment, type CaseNorm } from './tasks.api';
import { formatDate, formatDateTime, useTaskTexts } from './task-texts';

/**
 * Beside every task, the case as the user's role may see it: the referral with its safety plan, the
 * family, the participants, the chronology and the internal comments. The case view and the comments
 * come from the case record's own API, which checks access and writes every read to the audit log.
 */
export function CasePanel({ caseId, norm, refreshKey }: { caseId: string; norm?: CaseNorm | null; refreshKey: number }) {
  const t = useTaskTexts().casePanel;
  const { language } = useI18n();
  const [view, setView] = useState<CaseView | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    const controller = new AbortController();
    api
      .get<CaseView>(`/cases/${caseId}`, { signal: controller.signal })
      .then((found) => {
        setView(found);
        setFailed(false);
      })
      .catch((error: unknown) => {
        if (!controller.signal.aborted && error instanceof ApiError) setFailed(true);
      });
    return () => controller.abort();
  }, [caseId, refreshKey]);

  if (failed) return <p className="notice notice--error">{t.failed}</p>;
  if (!view) return <p className="loading">{t.loading}</p>;
  const referral = view.referral;
  return (
    <div className="case-panel">
      <dl className="facts">
        <Fact term={t.caseNumber} value={view.caseNumber} />
        <Fact term={t.status} value={t.statuses[view.status] ?? view.status} />
        {view.track && <Fact term={t.track} value={t.tracks[view.track] ?? view.track} />}
        <Fact term={t.municipality} value={view.municipality.name} />
        {norm !== undefined && (
          <div className="facts__row">
            <dt>{t.norm}</dt>
            <dd>
              <NormBadge norm={norm} />
              <NormLegend />
            </dd>
          </div>
        )}
      </dl>
      {referral && (
        <section aria-labelledby="casus-verzoek">
          <h3 id="casus-verzoek">{t.referral}</h3>
          <dl className="facts">
            <Fact term={t.referrer} value={[referral.referrer?.displayName, referral.referrerOrganisation?.name].filter(Boolean).join(', ')} />
            <Fact term={t.filedAt} value={formatDate(referral.filedAt, language)} />
          </dl>
          <Text term={t.familySituation} value={referral.familySituation} />
          <Text term={t.worries} value={referral.worries} />
          <Text term={t.helpSoFar} value={referral.helpSoFar} />
          <Text term={t.parentsView} value={referral.parentsView} />
          <Text term={t.childVoice} value={referral.childVoice} />
        </section>
      )}
      {referral && (
        <section aria-labelledby="casus-veiligheidsplan">
          <h3 id="casus-veiligheidsplan">{t.safetyPlan}</h3>
          {referral.safetyPlan.agreements && <Text term={t.agreements} value={referral.safetyPlan.agreements} />}
          {referral.safetyPlan.noAgreementsReason && <Text term={t.noAgreementsReason} value={referral.safetyPlan.noAgreementsReason} />}
          <Text term={t.stepsIfNotKept} value={referral.safetyPlan.stepsIfNotKept} />
        </section>
      )}
      <section aria-labelledby="casus-gezin">
        <h3 id="casus-gezin">{t.family}</h3>
        <h4>{t.children}</h4>
        <ul className="plain-list">
          {view.children.map((child) => (
            <li key={child.id}>{format(t.childAge, { age: child.age, name: `${child.givenName} ${child.familyName}` })}</li>
          ))}
        </ul>
        <h4>{t.parents}</h4>
        <ul className="plain-list">
          {view.parents.map((parent) => (
            <li key={parent.id}>{`${parent.givenName} ${parent.familyName}`}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="casus-deelnemers">
        <h3 id="casus-deelnemers">{t.participants}</h3>
        <ul className="plain-list">
          {view.participants
            .filter((participant) => !participant.removedAt && (participant.user || participant.organisation))
            .map((participant) => (
              <li key={participant.id}>
                <strong>{t.participantRoles[participant.role] ?? participant.role}</strong>: {[participant.user?.displayName, participant.organisation?.name].filter(Boolean).join(', ')}
              </li>
            ))}
        </ul>
      </section>
      <section aria-labelledby="casus-tijdlijn">
        <h3 id="casus-tijdlijn">{t.chronology}</h3>
        <CaseChronology entries={view.chronology} />
      </section>
      <AgreementsPanel caseId={caseId} refreshKey={refreshKey} />
      <FamilyLinksPanel caseId={caseId} />
      <Comments caseId={caseId} />
    </div>
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

function Comments({ caseId }: { caseId: string }) {
  const t = useTaskTexts().casePanel;
  const { language } = useI18n();
  const { notify } = useNotices();
  const [comments, setComments] = useState<CaseComment[]>([]);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(() => void commentsApi.list(caseId).then(setComments).catch(() => undefined), [caseId]);
  useEffect(load, [load]);

  const add = async (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) return setError(t.commentMissing);
    await commentsApi.add(caseId, text.trim());
    setText('');
    setError(null);
    notify('success', t.commentAdded);
    load();
  };

  return (
    <section aria-labelledby="casus-notities">
      <h3 id="casus-notities">{t.comments}</h3>
      <p className="muted">{t.commentsIntro}</p>
      {comments.length === 0 ? (
        <p className="muted">{t.commentsEmpty}</p>
      ) : (
        <ul className="comments">
          {comments.map((comment) => (
            <li key={comment.id} className="comments__item">
              <p className="comments__text">{comment.text}</p>
              <p className="comments__meta">{format(t.commentBy, { date: formatDateTime(comment.createdAt, language), name: comment.author.displayName })}</p>
            </li>
          ))}
        </ul>
      )}
      <form className="form form--compact" noValidate onSubmit={(event) => void add(event)}>
        <div className={`field${error ? ' field--invalid' : ''}`}>
          <label className="field__label" htmlFor="nieuwe-notitie">
            {t.newComment}
          </label>
          {error && (
            <p className="field__error" id="nieuwe-notitie-fout">
              {error}
            </p>
          )}
          <textarea id="nieuwe-notitie" className="input textarea" rows={3} value={text} onChange={(event) => setText(event.target.value)} aria-invalid={error ? true : undefined} aria-describedby={error ? 'nieuwe-notitie-fout' : undefined} />
        </div>
        <div className="form__actions">
          <button type="submit" className="button button--secondary">
            {t.addComment}
          </button>
        </div>
      </form>
    </section>
  );
}
