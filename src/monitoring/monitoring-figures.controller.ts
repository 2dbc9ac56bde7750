import { Controller, Get, Param, ParseEnumPipe, Query, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth, ApiForbiddenResponse, ApiOkResponse, ApiOperation, ApiParam, ApiProduces, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { UNAUTHORIZED_EXAMPLE } from '../auth/auth.examples';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Actor } from '../auth/principal';
import { DashboardQuery } from './dto/dashboard.query';
import { FIGURE_IDS, FigureId } from './figures/dashboard.types';
import { figureCsv, figureFileName } from './figures/figure-csv';
import { MonitoringFiguresService } from './figures/monitoring-figures.service';
import { MonitoringInstancesService } from './instances/monitoring-instances.service';
import { DASHBOARD_EXAMPLE, FORBIDDEN_EXAMPLE } from './monitoring.examples';

const FIGURES = Object.fromEntries(FIGURE_IDS.map((id) => [id, id]));

@ApiTags('monitoring')
@ApiBearerAuth()
@ApiCookieAuth('jbt_session')
@ApiUnauthorizedResponse({ description: 'Not signed in', example: UNAUTHORIZED_EXAMPLE })
@ApiForbiddenResponse({ description: 'No manager, process owner, administrator or municipal contact role', example: FORBIDDEN_EXAMPLE })
@Controller('monitoring')
export class MonitoringFiguresController {
  constructor(
    private readonly figures: MonitoringFiguresService,
    private readonly instances: MonitoringInstancesService,
  ) {}

  @Get('dashboard')
  @ApiOperation({
    summary: 'The managers\' figures',
    description: 'Computed from the case record for your regions. Counts below 5 are sent as "<5"; a share or an average resting on fewer than 5 cases is null.',
  })
  @ApiOkResponse({ description: 'Every figure of the dashboard', example: DASHBOARD_EXAMPLE })
  dashboard(@CurrentActor() actor: Actor, @Query() query: DashboardQuery) {
    return this.figures.dashboard(actor, query);
  }

  @Get('dashboard/csv/:figure')
  @ApiOperation({ summary: 'One figure as CSV', description: 'Semicolon-separated, decimal comma, UTF-8 with BOM, Dutch column names; small numbers as on the dashboard.' })
  @ApiParam({ enum: FIGURE_IDS, name: 'figure' })
  @ApiProduces('text/csv')
  async csv(@CurrentActor() actor: Actor, @Param('figure', new ParseEnumPipe(FIGURES)) figure: FigureId, @Query() query: DashboardQuery): Promise<StreamableFile> {
    const dashboard = await this.figures.dashboard(actor, query);
    return new StreamableFile(Buffer.from(figureCsv(dashboard, figure), 'utf8'), { disposition: `attachment; filename="${figureFileName(dashboard, figure)}"`, type: 'text/csv; charset=utf-8' });
  }

  @Get('options')
  @ApiOperation({ summary: 'What the monitoring filters can choose from', description: 'Your regions with their tables and municipalities, outcomes, tracks, and the BPMN steps where running cases stand.' })
  options(@CurrentActor() actor: Actor) {
    return this.instances.options(actor);
  }
}
