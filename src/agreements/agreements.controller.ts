import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse, ApiBearerAuth, ApiConflictResponse, ApiCookieAuth, ApiCreatedResponse, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags,
} from '@nestjs/swagger';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Actor } from '../auth/principal';
import { CASE_NOT_FOUND_EXAMPLE } from '../cases/cases.examples';
import { AgreementMarkingService } from './agreement-marking.service';
import { AGREEMENT_EXAMPLE, AGREEMENT_NOT_FOUND_EXAMPLE, AGREEMENT_SETTLED_EXAMPLE } from './agreements.examples';
import { MarkAgreementDto } from './dto/mark-agreement.dto';

@ApiTags('agreements')
@ApiBearerAuth()
@ApiCookieAuth('jbt_session')
@Controller()
export class AgreementsController {
  constructor(private readonly agreements: AgreementMarkingService) {}

  @Get('cases/:caseId/agreements')
  @ApiOperation({ summary: 'The agreements of a case, with their state', description: 'Every agreement made at a decision of the case: what, who carries it out, by when, who watches over it, what happens if it is not kept, its state and marks. For everyone who may read the case. Audited.' })
  @ApiParam({ example: '8a4c6e1f-2b3d-4e5f-9a8b-7c6d5e4f3a2b', name: 'caseId' })
  @ApiOkResponse({ example: [AGREEMENT_EXAMPLE] })
  @ApiNotFoundResponse({ description: 'No such case, or not one you may see', example: CASE_NOT_FOUND_EXAMPLE })
  list(@CurrentActor() actor: Actor, @Param('caseId') caseId: string) {
    return this.agreements.list(actor, caseId);
  }

  @Post('agreements/:agreementId/marks')
  @ApiOperation({
    summary: 'Mark an agreement kept, not kept or changed',
    description: 'For the one who watches over the agreement, or a chair of the table, at any time while it is followed. A changed agreement takes its new date and is followed again; kept and not kept settle it. The agreement\'s process takes the mark as after the watcher\'s task (and withdraws an open task). Audited.',
  })
  @ApiParam({ example: '7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d', name: 'agreementId' })
  @ApiCreatedResponse({ description: 'The agreement after the mark', example: { ...AGREEMENT_EXAMPLE, mayMark: false, state: 'KEPT' } })
  @ApiBadRequestResponse({ description: 'A field is missing or wrong (named, with the reason)' })
  @ApiForbiddenResponse({ description: 'You may see the case but do not watch over this agreement' })
  @ApiNotFoundResponse({ example: AGREEMENT_NOT_FOUND_EXAMPLE })
  @ApiConflictResponse({ description: 'The agreement is settled already', example: AGREEMENT_SETTLED_EXAMPLE })
  mark(@CurrentActor() actor: Actor, @Param('agreementId') agreementId: string, @Body() body: MarkAgreementDto) {
    return this.agreements.mark(actor, agreementId, body);
  }
}
