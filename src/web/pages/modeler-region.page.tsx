import { useEffect, useRef, useState, type FormEvent } from 'react';
import { ValidationFailedError } from '../api/client';
import { ErrorSummary } from '../components/error-summary';
import { PageHeading } from '../components/page-heading';
import { format } from '../i18n/i18n';
import { ModelerNav } from '../modeler/components/modeler-nav';
import { RegionSettingsForm } from '../modeler/region/region-settings-form';
import { fieldId, serviceProblem, validateSettings, type FormProblem } from '../modeler/region/region-validation';
import { regionsApi, type RegionSettings, type SettingsChange } from '../modeler/region/regions.api';
import { useResource } from '../api/use-resource';
import { formatDateTime, useModelerTexts } from '../modeler/use-modeler-texts';
import { Link, Redirect } from '../router/router';

/** /modeler/regio: the regions the process owner may change; with one, straight to its settings. */
export function ModelerRegionsPage() {
  const { m } = useModelerTexts();
  const regions = useResource((signal) => regionsApi.list(signal), 'regions');
  if (regions.status === 'ready' && regions.value.length === 1) return <Redirect to={`/modeler/regio/${regions.value[0].id}`} />;
  return (
    <>
      <PageHeading title={m.region.title} />
      <ModelerNav />
      <p className="lead">{m.region.intro}</p>
      {regions.status === 'loading' && <p className="loading">{m.common.loading}</p>}
      {regions.status === 'failed' && <p className="notice notice--error">{m.common.failed}</p>}
      {regions.status === 'ready' &&
        (regions.value.length === 0 ? (
          <p>{m.region.none}</p>
        ) : (
          <>
            <h2>{m.region.choose}</h2>
            <ul className="list">
              {regions.value.map((region) => (
                <li key={region.id}>
                  <Link to={`/modeler/regio/${region.id}`}>{region.name}</Link>
                </li>
              ))}
            </ul>
          </>
        ))}
    </>
  );
}

/** One region's settings in forms, validated in Dutch before sending, with the history of changes. */
export function ModelerRegionPage({ regionId }: { regionId: string }) {
  const { locale, m } = useModelerTexts();
  const view = useResource((signal) => regionsApi.settings(regionId, signal), regionId);
  const history = useResource((signal) => regionsApi.history(regionId, signal), regionId);
  const [settings, setSettings] = useState<RegionSettings | null>(null);
  const [comment, setComment] = useState('');
  const [problems, setProblems] = useState<FormProblem[]>([]);
  const [status, setStatus] = useState<{ kind: 'error' | 'info' | 'success'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const summary = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (view.status === 'ready') setSettings(structuredClone(view.value.settings));
  }, [view.status === 'ready' ? view.value : null]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!settings || busy) return;
    const found = validateSettings(settings, comment, m);
    setProblems(found);
    setStatus(null);
    if (found.length > 0) {
      requestAnimationFrame(() => summary.current?.focus());
      return;
    }
    setBusy(true);
    try {
      const result = await regionsApi.update(regionId, settings, comment.trim());
      setSettings(structuredClone(result.settings));
      setComment('');
      setStatus({ kind: result.changeId ? 'success' : 'info', text: result.changeId ? m.region.saved : m.region.unchanged });
      history.reload();
    } catch (error) {
      if (error instanceof ValidationFailedError) {
        setProblems(error.problems.map((problem) => serviceProblem(problem.field, problem.reason, m)));
        requestAnimationFrame(() => summary.current?.focus());
      } else {
        setStatus({ kind: 'error', text: m.region.failed });
      }
    } finally {
      setBusy(false);
    }
  };

  const errors = Object.fromEntries(problems.map((problem) => [problem.field, problem.message]));
  const title = view.status === 'ready' ? format(m.region.titleOf, { region: view.value.region.name }) : m.region.title;
  return (
    <>
      <PageHeading title={title} />
      <ModelerNav />
      <p className="lead">{m.region.intro}</p>
      {view.status === 'loading' && <p className="loading">{m.common.loading}</p>}
      {view.status === 'failed' && (
        <p className="notice notice--error" role="alert">
          {m.common.failed}
        </p>
      )}
      <div className="modeler-status" role="status" aria-live="polite" data-testid="region-status">
        {status && <p className={`notice notice--${status.kind}`}>{status.text}</p>}
      </div>
      {view.status === 'ready' && settings && (
        <form className="region-settings" onSubmit={submit} noValidate>
          <ErrorSummary ref={summary} items={problems.map((problem) => ({ fieldId: fieldId(problem.field), message: problem.message }))} />
          <RegionSettingsForm settings={settings} onChange={setSettings} errors={errors} tableOptions={view.value.tableOptions} />
          <div className={`field${errors.comment ? ' field--invalid' : ''}`}>
            <label className="field__label" htmlFor={fieldId('comment')}>
              {m.region.comment}
            </label>
            <p className="field__hint" id={`${fieldId('comment')}-hint`}>
              {m.region.commentHint}
            </p>
            {errors.comment && (
              <p className="field__error" id={`${fieldId('comment')}-error`}>
                {errors.comment}
              </p>
            )}
            <textarea
              id={fieldId('comment')}
              className="input comment-form__input"
              rows={2}
              maxLength={500}
              value={comment}
              onChange={(event) => setComment(event.target.value)}
              aria-invalid={errors.comment ? true : undefined}
              aria-describedby={[`${fieldId('comment')}-hint`, errors.comment ? `${fieldId('comment')}-error` : ''].filter(Boolean).join(' ')}
            />
          </div>
          <div className="form__actions">
            <button type="submit" className="button button--primary" aria-disabled={busy || undefined}>
              {busy ? m.region.saving : m.region.submit}
            </button>
          </div>
        </form>
      )}
      {history.status === 'ready' && view.status === 'ready' && <SettingsHistory changes={history.value} names={namesOf(view.value)} locale={locale} />}
    </>
  );
}

function namesOf(view: { settings: RegionSettings; tableOptions: { id: string; name: string }[] }): Map<string, string> {
  return new Map([...view.tableOptions.map((table) => [table.id, table.name] as const), ...view.settings.municipalities.map((municipality) => [municipality.id, municipality.name] as const)]);
}

/** The changes, newest first: who, when, why, and each setting from what to what. */
function SettingsHistory({ changes, locale, names }: { changes: SettingsChange[]; locale: string; names: Map<string, string> }) {
  const { m } = useModelerTexts();
  const r = m.region;
  const value = (field: string, raw: unknown) => {
    if (typeof raw === 'boolean') return raw ? r.yes : r.no;
    if (field === 'chairModel') return raw === 'INDEPENDENT' ? r.chairIndependent : r.chairRotating;
    return String(raw);
  };
  const describe = (change: SettingsChange['changes'][number]) => {
    const [part, id, list] = change.field.split('.');
    if (part === 'tables' || part === 'municipalities') return format(r.changedList, { label: format(r.labels[list], { name: names.get(id) ?? id }) });
    return format(r.changed, { after: value(part, change.after), before: value(part, change.before), label: r.labels[part] ?? part });
  };
  return (
    <section className="modeler-section" aria-labelledby="settings-history">
      <h2 id="settings-history">{r.historyTitle}</h2>
      {changes.length === 0 ? (
        <p>{r.historyNone}</p>
      ) : (
        <ol className="settings-history" data-testid="settings-history">
          {changes.map((change) => (
            <li key={change.id}>
              <p className="settings-history__who">{format(r.historyItem, { comment: change.comment, date: formatDateTime(change.changedAt, locale, m), name: change.changedByName })}</p>
              <ul>
                {change.changes.map((item) => (
                  <li key={item.field}>{describe(item)}</li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
