import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth, ApiForbiddenResponse, ApiOkResponse, ApiOperation, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { UNAUTHORIZED_EXAMPLE } from '../../auth/auth.examples';
import { CurrentActor } from '../../auth/current-actor.decorator';
import { Actor } from '../../auth/principal';
import { FORBIDDEN_EXAMPLE } from '../monitoring.examples';
import { MunicipalOverviewService } from './municipal-overview.service';
import { OutlookService } from './outlook.service';

const OUTLOOK_EXAMPLE = {
  generatedAt: '2026-12-03T10:00:00.000Z',
  nextWeek: { from: '2026-12-07', to: '2026-12-13' },
  tables: [
    { nextWeek: { caseNumbers: ['2026-0042', '2026-0043', '2026-0047', '2026-0050', '2026-0051'], cases: 5 }, regionId: '1f9e2d3c-4b5a-4698-8776-a5b4c3d2e1f0', regionName: 'Twente', tableId: '7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d', tableName: 'Tafel Enschede', thisWeek: { caseNumbers: ['2026-0040'], cases: '<5' } },
  ],
  thisWeek: { from: '2026-12-03', to: '2026-12-06' },
};

const OVERVIEW_EXAMPLE = {
  generatedAt: '2026-12-03T10:00:00.000Z',
  municipalities: [
    {
      cases: [{ caseNumber: '2026-0040', daysLeft: 2, daysUnit: 'CALENDAR', meetingPlanned: false, normDueAt: '2026-12-05T22:59:59.999Z', status: 'AT_RISK', table: { id: '7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d', name: 'Tafel Enschede' } }],
      figures: { atRisk: '<5', escalationsOpen: 0, exceeded: 0, meetingsWithinNorm: { part: 8, share: 80, whole: 10 }, running: 12 },
      id: '5c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f',
      name: 'Enschede',
      tasks: [{ caseNumber: '2026-0040', dueAt: '2026-12-04T16:00:00.000Z', id: '0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e', name: 'Wachttijd oplossen' }],
    },
  ],
  nearNormWorkingDays: 5,
};

@ApiTags('monitoring')
@ApiBearerAuth()
@ApiCookieAuth('jbt_session')
@ApiUnauthorizedResponse({ description: 'Not signed in', example: UNAUTHORIZED_EXAMPLE })
@Controller()
export class OutlookController {
  constructor(
    private readonly outlookService: OutlookService,
    private readonly municipal: MunicipalOverviewService,
  ) {}

  @Get('monitoring/outlook')
  @ApiOperation({
    summary: 'Running cases at risk this week and next, per table',
    description:
      'Cases whose norm date falls in the rest of this week or in next week (Dutch days) without a table meeting planned on or before it. Counts of 1 to 4 are sent as "<5"; the case numbers only to roles that see the monitoring case list, within its regions.',
  })
  @ApiOkResponse({ description: 'The outlook per table of your regions', example: OUTLOOK_EXAMPLE })
  @ApiForbiddenResponse({ description: 'No manager, process owner, administrator or municipal contact role', example: FORBIDDEN_EXAMPLE })
  outlook(@CurrentActor() actor: Actor) {
    return this.outlookService.outlook(actor);
  }

  @Get('municipal-contact/overview')
  @ApiOperation({
    summary: 'The municipal contact\'s own page',
    description:
      'Per municipality you are linked to: running cases within 5 working days of the norm or beyond it, or at risk already (case number, table, norm date, days left, status, whether a meeting is planned; no family data), your open tasks, and the municipality\'s figures (1 to 4 as "<5").',
  })
  @ApiOkResponse({ description: 'Your municipalities', example: OVERVIEW_EXAMPLE })
  @ApiForbiddenResponse({ description: 'No municipal contact role', example: { ...FORBIDDEN_EXAMPLE, message: 'Your roles do not open monitoring for the municipal contact page' } })
  overview(@CurrentActor() actor: Actor) {
    return this.municipal.overview(actor);
  }
}
