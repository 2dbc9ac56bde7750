import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { ApiError } from '../api/client';
import { roleName } from '../auth/roles';
import { useSession } from '../auth/session';
import { announceNextStep } from '../cases/announce-next-step';
import { useCaseTexts } from '../cases/case-texts';
import { useNotices } from '../components/notices';
import { PageHeading } from '../components/page-heading';
import { format, useI18n } from '../i18n/i18n';
import { navigate } from '../router/history';
import { Link } from '../router/router';
import { CasePanel } from './case-panel';
import { DueBadge } from './due-badge';
import { FormFacts } from './form-facts';
import { conflictOf, TaskForm, type Conflict } from './task-form';
import { TaskHistory } from './task-history';
import { tasksApi, type TaskDetail } from './tasks.api';
import { formatDateTime, useTaskTexts } from './task-texts';
import { useTaskStream } from './use-task-stream';
import './tasks.css';

/**
 * `/taken/{id}`: the task (what, for whom, due when, who has it), what the user may do with it
 * (claim, give back, assign to a colleague, complete with its form), its history, and beside it the case.
 */
export function TaskDetailPage({ taskId }: { taskId: string }) {
  const t = useTaskTexts();
  const messages = useI18n().t;
  const { language } = useI18n();
  const { notify } = useNotices();
  const caseTexts = useCaseTexts();
  const { user } = useSession();
  const [task, setTask] = useState<TaskDetail | null>(null);
  /** The task as it was while the user could complete it: its form stays, with what was typed, if a colleague completes it meanwhile. */
  const [formTask, setFormTask] = useState<TaskDetail | null>(null);
  const [missing, setMissing] = useState(false);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [busy, setBusy] = useState(false);
  const [caseRefresh, setCaseRefresh] = useState(0);

  const load = useCallback(async () => {
    try {
      const found = await tasksApi.get(taskId);
      setTask(found);
      if (found.state === 'OPEN' && found.actions.includes('complete')) setFormTask(found);
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) setMissing(true);
      else if (!(error instanceof ApiError && error.status === 401)) throw error;
    }
  }, [taskId]);
  useEffect(() => {
    setTask(null);
    setFormTask(null);
    setMissing(false);
    setConflict(null);
    void load();
  }, [load]);
  // Completed or withdrawn while this user had its form open: say so at once, keeping the form.
  useEffect(() => {
    if (!task || task.state === 'OPEN' || !formTask || task.completedBy?.id === user?.id) return;
    setConflict((current) => current ?? (task.state === 'COMPLETED' ? { kind: 'completed', name: task.completedBy?.displayName ?? null } : { kind: 'gone' }));
  }, [task, formTask, user]);
  useTaskStream((event) => {
    if (!event || event.taskId === taskId) {
      void load();
      setCaseRefresh((count) => count + 1);
    }
  });

  const act = async (action: () => Promise<unknown>, success: string) => {
    if (busy) return;
    setBusy(true);
    try {
      await action();
      notify('success', success);
      setConflict(null);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      setConflict(conflictOf(error));
    } finally {
      setBusy(false);
      void load();
    }
  };

  if (missing) {
    return (
      <>
        <PageHeading title={t.task.notFound} />
        <p>
          <Link to="/taken">{t.task.back}</Link>
        </p>
      </>
    );
  }
  if (!task) return <p className="loading">{messages.app.loading}</p>;

  const open = task.state === 'OPEN';
  const mayComplete = task.actions.includes('complete');
  // Kept while the task closes under the user's hands (the message above says why), so nothing typed is lost.
  const showForm = formTask !== null && ((open && mayComplete) || !open || conflict !== null);
  return (
    <>
      <p className="back-link">
        <Link to="/taken">{t.task.back}</Link>
      </p>
      <PageHeading title={task.name} />
      {conflict && <ConflictMessage conflict={conflict} />}
      <div className="task-page">
        <div className="task-page__task">
          <section aria-labelledby="taak-gegevens" className="panel panel--wide">
            <h2 id="taak-gegevens" className="visually-hidden">
              {t.task.details}
            </h2>
            <dl className="facts">
              <div className="facts__row">
                <dt>{t.task.state}</dt>
                <dd>{t.task.states[task.state]}</dd>
              </div>
              <div className="facts__row">
                <dt>{t.task.case}</dt>
                <dd>{task.case?.caseNumber ?? '–'}</dd>
              </div>
              <div className="facts__row">
                <dt>{t.task.table}</dt>
                <dd>{task.table?.name ?? '–'}</dd>
              </div>
              {task.candidateRole && (
                <div className="facts__row">
                  <dt>{t.task.role}</dt>
                  <dd>{roleName(task.candidateRole, messages)}</dd>
                </div>
              )}
              <div className="facts__row">
                <dt>{t.task.due}</dt>
                <dd>
                  <DueBadge dueAt={task.dueAt} status={open ? task.dueStatus : 'ON_TIME'} />
                </dd>
              </div>
              <div className="facts__row">
                <dt>{t.task.assignee}</dt>
                <dd>{task.assignee ? (task.assignee.id === user?.id ? t.list.you : task.assignee.displayName) : t.list.nobody}</dd>
              </div>
            </dl>
            {task.state === 'COMPLETED' && task.completedAt && (
              <p className="notice notice--success">{format(t.task.completedBy, { date: formatDateTime(task.completedAt, language), name: task.completedBy?.displayName ?? '–' })}</p>
            )}
            {open && (
              <div className="task-actions">
                {task.actions.includes('claim') && (
                  <button type="button" className="button button--secondary" aria-disabled={busy || undefined} onClick={() => void act(() => tasksApi.claim(task.id), format(t.list.claimed, { task: task.name }))}>
                    {t.task.claim}
                  </button>
                )}
                {task.actions.includes('unclaim') && (
                  <button type="button" className="button button--secondary" aria-disabled={busy || undefined} onClick={() => void act(() => tasksApi.unclaim(task.id), t.task.unclaimed)}>
                    {t.task.unclaim}
                  </button>
                )}
              </div>
            )}
            {open && task.actions.includes('assign') && <AssignForm task={task} onAssign={(id, name) => void act(() => tasksApi.assign(task.id, id), format(t.task.assigned, { name }))} />}
          </section>
          {showForm && (
            <section className="panel panel--wide">
              {open && !task.assignee && <p className="muted">{t.task.claimFirst}</p>}
              <TaskForm
                task={formTask}
                onConflict={(found) => {
                  setConflict(found);
                  void load();
                }}
                onCompleted={() => {
                  notify('success', format(t.task.completed, { task: task.name }));
                  // Who acts next and by when, once the process has moved on (src/web/cases/announce-next-step.ts).
                  // It reads the case, so only for who may see it: a task-only reader would ask for it and be refused.
                  if (task.case && task.caseAccess === 'case') void announceNextStep(task.case.id, task.id, (text) => notify('info', text), { language, messages, t: caseTexts });
                  navigate('/taken');
                }}
              />
            </section>
          )}
          {open && !mayComplete && <p className="notice">{task.assignee && task.assignee.id !== user?.id ? format(t.task.notYours, { name: task.assignee.displayName }) : t.task.notForYou}</p>}
          {/* Who follows a task they cannot complete (the chair, the municipal contact's escalation) still reads why it came. */}
          {open && !showForm && task.form?.context && <FormFacts facts={task.form.context} formKey={task.form.key} />}
          <TaskHistory task={task} />
        </div>
        <aside className="task-page__case panel panel--wide" aria-labelledby="casus-titel">
          <h2 id="casus-titel">{t.casePanel.title}</h2>
          {task.case && task.caseAccess === 'case' && <CasePanel caseId={task.case.id} norm={task.norm} refreshKey={caseRefresh} />}
          {task.case && task.caseAccess === 'task-only' && (
            <p>
              {t.casePanel.caseNumber}: {task.case.caseNumber}. {t.casePanel.taskOnly}
            </p>
          )}
        </aside>
      </div>
    </>
  );
}

function ConflictMessage({ conflict }: { conflict: Conflict }) {
  const t = useTaskTexts();
  const text =
    conflict.kind === 'completed'
      ? conflict.name
        ? format(t.task.completedMeanwhile, { name: conflict.name })
        : t.task.completedMeanwhileUnknown
      : conflict.kind === 'claimed'
        ? format(t.task.claimedByOther, { name: conflict.name })
        : conflict.kind === 'gone'
          ? t.task.noLongerOpen
          : conflict.kind === 'forbidden'
            ? t.task.notPermitted
            : t.task.failed;
  return (
    <div className="notice notice--error conflict" role="alert">
      <p className="notice__text">{text}</p>
      <p className="notice__text">
        <Link to="/taken">{t.task.back}</Link>
      </p>
    </div>
  );
}

function AssignForm({ onAssign, task }: { onAssign(id: string, name: string): void; task: TaskDetail }) {
  const t = useTaskTexts();
  const [chosen, setChosen] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const colleague = task.assignableTo.find((person) => person.id === chosen);
    if (!colleague) return setError(t.task.assignMissing);
    setError(null);
    onAssign(colleague.id, colleague.displayName);
  };
  return (
    <form className="assign-form" noValidate onSubmit={submit} aria-labelledby="toewijzen-titel">
      <h3 id="toewijzen-titel" className="assign-form__title">
        {t.task.assignTitle}
      </h3>
      <div className={`field${error ? ' field--invalid' : ''}`}>
        <label className="field__label" htmlFor="toewijzen-collega">
          {t.task.assignTo}
        </label>
        {error && (
          <p className="field__error" id="toewijzen-fout">
            {error}
          </p>
        )}
        <div className="assign-form__row">
          <select id="toewijzen-collega" className="input select" value={chosen} onChange={(event) => setChosen(event.target.value)} aria-invalid={error ? true : undefined} aria-describedby={error ? 'toewijzen-fout' : undefined}>
            <option value="">{t.task.assignChoose}</option>
            {task.assignableTo.map((person) => (
              <option key={person.id} value={person.id}>
                {person.displayName}
              </option>
            ))}
          </select>
          <button type="submit" className="button button--secondary">
            {t.task.assign}
          </button>
        </div>
      </div>
    </form>
  );
}
