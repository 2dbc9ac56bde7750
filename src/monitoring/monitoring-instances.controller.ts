import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiCookieAuth, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { UNAUTHORIZED_EXAMPLE } from '../auth/auth.examples';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Actor } from '../auth/principal';
import { ListInstancesQuery } from './dto/list-instances.query';
import { ReasonDto } from './dto/reason.dto';
import { CaseProcessViewService } from './instances/case-process-view.service';
import { MonitoringInstancesService } from './instances/monitoring-instances.service';
import { FORBIDDEN_EXAMPLE } from './monitoring.examples';
import { ProcessOperationsService } from './operations/process-operations.service';

@ApiTags('monitoring')
@ApiBearerAuth()
@ApiCookieAuth('jbt_session')
@ApiUnauthorizedResponse({ description: 'Not signed in', example: UNAUTHORIZED_EXAMPLE })
@ApiForbiddenResponse({ description: 'No role that opens this part of monitoring', example: FORBIDDEN_EXAMPLE })
@Controller('monitoring')
export class MonitoringInstancesController {
  constructor(
    private readonly instances: MonitoringInstancesService,
    private readonly operations: ProcessOperationsService,
    private readonly views: CaseProcessViewService,
  ) {}

  @Get('cases')
  @ApiOperation({ summary: 'Running and finished cases with where their process stands', description: 'Managers, process owners and administrators; your regions only; no personal data. Newest referral first.' })
  @ApiOkResponse({ description: 'A page of cases' })
  list(@CurrentActor() actor: Actor, @Query() query: ListInstancesQuery) {
    return this.instances.list(actor, query);
  }

  @Get('cases/:caseId')
  @ApiOperation({ summary: 'A case\'s process view', description: 'Diagram XML, counts per element and sequence flows taken, the history of steps with times and actors (steps by name), incidents with job retries, the process variables and open tasks.' })
  @ApiNotFoundResponse({ description: 'No such case, or not in your regions' })
  get(@CurrentActor() actor: Actor, @Param('caseId') caseId: string) {
    return this.views.get(actor, caseId);
  }

  @Post('cases/:caseId/cancel')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Cancel a case\'s process', description: 'Managers and administrators of the case\'s region; the reason is written to the audit log.' })
  @ApiConflictResponse({ description: 'The process has not started or has already ended' })
  cancel(@CurrentActor() actor: Actor, @Param('caseId') caseId: string, @Body() body: ReasonDto) {
    return this.operations.cancelProcess(actor, caseId, body.reason);
  }

  @Post('incidents/:incidentKey/retry')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Retry an incident', description: 'Gives the failed job one retry and resolves the incident. Managers and administrators of the case\'s region; the reason is written to the audit log.' })
  @ApiNotFoundResponse({ description: 'No such open incident in your regions' })
  @ApiConflictResponse({ description: 'The incident is not a failed job, or the engine refused the retry' })
  retry(@CurrentActor() actor: Actor, @Param('incidentKey') incidentKey: string, @Body() body: ReasonDto) {
    return this.operations.retryIncident(actor, incidentKey, body.reason);
  }
}
