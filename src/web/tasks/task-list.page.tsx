import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { ApiError } from '../api/client';
import { useNotices } from '../components/notices';
import { PageHeading } from '../components/page-heading';
import { format } from '../i18n/i18n';
import { Link, useLocation } from '../router/router';
import { listPath, readListState } from './list-state';
import { SavedViews } from './saved-views';
import { TaskListFilters } from './task-list-filters';
import { NormLegend } from './norm-badge';
import { TaskTable } from './task-table';
import { tasksApi, viewsApi, type FilterOptions, type SavedView, type TaskPage, type TaskQueue, type TaskSummary } from './tasks.api';
import { useTaskTexts } from './task-texts';
import { useTaskStream } from './use-task-stream';
import './tasks.css';

const QUEUES: TaskQueue[] = ['mine', 'groups', 'all'];

/**
 * `/taken`: the queues, filters, sort and saved views, and the tasks, which update by themselves when
 * the engine creates, hands over or closes a task (server-sent events, no reload).
 */
export function TaskListPage() {
  const t = useTaskTexts();
  const { notify } = useNotices();
  const { search } = useLocation();
  const state = useMemo(() => readListState(search), [search]);
  const [page, setPage] = useState<TaskPage | null>(null);
  const [failed, setFailed] = useState(false);
  const [counts, setCounts] = useState<Record<TaskQueue, { count: number; more: boolean }> | null>(null);
  const [options, setOptions] = useState<FilterOptions | null>(null);
  const [views, setViews] = useState<SavedView[]>([]);
  const [announcement, setAnnouncement] = useState('');
  const [busyTaskId, setBusyTaskId] = useState<string | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const shown = useRef<TaskSummary[]>([]);
  const generation = useRef(0);

  /** Loads the first page again, as many rows as are shown, and tells a screen reader what is new. */
  const refresh = useCallback(
    async (announce: boolean) => {
      const mine = ++generation.current;
      try {
        const [next, nextCounts] = await Promise.all([tasksApi.list(state.filters, state.sort, { limit: Math.min(100, Math.max(25, shown.current.length)) }), tasksApi.counts()]);
        if (mine !== generation.current) return;
        const before = new Set(shown.current.map((task) => task.id));
        const added = next.items.filter((task) => !before.has(task.id)).length;
        shown.current = next.items;
        setPage(next);
        setCounts(nextCounts);
        setFailed(false);
        if (announce) setAnnouncement(added === 1 ? t.list.newTask : added > 1 ? format(t.list.newTasks, { count: added }) : t.list.updated);
      } catch (error) {
        if (mine !== generation.current) return;
        if (error instanceof ApiError && error.status === 401) return;
        setFailed(true);
      }
    },
    [state, t],
  );

  useEffect(() => {
    shown.current = [];
    setPage(null);
    setAnnouncement('');
    void refresh(false);
  }, [refresh]);

  const loadViews = useCallback(() => void viewsApi.list().then(setViews).catch(() => undefined), []);
  useEffect(() => {
    void tasksApi.filterOptions().then(setOptions).catch(() => undefined);
    loadViews();
  }, [loadViews]);

  const pending = useRef<number | undefined>(undefined);
  useTaskStream(() => {
    window.clearTimeout(pending.current);
    pending.current = window.setTimeout(() => void refresh(true), 120);
  });

  const loadMore = async () => {
    if (!page?.nextCursor || loadingMore) return;
    setLoadingMore(true);
    try {
      const more = await tasksApi.list(state.filters, state.sort, { cursor: page.nextCursor });
      shown.current = [...page.items, ...more.items];
      setPage({ ...more, items: shown.current });
    } finally {
      setLoadingMore(false);
    }
  };

  const claim = async (task: TaskSummary) => {
    setBusyTaskId(task.id);
    try {
      await tasksApi.claim(task.id);
      notify('success', format(t.list.claimed, { task: task.name }));
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      const assignee = (error.body as { details?: { assignee?: { displayName?: string } } })?.details?.assignee?.displayName;
      notify('error', error.status === 409 && assignee ? format(t.task.claimedByOther, { name: assignee }) : t.task.failed);
    } finally {
      setBusyTaskId(null);
      void refresh(false);
    }
  };

  const queue = state.filters.queue ?? 'groups';
  const countText = !page ? '' : page.totalCapped ? format(t.list.countCapped, { count: page.total }) : page.total === 1 ? t.list.countOne : format(t.list.count, { count: page.total });

  return (
    <>
      <PageHeading title={t.list.title} />
      <p className="lead">{t.list.intro}</p>
      <NormLegend />
      <nav className="queue-tabs" aria-label={t.list.queuesLabel}>
        <ul className="queue-tabs__list">
          {QUEUES.map((name) => (
            <li key={name}>
              <Link to={listPath({ filters: { ...state.filters, queue: name }, sort: state.sort })} className="queue-tabs__link" aria-current={name === queue ? 'page' : undefined}>
                {t.list.queues[name]}
                {counts && <span className="queue-tabs__count">{counts[name].more ? `${counts[name].count}+` : counts[name].count}</span>}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <div className="task-list-layout">
        <div className="task-list-layout__side">
          <TaskListFilters options={options} state={state} />
          <SavedViews options={options} state={state} views={views} onChanged={loadViews} />
        </div>
        <section className="task-list-layout__main" aria-labelledby="takenlijst-titel" aria-busy={!page && !failed}>
          <h2 id="takenlijst-titel" className="task-list__title">
            {t.list.queues[queue]}
          </h2>
          <div className="visually-hidden" role="status" aria-live="polite">
            {announcement}
          </div>
          {failed && (
            <p className="notice notice--error" role="alert">
              {t.list.loadFailed}
            </p>
          )}
          {!page && !failed && <p className="loading">{t.list.loading}</p>}
          {page && (
            <>
              <p className="task-list__count">{countText}</p>
              {page.items.length === 0 ? <p className="empty-state">{t.list.empty}</p> : <TaskTable items={page.items} sort={state.sort} busyTaskId={busyTaskId} onClaim={(task) => void claim(task)} />}
              {page.nextCursor && (
                <div className="task-list__more">
                  <button type="button" className="button button--secondary" aria-disabled={loadingMore || undefined} onClick={() => void loadMore()}>
                    {t.list.loadMore}
                  </button>
                </div>
              )}
            </>
          )}
        </section>
      </div>
    </>
  );
}
