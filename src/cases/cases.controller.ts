import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Actor } from '../auth/principal';
import { CaseQueryService } from './case-query.service';
import { UNAUTHORIZED_EXAMPLE } from '../auth/auth.examples';
import { CASE_DETAIL_EXAMPLE, CASE_LIST_EXAMPLE, CASE_NOT_FOUND_EXAMPLE, NEXT_STEP_EXAMPLE } from './cases.examples';
import { ListCasesQuery } from './dto/list-cases.query';
import { CaseNextStepService } from './next-step/case-next-step.service';

@ApiTags('cases')
@ApiBearerAuth()
@ApiCookieAuth('jbt_session')
@ApiUnauthorizedResponse({ description: 'Not signed in', example: UNAUTHORIZED_EXAMPLE })
@Controller('cases')
export class CasesController {
  constructor(
    private readonly cases: CaseQueryService,
    private readonly next: CaseNextStepService,
  ) {}

  @Get()
  @ApiOperation({ summary: 'The cases you may see', description: 'Chairs and secretaries: their region; referrers, Raad and GI: the cases they take part in. No personal data in the list.' })
  @ApiOkResponse({ description: 'A page of case summaries, newest referral first', example: CASE_LIST_EXAMPLE })
  list(@CurrentActor() actor: Actor, @Query() query: ListCasesQuery) {
    return this.cases.list(actor, query);
  }

  @Get(':caseId')
  @ApiOperation({ summary: 'One case with its chronology', description: 'The referral and safety plan, the family, participants, meetings, decisions, every report version and reaction, follow-up, and every step in time order with its actor.' })
  @ApiParam({ example: '8a4c6e1f-2b3d-4e5f-9a8b-7c6d5e4f3a2b', name: 'caseId' })
  @ApiOkResponse({ description: 'The case', example: CASE_DETAIL_EXAMPLE })
  @ApiNotFoundResponse({ description: 'No such case, or not one you may see (the answer is the same)', example: CASE_NOT_FOUND_EXAMPLE })
  get(@CurrentActor() actor: Actor, @Param('caseId') caseId: string) {
    return this.cases.get(actor, caseId);
  }

  @Get(':caseId/next-step')
  @ApiOperation({
    summary: 'What happens next in the case, and who holds it',
    description: 'Open tasks with their role, assignee and due date; what the referrer must supply; the meeting; the moments the process waits for. `settled` is false while the process is still moving on after a change (ask again). Anyone who may see the case, and for an hour whoever completed one of its tasks (no case content is shown).',
  })
  @ApiParam({ example: '8a4c6e1f-2b3d-4e5f-9a8b-7c6d5e4f3a2b', name: 'caseId' })
  @ApiOkResponse({ description: 'The next steps, most pressing first', example: NEXT_STEP_EXAMPLE })
  @ApiNotFoundResponse({ description: 'No such case, or not one you may see (the answer is the same)', example: CASE_NOT_FOUND_EXAMPLE })
  nextStep(@CurrentActor() actor: Actor, @Param('caseId') caseId: string) {
    return this.next.forCase(actor, caseId);
  }
}
