import { BadRequestException, Body, Controller, Get, Headers, HttpCode, HttpStatus, Param, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiBody,
  ApiConflictResponse,
  ApiCookieAuth,
  ApiForbiddenResponse,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { UNAUTHORIZED_EXAMPLE } from '../auth/auth.examples';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Actor } from '../auth/principal';
import { AssignTaskDto } from './dto/assign-task.dto';
import { ListTasksQuery } from './dto/list-tasks.query';
import { TaskAssignmentService } from './task-assignment.service';
import { TaskCompletionService } from './task-completion.service';
import { InvalidCursorError } from './task-list.sql';
import { TaskQueryService } from './task-query.service';
import {
  ALREADY_COMPLETED_EXAMPLE,
  COMPLETED_EXAMPLE,
  FORM_PROBLEMS_EXAMPLE,
  TASK_DETAIL_EXAMPLE,
  TASK_NOT_FOUND_EXAMPLE,
  TASK_PAGE_EXAMPLE,
} from './tasks.examples';

const IDEMPOTENCY_KEY = /^[A-Za-z0-9_-]{8,100}$/;

function problem(field: string, reason: string): BadRequestException {
  return new BadRequestException({ error: 'Bad Request', message: [`${field}: ${reason}`], problems: [{ field, reason }], statusCode: 400 });
}

@ApiTags('tasks')
@ApiBearerAuth()
@ApiCookieAuth('jbt_session')
@ApiUnauthorizedResponse({ description: 'Not signed in', example: UNAUTHORIZED_EXAMPLE })
@Controller('tasks')
export class TasksController {
  constructor(
    private readonly assignment: TaskAssignmentService,
    private readonly completion: TaskCompletionService,
    private readonly tasks: TaskQueryService,
  ) {}

  @Get()
  @ApiOperation({
    summary: 'The task list',
    description: 'One page of open tasks of a queue (mine, groups, all), filtered and sorted, with keyset paging. No family data: the case number only. dueStatus is computed here: OVERDUE after the due date, DUE_SOON within two working days before it.',
  })
  @ApiOkResponse({ description: 'A page of tasks', example: TASK_PAGE_EXAMPLE })
  @ApiBadRequestResponse({ description: 'A wrong filter, sort or cursor' })
  async list(@CurrentActor() actor: Actor, @Query() query: ListTasksQuery) {
    try {
      return await this.tasks.list(actor, query);
    } catch (error) {
      if (error instanceof InvalidCursorError) throw problem('cursor', 'cursor is not a cursor this list handed out');
      throw error;
    }
  }

  @Get('counts')
  @ApiOperation({ summary: 'How many open tasks each queue holds', description: 'Exact up to 200; more: true says there are more.' })
  @ApiOkResponse({ example: { all: { count: 14, more: false }, groups: { count: 9, more: false }, mine: { count: 2, more: false } } })
  counts(@CurrentActor() actor: Actor) {
    return this.tasks.counts(actor.principal);
  }

  @Get('filter-options')
  @ApiOperation({ summary: 'The choices of the list’s filters', description: 'Your regions, their tables, and the task types open in what you may see.' })
  @ApiOkResponse({ example: { regions: [{ id: '1f9e2d3c-4b5a-4698-8776-a5b4c3d2e1f0', name: 'Twente' }], tables: [], taskTypes: [{ name: 'Verslag goedkeuren', taskType: 'UserTask_ApproveReport' }] } })
  filterOptions(@CurrentActor() actor: Actor) {
    return this.tasks.filterOptions(actor.principal);
  }

  @Get(':taskId')
  @ApiOperation({ summary: 'One task', description: 'With its history (created, claimed, assigned, completed: who and when), its form and what you may do. Audited as a read of its case.' })
  @ApiOkResponse({ description: 'The task', example: TASK_DETAIL_EXAMPLE })
  @ApiNotFoundResponse({ description: 'No such task, or not one you may see (the answer is the same)', example: TASK_NOT_FOUND_EXAMPLE })
  get(@CurrentActor() actor: Actor, @Param('taskId') taskId: string) {
    return this.tasks.get(actor, taskId);
  }

  @Post(':taskId/claim')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Take a task', description: 'A free task of a role you hold in its region. Taking your own task again changes nothing.' })
  @ApiOkResponse({ example: { assignee: { displayName: 'Voorzitter Twente (demo)', id: '0b7f8e9d-1c2b-4a3f-8e7d-6c5b4a392817' }, taskId: '4e5f6a7b-8c9d-4e0f-a1b2-c3d4e5f6a7b8' } })
  @ApiConflictResponse({ description: 'A colleague has it (TASK_CLAIMED_BY_OTHER), or it is no longer open' })
  @ApiForbiddenResponse({ description: 'Not a task of your roles' })
  @ApiNotFoundResponse({ example: TASK_NOT_FOUND_EXAMPLE })
  claim(@CurrentActor() actor: Actor, @Param('taskId') taskId: string) {
    return this.assignment.claim(actor, taskId);
  }

  @Post(':taskId/unclaim')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Give a task back to the group', description: 'Your own task; chairs and secretaries may take back any task of their table.' })
  @ApiOkResponse({ example: { assignee: null, taskId: '4e5f6a7b-8c9d-4e0f-a1b2-c3d4e5f6a7b8' } })
  @ApiForbiddenResponse({ description: 'Not your task' })
  @ApiNotFoundResponse({ example: TASK_NOT_FOUND_EXAMPLE })
  unclaim(@CurrentActor() actor: Actor, @Param('taskId') taskId: string) {
    return this.assignment.unclaim(actor, taskId);
  }

  @Post(':taskId/assignment')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Give a task to a colleague', description: 'Chairs and secretaries of the task’s region; the colleague must hold the task’s role there. assigneeId null gives it back to the group.' })
  @ApiBody({ type: AssignTaskDto })
  @ApiOkResponse({ example: { assignee: { displayName: 'Voorzitter 2 Twente (demo)', id: '7d6c5b4a-3928-4176-a5b4-c3d2e1f0a9b8' }, taskId: '4e5f6a7b-8c9d-4e0f-a1b2-c3d4e5f6a7b8' } })
  @ApiForbiddenResponse({ description: 'Only chairs and secretaries of the region assign' })
  @ApiUnprocessableEntityResponse({ description: 'The colleague does not hold the task’s role in its region (ASSIGNEE_NOT_ELIGIBLE)' })
  @ApiNotFoundResponse({ example: TASK_NOT_FOUND_EXAMPLE })
  assign(@CurrentActor() actor: Actor, @Param('taskId') taskId: string, @Body() body: AssignTaskDto) {
    return this.assignment.assign(actor, taskId, body.assigneeId);
  }

  @Post(':taskId/completion')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary: 'Complete a task with its form',
    description:
      'The body is the form of the task’s form key (see GET /tasks/{taskId}: form.fields), validated on the server. Free text stays in the case record; the engine receives ids, enums, dates and booleans. Submitting twice completes once: send the same Idempotency-Key to get the first answer again.',
  })
  @ApiHeader({ description: 'One key per submission attempt (8-100 letters, digits, - or _), so that a repeat is recognised', name: 'Idempotency-Key', required: false })
  @ApiBody({ examples: { approve: { summary: 'jbt:report-approval, approved', value: { reportApproved: true } }, changes: { summary: 'jbt:report-approval, changes asked', value: { reportText: 'De afspraken over de omgang ontbreken.', reportApproved: false } } }, schema: { type: 'object' } })
  @ApiOkResponse({ description: 'Completed (repeated: true when this answers an earlier identical submission)', example: COMPLETED_EXAMPLE })
  @ApiBadRequestResponse({ description: 'Each wrong field and why', example: FORM_PROBLEMS_EXAMPLE })
  @ApiConflictResponse({ description: 'Completed by someone else meanwhile, claimed by a colleague, or cancelled by the process', example: ALREADY_COMPLETED_EXAMPLE })
  @ApiForbiddenResponse({ description: 'Not a task of your roles' })
  @ApiNotFoundResponse({ example: TASK_NOT_FOUND_EXAMPLE })
  complete(@CurrentActor() actor: Actor, @Param('taskId') taskId: string, @Body() body: Record<string, unknown>, @Headers('idempotency-key') idempotencyKey?: string) {
    if (idempotencyKey !== undefined && !IDEMPOTENCY_KEY.test(idempotencyKey)) throw problem('Idempotency-Key', 'Idempotency-Key must be 8 to 100 letters, digits, - or _');
    return this.completion.complete(actor, taskId, body, idempotencyKey);
  }
}
