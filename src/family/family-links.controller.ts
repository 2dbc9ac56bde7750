import { Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Actor } from '../auth/principal';
import { CASE_NOT_FOUND_EXAMPLE } from '../cases/cases.examples';
import { FamilyLinkService } from './family-links.service';

@ApiTags('cases')
@ApiBearerAuth()
@ApiCookieAuth('jbt_session')
@Controller('cases/:caseId/family-links')
export class FamilyLinksController {
  constructor(private readonly links: FamilyLinkService) {}

  @Get()
  @ApiOperation({ summary: 'Who gets a family-page link, and whether theirs works', description: 'Parents, and children from the region\'s age, with the state of their latest link (no secrets). For everyone who may read the case. Audited.' })
  @ApiOkResponse({ example: [{ expiresAt: '2027-04-12T21:59:59.000Z', lastVisitedAt: null, name: 'Fictief Verzonnen', participantId: '3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f', role: 'PARENT', state: 'ACTIVE', visitCount: 0 }] })
  @ApiNotFoundResponse({ example: CASE_NOT_FOUND_EXAMPLE })
  list(@CurrentActor() actor: Actor, @Param('caseId') caseId: string) {
    return this.links.list(actor, caseId);
  }

  @Post(':participantId')
  @HttpCode(200)
  @ApiOperation({ summary: 'Send a family-page link again', description: 'For the chair, the secretary and the referrer: a new link goes to the person (a child\'s to each parent); their older link stops working. Audited.' })
  @ApiOkResponse({ example: { expiresAt: '2027-04-12T21:59:59.000Z', mails: 1 } })
  @ApiNotFoundResponse({ example: CASE_NOT_FOUND_EXAMPLE })
  @ApiUnprocessableEntityResponse({ description: 'This person gets no link (not a parent, a child below the region\'s age, or no address)' })
  resend(@CurrentActor() actor: Actor, @Param('caseId') caseId: string, @Param('participantId') participantId: string) {
    return this.links.resend(actor, caseId, participantId);
  }
}
