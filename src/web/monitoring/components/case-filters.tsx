import { useEffect, useId, useState, type FormEvent } from 'react';
import type { MonitoringOptions } from '../monitoring.api';
import { useMonitoringTexts } from '../use-monitoring-texts';
import { SelectField } from './select-field';

export type CaseFilterValues = Partial<Record<'caseNumber' | 'from' | 'incident' | 'municipalityId' | 'norm' | 'outcome' | 'overdue' | 'regionId' | 'sort' | 'state' | 'step' | 'tableId' | 'to' | 'track', string>>;

/** The instance list's filters: search by case number, and region, table, municipality, track, step, state, outcome, overdue, incident and referral dates. */
export function CaseFilters({ onApply, onReset, options, values }: { onApply(values: CaseFilterValues): void; onReset(): void; options: MonitoringOptions | null; values: CaseFilterValues }) {
  const { m } = useMonitoringTexts();
  const id = useId();
  const [draft, setDraft] = useState<CaseFilterValues>(values);
  const key = JSON.stringify(values);
  useEffect(() => setDraft(JSON.parse(key) as CaseFilterValues), [key]);
  const regions = options?.regions ?? [];
  const region = regions.find((candidate) => candidate.id === draft.regionId);
  const tables = region ? region.tables : regions.flatMap((candidate) => candidate.tables);
  const municipalities = region ? region.municipalities : regions.flatMap((candidate) => candidate.municipalities);
  const set = (name: keyof CaseFilterValues) => (value: string) =>
    setDraft((previous) => (name === 'regionId' ? { ...previous, municipalityId: undefined, regionId: value || undefined, tableId: undefined } : { ...previous, [name]: value || undefined }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(draft);
  };
  const text = (name: 'caseNumber' | 'from' | 'to', label: string, type: string, hint?: string) => (
    <div className="field field--compact">
      <label className="field__label" htmlFor={`${id}-${name}`}>
        {label}
      </label>
      {hint && (
        <p className="field__hint" id={`${id}-${name}-hint`}>
          {hint}
        </p>
      )}
      <input id={`${id}-${name}`} className="input" type={type} value={draft[name] ?? ''} aria-describedby={hint ? `${id}-${name}-hint` : undefined} onChange={(event) => set(name)(event.target.value)} />
    </div>
  );
  const check = (name: 'incident' | 'overdue', label: string) => (
    <div className="checkbox">
      <input id={`${id}-${name}`} type="checkbox" checked={draft[name] === 'true'} onChange={(event) => set(name)(event.target.checked ? 'true' : '')} />
      <label htmlFor={`${id}-${name}`}>{label}</label>
    </div>
  );
  return (
    <form className="filters" onSubmit={submit} aria-label={m.dashboard.filters} role="search">
      {text('caseNumber', m.cases.search, 'search', m.cases.searchHint)}
      <SelectField label={m.common.region} name="regionId" allLabel={m.common.allRegions} value={draft.regionId ?? ''} onChange={set('regionId')} options={regions.map((item) => ({ label: item.name, value: item.id }))} />
      <SelectField label={m.common.table} name="tableId" allLabel={m.common.allTables} value={draft.tableId ?? ''} onChange={set('tableId')} options={tables.map((item) => ({ label: item.name, value: item.id }))} />
      <SelectField label={m.common.municipality} name="municipalityId" allLabel={m.common.all} value={draft.municipalityId ?? ''} onChange={set('municipalityId')} options={municipalities.map((item) => ({ label: item.name, value: item.id }))} />
      <SelectField label={m.cases.track} name="track" allLabel={m.common.all} value={draft.track ?? ''} onChange={set('track')} options={(options?.tracks ?? []).map((track) => ({ label: m.tracks[track] ?? track, value: track }))} />
      <SelectField label={m.cases.step} name="step" allLabel={m.common.all} value={draft.step ?? ''} onChange={set('step')} options={(options?.steps ?? []).map((step) => ({ label: step.elementName, value: step.elementId }))} />
      <SelectField label={m.cases.state} name="state" allLabel={m.common.all} value={draft.state ?? ''} onChange={set('state')} options={[{ label: m.cases.stateRunning, value: 'running' }, { label: m.cases.stateFinished, value: 'finished' }]} />
      <SelectField label={m.cases.outcome} name="outcome" allLabel={m.common.all} value={draft.outcome ?? ''} onChange={set('outcome')} options={(options?.outcomes ?? []).map((outcome) => ({ label: m.outcomes[outcome] ?? outcome, value: outcome }))} />
      <SelectField label={m.cases.norm} name="norm" allLabel={m.common.all} value={draft.norm ?? ''} onChange={set('norm')} options={['AT_RISK', 'EXCEEDED', 'WITHIN_NORM'].map((status) => ({ label: m.cases.normStatuses[status], value: status }))} />
      <SelectField label={m.cases.sort} name="sort" allLabel={m.cases.sorts.referred} value={draft.sort ?? ''} onChange={set('sort')} options={[{ label: m.cases.sorts.norm, value: 'norm' }]} />
      {text('from', m.cases.referredFrom, 'date')}
      {text('to', m.cases.referredTo, 'date')}
      <div className="filters__checks">
        {check('overdue', m.cases.overdue)}
        {check('incident', m.cases.incident)}
      </div>
      <div className="filters__actions">
        <button type="submit" className="button button--primary">
          {m.common.apply}
        </button>
        <button type="button" className="button button--secondary" onClick={onReset}>
          {m.common.reset}
        </button>
      </div>
    </form>
  );
}
