import { useEffect, useState } from 'react';
import { useI18n } from '../i18n/i18n';
import { casesApi, type NextSteps } from './cases.api';
import { useCaseTexts } from './case-texts';
import { stepSentence } from './next-step-words';

/** How often and how long the page asks again while the process is still moving (just after filing, say). */
const POLL_MS = 1_000;
const GIVE_UP_MS = 20_000;

/** "Wat nu?": every step that is open in the case, most pressing first, each with who and by when. */
export function CaseNextSteps({ caseId, refreshKey }: { caseId: string; refreshKey: number }) {
  const t = useCaseTexts();
  const { language, t: messages } = useI18n();
  const [next, setNext] = useState<NextSteps | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    const until = Date.now() + GIVE_UP_MS;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // A referrer lands here the moment the referral is filed, before the process has made the chair's
    // task: while the process is not at rest, ask again, so that the page says who acts next.
    const ask = () =>
      casesApi
        .nextStep(caseId, controller.signal)
        .then((found) => {
          setNext(found);
          if (!found.settled && Date.now() < until) timer = setTimeout(ask, POLL_MS);
        })
        .catch(() => {
          if (!controller.signal.aborted) setNext({ settled: true, steps: [] });
        });
    void ask();
    return () => {
      controller.abort();
      clearTimeout(timer);
    };
  }, [caseId, refreshKey]);
  return (
    <section className="panel panel--wide case-next" aria-labelledby="casus-wat-nu">
      <h2 id="casus-wat-nu" className="panel__title">
        {t.page.next}
      </h2>
      {!next && <p className="loading">{t.page.nextLoading}</p>}
      {next && next.steps.length === 0 && <p>{next.settled ? t.next.none : t.page.nextBusy}</p>}
      {next && next.steps.length > 0 && (
        <ul className="case-next__list">
          {next.steps.map((step, index) => (
            <li key={`${step.kind}-${index}`}>{stepSentence(step, t, messages, language)}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
