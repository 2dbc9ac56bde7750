import { matchPath, useLocation } from '../router/router';
import { TaskDetailPage } from '../tasks/task-detail.page';
import { TaskListPage } from '../tasks/task-list.page';

/** `/taken` lists the tasks; `/taken/{id}` shows one task beside its case. */
export function TasksPage() {
  const { pathname } = useLocation();
  const task = matchPath('/taken/:taskId', pathname);
  return task ? <TaskDetailPage key={task.taskId} taskId={task.taskId} /> : <TaskListPage />;
}
