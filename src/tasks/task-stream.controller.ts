import { Controller, MessageEvent, Sse } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { filter, interval, map, merge, Observable, of } from 'rxjs';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Actor, Principal } from '../auth/principal';
import { TaskChange, TaskChangeBus } from './task-change.bus';

/** Keeps proxies from closing a quiet stream. */
const HEARTBEAT_MS = 20_000;

/** Whether a change may concern the user's lists: their own task, or a task in one of their regions. */
export function concerns(principal: Principal, change: TaskChange): boolean {
  if (change.assigneeIds.includes(principal.userId)) return true;
  return change.regionId !== null && principal.memberships.some((m) => m.regionId === change.regionId);
}

@ApiTags('tasks')
@ApiBearerAuth()
@ApiCookieAuth('jbt_session')
@Controller('tasks/stream')
export class TaskStreamController {
  constructor(private readonly bus: TaskChangeBus) {}

  @Sse()
  @ApiOperation({
    summary: 'Task changes as server-sent events',
    description: 'A "task" event ({ taskId, kind }) for each task that is created, assigned, completed or cancelled in your regions or for you, within milliseconds; the client then reloads what it shows. No case data travels here. A "ping" event every 20 s keeps the connection open.',
  })
  @ApiOkResponse({ description: 'text/event-stream' })
  stream(@CurrentActor() actor: Actor): Observable<MessageEvent> {
    const changes = this.bus.changes.pipe(
      filter((change) => concerns(actor.principal, change)),
      map((change): MessageEvent => ({ data: { kind: change.kind, taskId: change.taskId }, type: 'task' })),
    );
    const pings = interval(HEARTBEAT_MS).pipe(map((): MessageEvent => ({ data: '', type: 'ping' })));
    return merge(of<MessageEvent>({ data: '', type: 'ready' }), changes, pings).pipe(this.bus.untilShutdown());
  }
}
