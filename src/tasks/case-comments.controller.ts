import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Actor } from '../auth/principal';
import { CASE_NOT_FOUND_EXAMPLE } from '../cases/cases.examples';
import { CaseCommentService } from './case-comment.service';
import { AddCaseCommentDto } from './dto/add-case-comment.dto';

const COMMENT_EXAMPLE = {
  author: { displayName: 'Voorzitter Twente (demo)', id: '0b7f8e9d-1c2b-4a3f-8e7d-6c5b4a392817' },
  createdAt: '2026-11-03T10:00:00.000Z',
  editedAt: null,
  id: 'aa11bb22-cc33-4d44-8e55-ff6677889900',
  text: 'Moeder belde: zij kan dinsdag alleen na 13.00 uur.',
};

@ApiTags('cases')
@ApiBearerAuth()
@ApiCookieAuth('jbt_session')
@Controller('cases/:caseId/comments')
export class CaseCommentsController {
  constructor(private readonly comments: CaseCommentService) {}

  @Get()
  @ApiOperation({ summary: 'Internal comments on a case', description: 'Notes between the professionals of the case; never sent to the family. Audited.' })
  @ApiOkResponse({ example: [COMMENT_EXAMPLE] })
  @ApiNotFoundResponse({ example: CASE_NOT_FOUND_EXAMPLE })
  list(@CurrentActor() actor: Actor, @Param('caseId') caseId: string) {
    return this.comments.list(actor, caseId);
  }

  @Post()
  @ApiOperation({ summary: 'Add an internal comment to a case' })
  @ApiCreatedResponse({ example: COMMENT_EXAMPLE })
  @ApiNotFoundResponse({ example: CASE_NOT_FOUND_EXAMPLE })
  add(@CurrentActor() actor: Actor, @Param('caseId') caseId: string, @Body() body: AddCaseCommentDto) {
    return this.comments.add(actor, caseId, body.text);
  }
}
