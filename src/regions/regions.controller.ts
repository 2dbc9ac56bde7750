import { Body, Controller, Get, Param, Put, UseFilters } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBearerAuth, ApiCookieAuth, ApiForbiddenResponse, ApiOperation, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { UNAUTHORIZED_EXAMPLE } from '../auth/auth.examples';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Actor } from '../auth/principal';
import { RegionParams, UpdateRegionSettingsDto } from './dto/region-settings.dto';
import { RegionSettingsInvalidFilter } from './region-settings.filter';
import { RegionSettingsService } from './region-settings.service';

@ApiTags('regions')
@ApiBearerAuth()
@ApiCookieAuth('jbt_session')
@ApiUnauthorizedResponse({ description: 'Not signed in', example: UNAUTHORIZED_EXAMPLE })
@UseFilters(RegionSettingsInvalidFilter)
@Controller('regions')
export class RegionsController {
  constructor(private readonly settings: RegionSettingsService) {}

  @Get()
  @ApiOperation({ summary: 'The regions whose settings you may change', description: "The regions of your process owner and administrator roles; every region for a national one (a role without a region)." })
  list(@CurrentActor() actor: Actor) {
    return this.settings.editableRegions(actor);
  }

  @Get(':regionId/settings')
  @ApiOperation({ summary: "A region's settings", description: 'Norms, chair model, GI and OTS review, ages; per table the weekly slots and neighbouring tables; per municipality the contacts.' })
  @ApiForbiddenResponse({ description: "Not a process owner or administrator of the region, nor a national one" })
  get(@CurrentActor() actor: Actor, @Param() params: RegionParams) {
    return this.settings.get(actor, params.regionId);
  }

  @Put(':regionId/settings')
  @ApiOperation({ summary: "Change a region's settings, with a reason", description: 'The whole document at once; the change is kept with the settings before and after. Free future slots the new schedule no longer has are blocked.' })
  @ApiBadRequestResponse({ description: 'A field is wrong; `problems` names each field and why' })
  @ApiForbiddenResponse({ description: "Not a process owner or administrator of the region, nor a national one" })
  update(@CurrentActor() actor: Actor, @Param() params: RegionParams, @Body() body: UpdateRegionSettingsDto) {
    return this.settings.update(actor, params.regionId, body);
  }

  @Get(':regionId/settings/history')
  @ApiOperation({ summary: "The history of a region's settings", description: 'Who changed what when and why, newest first.' })
  history(@CurrentActor() actor: Actor, @Param() params: RegionParams) {
    return this.settings.history(actor, params.regionId);
  }
}
