import { ScrollTable } from '../components/scroll-table';
import { format, useI18n } from '../i18n/i18n';
import { Link } from '../router/router';
import { roleName } from '../auth/roles';
import { useSession } from '../auth/session';
import { DueBadge } from './due-badge';
import { NormBadge } from './norm-badge';
import type { TaskSummary, TaskSort } from './tasks.api';
import { useTaskTexts } from './task-texts';

interface TaskTableProps {
  busyTaskId: string | null;
  items: TaskSummary[];
  onClaim(task: TaskSummary): void;
  sort: TaskSort;
}

/**
 * The tasks as a table on a laptop; on a tablet each row becomes a card (styles), with the column
 * names beside the values, so nothing needs scrolling sideways. Between the two a long name may still
 * make the table wider than its column: then its box scrolls, and takes keyboard focus to do so.
 */
export function TaskTable({ busyTaskId, items, onClaim, sort }: TaskTableProps) {
  const t = useTaskTexts();
  const messages = useI18n().t;
  const { user } = useSession();
  return (
    <ScrollTable labelledBy="takentabel-bijschrift">
      <table className="task-table">
        <caption id="takentabel-bijschrift" className="visually-hidden">
          {format(t.list.tableCaption, { sort: t.list.sorts[sort] })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t.list.columns.task}</th>
            <th scope="col">{t.list.columns.case}</th>
            <th scope="col">{t.list.columns.due}</th>
            <th scope="col">{t.list.columns.norm}</th>
            <th scope="col">{t.list.columns.assignee}</th>
            <th scope="col">
              <span className="visually-hidden">{t.list.columns.action}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((task) => (
            <tr key={task.id} className={`task-row task-row--${task.dueStatus.toLowerCase().replace('_', '-')}`}>
              <th scope="row" className="task-row__task">
                <Link to={`/taken/${task.id}`} className="task-row__link">
                  {task.name}
                </Link>
                {task.candidateRole && <span className="task-row__role">{roleName(task.candidateRole, messages)}</span>}
                {task.priority > 50 && <span className="tag tag--priority">{t.list.highPriority}</span>}
              </th>
              <td data-label={t.list.columns.case}>
                <span className="task-row__case">{task.case?.caseNumber ?? '–'}</span>
                {task.table && <span className="task-row__table">{task.table.name}</span>}
              </td>
              <td data-label={t.list.columns.due}>
                <DueBadge dueAt={task.dueAt} status={task.dueStatus} />
              </td>
              <td data-label={t.list.columns.norm}>
                <NormBadge norm={task.norm} />
              </td>
              <td data-label={t.list.columns.assignee}>{task.assignee ? (task.assignee.id === user?.id ? t.list.you : task.assignee.displayName) : <span className="muted">{t.list.nobody}</span>}</td>
              <td className="task-row__action">
                {task.actions.includes('claim') && (
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    aria-label={format(t.list.claimNamed, { case: task.case?.caseNumber ?? '', task: task.name })}
                    aria-disabled={busyTaskId === task.id || undefined}
                    onClick={() => busyTaskId !== task.id && onClaim(task)}
                  >
                    {t.list.claim}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}
