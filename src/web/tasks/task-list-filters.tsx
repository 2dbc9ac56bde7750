import { useEffect, useState, type FormEvent } from 'react';
import { FoldOnPhone } from '../components/fold-on-phone';
import { format, useI18n } from '../i18n/i18n';
import { navigate } from '../router/history';
import { listPath, type ListState } from './list-state';
import type { DueStatus, FilterOptions, TaskFilters, TaskSort } from './tasks.api';
import { useTaskTexts } from './task-texts';

const SORTS: TaskSort[] = ['due', '-due', 'created', '-created', 'priority', '-priority'];
const DUE: DueStatus[] = ['OVERDUE', 'DUE_SOON', 'ON_TIME', 'NONE'];

/** The filters of the address that narrow the list (the queue is a tab and the sort no filter). */
const FILTER_KEYS = ['caseNumber', 'due', 'dueBefore', 'regionId', 'tableId', 'taskType'] as const satisfies readonly (keyof TaskFilters)[];

/**
 * The filters and the sort. Nothing changes until "Toepassen" (a select that reloads the list on
 * change would move a keyboard user's context unasked, WCAG 3.2.2); then the address changes. On a
 * phone they fold away behind a button that says how many are on, so the tasks come first.
 */
export function TaskListFilters({ options, state }: { options: FilterOptions | null; state: ListState }) {
  const t = useTaskTexts();
  const { language } = useI18n();
  const [draft, setDraft] = useState<TaskFilters>(state.filters);
  const [sort, setSort] = useState<TaskSort>(state.sort);
  useEffect(() => {
    setDraft(state.filters);
    setSort(state.sort);
  }, [state]);

  const set = (key: keyof TaskFilters, value: string) => setDraft((current) => ({ ...current, [key]: value || undefined }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    navigate(listPath({ filters: { ...draft, caseNumber: draft.caseNumber?.trim() || undefined }, sort }));
  };
  const tables = (options?.tables ?? []).filter((table) => !draft.regionId || table.regionId === draft.regionId);
  const active = FILTER_KEYS.filter((key) => state.filters[key]).length;

  return (
    <form className="task-filters" onSubmit={submit} aria-labelledby="taakfilters-titel">
      <FoldOnPhone
        headingId="taakfilters-titel"
        headingClassName="task-filters__title"
        bodyClassName="task-filters__fields"
        title={t.list.filtersTitle}
        phoneTitle={active > 0 ? format(t.list.filtersActive, { count: active }) : t.list.filtersTitle}
      >
        {(options?.regions.length ?? 0) > 1 && (
          <Select id="filter-regio" label={t.list.region} value={draft.regionId ?? ''} onChange={(value) => set('regionId', value)} any={t.list.any} options={(options?.regions ?? []).map((region) => [region.id, region.name])} />
        )}
        <Select id="filter-tafel" label={t.list.table} value={draft.tableId ?? ''} onChange={(value) => set('tableId', value)} any={t.list.any} options={tables.map((table) => [table.id, table.name])} />
        <Select
          id="filter-soort"
          label={t.list.taskType}
          value={draft.taskType ?? ''}
          onChange={(value) => set('taskType', value)}
          any={t.list.any}
          options={(options?.taskTypes ?? []).map((type) => [type.taskType, type.name])}
        />
        <div className="field">
          <label className="field__label" htmlFor="filter-casus">
            {t.list.caseNumber}
          </label>
          <p className="field__hint" id="filter-casus-hint">
            {t.list.caseNumberHint}
          </p>
          <input id="filter-casus" className="input" aria-describedby="filter-casus-hint" value={draft.caseNumber ?? ''} onChange={(event) => set('caseNumber', event.target.value)} autoComplete="off" spellCheck={false} />
        </div>
        <Select id="filter-termijn" label={t.list.due} value={draft.due ?? ''} onChange={(value) => set('due', value)} any={t.list.any} options={DUE.map((due) => [due, t.list.dueOptions[due]])} />
        <div className="field">
          <label className="field__label" htmlFor="filter-uiterlijk">
            {t.list.dueBefore}
          </label>
          <input id="filter-uiterlijk" type="date" className="input" lang={language} value={draft.dueBefore ?? ''} onChange={(event) => set('dueBefore', event.target.value)} />
        </div>
        <Select id="filter-sortering" label={t.list.sort} value={sort} onChange={(value) => setSort(value as TaskSort)} options={SORTS.map((value) => [value, t.list.sorts[value]])} />
        <div className="form__actions">
          <button type="submit" className="button button--primary">
            {t.list.apply}
          </button>
          <button type="button" className="button button--secondary" onClick={() => navigate(listPath({ filters: { queue: state.filters.queue }, sort: 'due' }))}>
            {t.list.reset}
          </button>
        </div>
      </FoldOnPhone>
    </form>
  );
}

interface SelectProps {
  any?: string;
  id: string;
  label: string;
  onChange(value: string): void;
  options: [string, string][];
  value: string;
}

function Select({ any, id, label, onChange, options, value }: SelectProps) {
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <select id={id} className="input select" value={value} onChange={(event) => onChange(event.target.value)}>
        {any !== undefined && <option value="">{any}</option>}
        {options.map(([optionValue, text]) => (
          <option key={optionValue} value={optionValue}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}
