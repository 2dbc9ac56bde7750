import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { ApiError, ValidationFailedError } from '../api/client';
import { useNotices } from '../components/notices';
import { format, useI18n } from '../i18n/i18n';
import { formatDate, formatDateTime } from '../tasks/task-texts';
import { agreementsApi, familyLinksApi, type Agreement, type FamilyLink, type MarkState } from './agreements.api';
import { useAgreementTexts } from './agreement-texts';
import './agreements.css';

/**
 * The agreements of a case in the case view (issue 13): what, who, by when, who watches over it,
 * what happens if it is not kept, its state and marks. The one who watches over an agreement (or the
 * chair) marks it here at any time: kept, not kept, or changed with a new date.
 */
export function AgreementsPanel({ caseId, refreshKey }: { caseId: string; refreshKey: number }) {
  const t = useAgreementTexts().panel;
  const { language } = useI18n();
  const [agreements, setAgreements] = useState<Agreement[] | null>(null);
  const [failed, setFailed] = useState(false);
  const [reload, setReload] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    agreementsApi
      .list(caseId, controller.signal)
      .then((found) => {
        setAgreements(found);
        setFailed(false);
      })
      .catch((error: unknown) => {
        if (!controller.signal.aborted && error instanceof ApiError) setFailed(true);
      });
    return () => controller.abort();
  }, [caseId, refreshKey, reload]);

  return (
    <section aria-labelledby="casus-afspraken">
      <h3 id="casus-afspraken">{t.title}</h3>
      {failed && <p className="notice notice--error">{t.failed}</p>}
      {agreements && agreements.length === 0 && <p className="muted">{t.empty}</p>}
      {agreements && agreements.length > 0 && (
        <ol className="agreement-list">
          {agreements.map((agreement) => {
            const kind = agreement.state === 'KEPT' ? 'kept' : agreement.state === 'NOT_KEPT' ? 'not-kept' : agreement.overdue ? 'overdue' : 'open';
            return (
              <li key={agreement.id} className={`agreement agreement--${kind}`} aria-labelledby={`afspraak-${agreement.id}`}>
                <p id={`afspraak-${agreement.id}`}>
                  <span className="agreement__state">{agreement.overdue ? t.overdue : (t.states[agreement.state] ?? agreement.state)}</span> {agreement.description}
                </p>
                <p>{format(t.responsible, { name: agreement.responsible })}</p>
                {agreement.dueOn && <p>{format(t.due, { date: formatDate(agreement.dueOn, language) })}</p>}
                {agreement.watcher && <p>{format(t.watcher, { name: agreement.watcher.name })}</p>}
                {agreement.ifNotKept && <p>{format(t.ifNotKept, { text: agreement.ifNotKept })}</p>}
                {agreement.overdue && agreement.markDueAt && <p>{format(t.markDue, { date: formatDate(agreement.markDueAt, language), norm: agreement.norm })}</p>}
                {agreement.flaggedForEvaluationAt && <p>{t.flagged}</p>}
                {agreement.marks.length > 0 && (
                  <ul className="agreement__marks" aria-label={t.marks}>
                    {agreement.marks.map((mark) => (
                      <li key={mark.markedAt}>
                        <strong>{t.markStates[mark.state] ?? mark.state}</strong>
                        {mark.newDueOn && ` (${format(t.changedTo, { date: formatDate(mark.newDueOn, language) })})`} · {formatDateTime(mark.markedAt, language)} · {format(t.by, { name: mark.by })}: {mark.note}
                      </li>
                    ))}
                  </ul>
                )}
                {agreement.mayMark && <MarkForm agreement={agreement} onMarked={() => setReload((count) => count + 1)} />}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}

const STATES: MarkState[] = ['KEPT', 'NOT_KEPT', 'CHANGED'];

function MarkForm({ agreement, onMarked }: { agreement: Agreement; onMarked(): void }) {
  const t = useAgreementTexts().panel;
  const { notify } = useNotices();
  const [open, setOpen] = useState(false);
  const [state, setState] = useState<MarkState | ''>('');
  const [note, setNote] = useState('');
  const [newDueOn, setNewDueOn] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const base = `afspraak-${agreement.id}-beoordeling`;
  const title = format(t.markTitle, { n: agreement.sequence });

  const submit = useCallback(
    async (event: FormEvent) => {
      event.preventDefault();
      if (busy || !state) return;
      setBusy(true);
      try {
        await agreementsApi.mark(agreement.id, { note: note.trim(), state, ...(state === 'CHANGED' ? { newDueOn } : {}) });
        notify('success', format(t.saved, { n: agreement.sequence }));
        setOpen(false);
        onMarked();
      } catch (failure) {
        if (failure instanceof ValidationFailedError) setError(Object.values(failure.fieldErrors).flat().join(' '));
        else if (failure instanceof ApiError && failure.status === 409) setError(t.settled);
        else if (failure instanceof ApiError) setError(format(t.markFailed, { reason: failure.message }));
        else throw failure;
      } finally {
        setBusy(false);
      }
    },
    [agreement.id, agreement.sequence, busy, newDueOn, note, notify, onMarked, state, t],
  );

  if (!open) {
    return (
      <button type="button" className="button button--secondary" onClick={() => setOpen(true)} aria-label={title}>
        {t.mark}
      </button>
    );
  }
  return (
    <form className="form form--compact" noValidate onSubmit={(event) => void submit(event)} aria-label={title}>
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
      <fieldset className="field fieldset">
        <legend className="field__label">{t.state}</legend>
        <div className="choices">
          {STATES.map((choice) => (
            <label key={choice} className="choice">
              <input type="radio" name={`${base}-stand`} value={choice} checked={state === choice} onChange={() => setState(choice)} />
              <span>{t.markStates[choice]}</span>
            </label>
          ))}
        </div>
      </fieldset>
      {state === 'CHANGED' && (
        <div className="field">
          <label className="field__label" htmlFor={`${base}-datum`}>
            {t.newDueOn}
          </label>
          <input id={`${base}-datum`} className="input" type="date" value={newDueOn} onChange={(event) => setNewDueOn(event.target.value)} />
        </div>
      )}
      <div className="field">
        <label className="field__label" htmlFor={`${base}-toelichting`}>
          {t.note}
        </label>
        <p className="field__hint" id={`${base}-hint`}>
          {t.noteHint}
        </p>
        <textarea id={`${base}-toelichting`} className="input textarea" rows={3} value={note} aria-describedby={`${base}-hint`} onChange={(event) => setNote(event.target.value)} />
      </div>
      <div className="form__actions">
        <button type="submit" className="button button--primary" aria-disabled={busy || !state || undefined}>
          {t.save}
        </button>
      </div>
    </form>
  );
}

/**
 * Who in the case has a family-page link and whether it works (issue 13); the table and the referrer
 * send one again from here (the server decides who may).
 */
export function FamilyLinksPanel({ caseId }: { caseId: string }) {
  const t = useAgreementTexts().links;
  const { language } = useI18n();
  const { notify } = useNotices();
  const [links, setLinks] = useState<FamilyLink[] | null>(null);
  const [reload, setReload] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    familyLinksApi
      .list(caseId, controller.signal)
      .then(setLinks)
      .catch(() => setLinks(null));
    return () => controller.abort();
  }, [caseId, reload]);

  if (!links) return null;
  const resend = async (link: FamilyLink) => {
    try {
      await familyLinksApi.resend(caseId, link.participantId);
      notify('success', format(t.resent, { name: link.name }));
      setReload((count) => count + 1);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      notify('error', t.failed);
    }
  };
  return (
    <section aria-labelledby="casus-gezinspagina">
      <h3 id="casus-gezinspagina">{t.title}</h3>
      <p className="muted">{t.intro}</p>
      {links.length === 0 ? (
        <p className="muted">{t.none}</p>
      ) : (
        <ul className="family-links">
          {links.map((link) => (
            <li key={link.participantId}>
              <strong>{link.name}</strong> ({t.roles[link.role] ?? link.role}): {format(t.states[link.state] ?? link.state, { date: link.expiresAt ? formatDate(link.expiresAt, language) : '' })}
              {link.visitCount > 0 && ` · ${format(t.visits, { count: link.visitCount })}`}{' '}
              <button type="button" className="button button--secondary" onClick={() => void resend(link)}>
                {format(t.resend, { name: link.name })}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
