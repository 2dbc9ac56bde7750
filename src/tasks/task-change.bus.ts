import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { MonoTypeOperatorFunction, Observable, ReplaySubject, Subject, takeUntil } from 'rxjs';
import { Role } from '../generated/prisma/enums';

export type TaskChangeKind = 'assigned' | 'canceled' | 'completed' | 'created' | 'updated';

/** That a task changed, and enough to tell whom it concerns; no case content. */
export interface TaskChange {
  /** Assignees before and after the change, when they differ. */
  assigneeIds: string[];
  candidateRole: Role | null;
  kind: TaskChangeKind;
  regionId: string | null;
  taskId: string;
}

/**
 * Tells this process's open task lists (server-sent events) that a task changed. Fed by the
 * projection, which sees every change the engine makes (also those made by another instance of this
 * service), and by the commands right after they commit, so that the acting user's list is current
 * before the engine's own record arrives.
 */
@Injectable()
export class TaskChangeBus implements OnModuleDestroy {
  private readonly subject = new Subject<TaskChange>();
  private readonly stopped = new ReplaySubject<void>(1);

  get changes(): Observable<TaskChange> {
    return this.subject.asObservable();
  }

  publish(change: TaskChange): void {
    this.subject.next(change);
  }

  /** Ends a stream when the application shuts down, so that open event streams do not hold it up. */
  untilShutdown<T>(): MonoTypeOperatorFunction<T> {
    return takeUntil(this.stopped);
  }

  onModuleDestroy(): void {
    this.stopped.next();
    this.subject.complete();
  }
}
