import { format, useI18n } from '../i18n/i18n';
import { formText } from './form-texts';
import type { TaskDetail } from './tasks.api';
import { formatDateTime, useTaskTexts } from './task-texts';

/** Who did what with the task, and when: created, claimed, assigned, given back, completed. */
export function TaskHistory({ task }: { task: TaskDetail }) {
  const t = useTaskTexts();
  const { language } = useI18n();
  return (
    <section className="panel panel--wide" aria-labelledby="taak-geschiedenis">
      <h2 id="taak-geschiedenis">{t.task.history}</h2>
      <ol className="timeline">
        {task.history.map((entry, index) => {
          const template = t.task.historyKinds[entry.kind as keyof typeof t.task.historyKinds] ?? entry.kind;
          const by = entry.actor ? format(t.task.by, { actor: entry.actor.displayName }) : '';
          return (
            <li key={`${entry.kind}-${entry.at}-${index}`} className="timeline__item">
              <span className="timeline__what">{format(template, { actor: entry.actor?.displayName ?? '–', assignee: entry.assignee?.displayName ?? '–', by })}</span>
              <span className="timeline__when">
                <time dateTime={entry.at}>{formatDateTime(entry.at, language)}</time>
              </span>
            </li>
          );
        })}
      </ol>
      {task.submission && Object.keys(task.submission.texts).length > 0 && (
        <>
          <h3>{t.task.submitted}</h3>
          <dl className="facts">
            {Object.entries(task.submission.texts).map(([name, text]) => (
              <div key={name} className="facts__row">
                <dt>{formText(language, task.submission!.formKey ?? task.form?.key ?? '').fields[name]?.label ?? name}</dt>
                <dd>{text}</dd>
              </div>
            ))}
          </dl>
        </>
      )}
    </section>
  );
}
