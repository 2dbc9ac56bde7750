import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth, ApiForbiddenResponse, ApiNotFoundResponse, ApiOperation, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { UNAUTHORIZED_EXAMPLE } from '../auth/auth.examples';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Actor } from '../auth/principal';
import { FORBIDDEN_EXAMPLE } from './monitoring.examples';
import { MonitoringModelsService } from './models/monitoring-models.service';

@ApiTags('monitoring')
@ApiBearerAuth()
@ApiCookieAuth('jbt_session')
@ApiUnauthorizedResponse({ description: 'Not signed in', example: UNAUTHORIZED_EXAMPLE })
@ApiForbiddenResponse({ description: 'Managers, process owners and administrators only', example: FORBIDDEN_EXAMPLE })
@Controller('monitoring/models')
export class MonitoringModelsController {
  constructor(private readonly models: MonitoringModelsService) {}

  @Get()
  @ApiOperation({ summary: 'Deployed processes with their versions and running instances' })
  list(@CurrentActor() actor: Actor) {
    return this.models.list(actor);
  }

  @Get(':processDefinitionKey')
  @ApiOperation({
    summary: 'One version\'s diagram with the running instances at each element and the sequence flows taken (the heat view)',
    description: 'Running instances are counted on every request; totals over the version\'s whole history may be up to a minute old.',
  })
  @ApiNotFoundResponse({ description: 'No such process definition (also for a key of no engine\'s shape)' })
  get(@CurrentActor() actor: Actor, @Param('processDefinitionKey') processDefinitionKey: string) {
    return this.models.get(actor, processDefinitionKey);
  }
}
