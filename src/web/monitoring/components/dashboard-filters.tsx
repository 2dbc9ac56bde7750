import { useEffect, useState, type FormEvent } from 'react';
import type { MonitoringOptions } from '../monitoring.api';
import { useMonitoringTexts } from '../use-monitoring-texts';
import { SelectField } from './select-field';

export interface DashboardFilterValues {
  from?: string;
  municipalityId?: string;
  regionId?: string;
  tableId?: string;
  to?: string;
}

/** Region, table, municipality and period of the dashboard; applied with a button, so each change does not reload. */
export function DashboardFilters({ onApply, options, values }: { onApply(values: DashboardFilterValues): void; options: MonitoringOptions | null; values: DashboardFilterValues }) {
  const { m } = useMonitoringTexts();
  const [draft, setDraft] = useState<DashboardFilterValues>(values);
  const key = JSON.stringify(values);
  useEffect(() => setDraft(JSON.parse(key) as DashboardFilterValues), [key]);
  const regions = options?.regions ?? [];
  const region = regions.find((candidate) => candidate.id === draft.regionId);
  const tables = region ? region.tables : regions.flatMap((candidate) => candidate.tables);
  const municipalities = region ? region.municipalities : regions.flatMap((candidate) => candidate.municipalities);
  const set = (key: keyof DashboardFilterValues) => (value: string) =>
    setDraft((previous) => (key === 'regionId' ? { ...previous, municipalityId: undefined, regionId: value || undefined, tableId: undefined } : { ...previous, [key]: value || undefined }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(draft);
  };
  return (
    <form className="filters" onSubmit={submit} aria-label={m.dashboard.filters}>
      <SelectField label={m.common.region} name="regionId" allLabel={m.common.allRegions} value={draft.regionId ?? ''} onChange={set('regionId')} options={regions.map((item) => ({ label: item.name, value: item.id }))} />
      <SelectField label={m.common.table} name="tableId" allLabel={m.common.allTables} value={draft.tableId ?? ''} onChange={set('tableId')} options={tables.map((item) => ({ label: item.name, value: item.id }))} />
      <SelectField label={m.common.municipality} name="municipalityId" allLabel={m.common.all} value={draft.municipalityId ?? ''} onChange={set('municipalityId')} options={municipalities.map((item) => ({ label: item.name, value: item.id }))} />
      <div className="field field--compact">
        <label className="field__label" htmlFor="filter-from">
          {m.common.from}
        </label>
        <input id="filter-from" className="input" type="date" value={draft.from ?? ''} onChange={(event) => set('from')(event.target.value)} />
      </div>
      <div className="field field--compact">
        <label className="field__label" htmlFor="filter-to">
          {m.common.to}
        </label>
        <input id="filter-to" className="input" type="date" value={draft.to ?? ''} onChange={(event) => set('to')(event.target.value)} />
      </div>
      <div className="filters__actions">
        <button type="submit" className="button button--primary">
          {m.common.apply}
        </button>
      </div>
    </form>
  );
}
