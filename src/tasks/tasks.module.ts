import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { CasesModule } from '../cases/cases.module';
import { CaseCommentService } from './case-comment.service';
import { CaseCommentsController } from './case-comments.controller';
import { CompletionReconciler } from './completion-reconciler.service';
import { FormContextFactory } from './forms/form-context.factory';
import { SavedTaskViewService } from './saved-task-view.service';
import { SavedTaskViewsController } from './saved-task-views.controller';
import { TaskAssignmentService } from './task-assignment.service';
import { TaskChangeBus } from './task-change.bus';
import { TaskCommandRunner } from './task-command.runner';
import { TaskCompletionService } from './task-completion.service';
import { TaskDetailReader } from './task-detail.reader';
import { TaskQueryService } from './task-query.service';
import { TaskStreamController } from './task-stream.controller';
import { TasksController } from './tasks.controller';
import { UserTaskProjection } from './user-task-projection.service';

/**
 * The task list (issue 5): the projection of the engine's user tasks, the queues and their commands,
 * saved views, the live stream, and the case's internal comments beside a task.
 */
@Module({
  // The stream's static path must be registered before tasks/:taskId.
  controllers: [TaskStreamController, CaseCommentsController, SavedTaskViewsController, TasksController],
  exports: [TaskChangeBus, UserTaskProjection],
  imports: [AuditModule, CasesModule],
  providers: [
    CaseCommentService,
    CompletionReconciler,
    FormContextFactory,
    SavedTaskViewService,
    TaskAssignmentService,
    TaskChangeBus,
    TaskCommandRunner,
    TaskCompletionService,
    TaskDetailReader,
    TaskQueryService,
    UserTaskProjection,
  ],
})
export class TasksModule {}
