import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth, ApiForbiddenResponse, ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Actor } from '../auth/principal';
import { SaveTaskViewDto } from './dto/saved-task-view.dto';
import { SavedTaskViewService } from './saved-task-view.service';

const VIEW_EXAMPLE = {
  createdAt: '2026-11-03T08:00:00.000Z',
  filters: { due: 'OVERDUE', queue: 'all' },
  id: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
  mine: true,
  name: 'Verlopen taken van de tafel',
  owner: { displayName: 'Secretaris Twente (demo)', id: '5e4d3c2b-1a09-4f8e-8d7c-6b5a49382716' },
  sharedWith: { region: { id: '1f9e2d3c-4b5a-4698-8776-a5b4c3d2e1f0', name: 'Twente' }, role: 'SECRETARY' },
  sort: 'due',
};

@ApiTags('tasks')
@ApiBearerAuth()
@ApiCookieAuth('jbt_session')
@Controller('task-views')
export class SavedTaskViewsController {
  constructor(private readonly views: SavedTaskViewService) {}

  @Get()
  @ApiOperation({ summary: 'Your saved views of the task list and those your teams share' })
  @ApiOkResponse({ example: [VIEW_EXAMPLE] })
  list(@CurrentActor() actor: Actor) {
    return this.views.list(actor.principal);
  }

  @Post()
  @ApiOperation({ summary: 'Save a view', description: 'Filters and sort under a name; shared with a team (a role in a region) you belong to, or kept to yourself.' })
  @ApiOkResponse({ example: VIEW_EXAMPLE })
  @ApiForbiddenResponse({ description: 'Not a team of yours' })
  create(@CurrentActor() actor: Actor, @Body() body: SaveTaskViewDto) {
    return this.views.create(actor.principal, body);
  }

  @Put(':viewId')
  @ApiOperation({ summary: 'Change a view of yours' })
  @ApiOkResponse({ example: VIEW_EXAMPLE })
  @ApiNotFoundResponse({ description: 'No such view of yours' })
  update(@CurrentActor() actor: Actor, @Param('viewId') viewId: string, @Body() body: SaveTaskViewDto) {
    return this.views.update(actor.principal, viewId, body);
  }

  @Delete(':viewId')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Delete a view of yours' })
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiNotFoundResponse({ description: 'No such view of yours' })
  remove(@CurrentActor() actor: Actor, @Param('viewId') viewId: string) {
    return this.views.remove(actor.principal, viewId);
  }
}
