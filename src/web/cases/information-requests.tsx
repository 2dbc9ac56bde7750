import { useId, useState, type FormEvent } from 'react';
import { ApiError } from '../api/client';
import { useNotices } from '../components/notices';
import { format, useI18n } from '../i18n/i18n';
import { formatDateTime } from '../tasks/task-texts';
import { casesApi, type InformationRequest } from './cases.api';
import { useCaseTexts } from './case-texts';

const ANSWER_MAX = 20000;

/**
 * What the chair asked the referrer to supply, open questions first. The referrer answers here;
 * the last answer returns the request to the chair's check (the process is told by the server).
 */
export function InformationRequests({ caseId, mayAnswer, onAnswered, requests }: { caseId: string; mayAnswer: boolean; onAnswered(): void; requests: InformationRequest[] }) {
  const t = useCaseTexts();
  const { language } = useI18n();
  const open = requests.filter((request) => !request.answeredAt);
  const answered = requests.filter((request) => request.answeredAt);
  return (
    <section className="panel panel--wide case-requests" aria-labelledby="casus-gevraagd">
      <h2 id="casus-gevraagd" className="panel__title">
        {t.page.requests}
      </h2>
      {requests.length === 0 ? (
        <p className="muted">{t.page.requestsNone}</p>
      ) : (
        <>
          {open.length > 0 && <p>{t.page.requestsIntro}</p>}
          <ul className="plain-list case-requests__list">
            {[...open, ...answered].map((request) => (
              <li key={request.id} className={`case-request${request.answeredAt ? '' : ' case-request--open'}`}>
                <p className="case-request__meta">
                  {format(t.page.requestedOn, { date: formatDateTime(request.requestedAt, language) })}
                  {request.dueAt && !request.answeredAt && ` · ${format(t.page.answerBy, { date: formatDateTime(request.dueAt, language) })}`}
                </p>
                <p className="case-request__question">{request.question}</p>
                {request.answeredAt ? (
                  <>
                    <p className="case-request__meta">{format(t.page.answered, { date: formatDateTime(request.answeredAt, language) })}</p>
                    <p className="case-request__answer">{request.answer}</p>
                  </>
                ) : (
                  mayAnswer && <AnswerForm caseId={caseId} requestId={request.id} onAnswered={onAnswered} />
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function AnswerForm({ caseId, onAnswered, requestId }: { caseId: string; onAnswered(): void; requestId: string }) {
  const t = useCaseTexts();
  const { notify } = useNotices();
  const id = useId();
  const [answer, setAnswer] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (!answer.trim()) return setError(t.page.answerMissing);
    if (answer.length > ANSWER_MAX) return setError(t.page.answerTooLong);
    setBusy(true);
    try {
      await casesApi.supplyInformation(caseId, requestId, answer.trim());
      setError(null);
      notify('success', t.page.sent);
      onAnswered();
    } catch (caught) {
      if (!(caught instanceof ApiError)) throw caught;
      setError(caught.status === 400 ? t.page.answerMissing : t.page.sendFailed);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="form form--compact" noValidate onSubmit={(event) => void submit(event)}>
      <div className={`field${error ? ' field--invalid' : ''}`}>
        <label className="field__label" htmlFor={id}>
          {t.page.answer}
        </label>
        {error && (
          <p className="field__error" id={`${id}-fout`}>
            {error}
          </p>
        )}
        <textarea id={id} className="input textarea" rows={4} value={answer} onChange={(event) => setAnswer(event.target.value)} aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-fout` : undefined} />
      </div>
      <div className="form__actions">
        <button type="submit" className="button button--primary" aria-disabled={busy || undefined}>
          {t.page.send}
        </button>
      </div>
    </form>
  );
}
