import { Body, Controller, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiBody,
  ApiConflictResponse,
  ApiCookieAuth,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Actor } from '../auth/principal';
import { UNAUTHORIZED_EXAMPLE } from '../auth/auth.examples';
import { CASE_NOT_FOUND_EXAMPLE } from '../cases/cases.examples';
import { RequestInformationDto, SupplyInformationDto } from './dto/information-request.dto';
import { InformationRequestService } from './information-request.service';
import { BAD_REQUEST_EXAMPLE, INFORMATION_REQUEST_EXAMPLE, INFORMATION_SUPPLIED_EXAMPLE } from './referrals.examples';

const CASE_ID = { example: '8a4c6e1f-2b3d-4e5f-9a8b-7c6d5e4f3a2b', name: 'caseId' };

@ApiTags('referrals')
@ApiBearerAuth()
@ApiCookieAuth('jbt_session')
@ApiUnauthorizedResponse({ description: 'Not signed in', example: UNAUTHORIZED_EXAMPLE })
@ApiNotFoundResponse({ description: 'No such case (or question), or not one you may see', example: CASE_NOT_FOUND_EXAMPLE })
@Controller('cases/:caseId/information-requests')
export class InformationRequestsController {
  constructor(private readonly information: InformationRequestService) {}

  @Post()
  @ApiOperation({ summary: 'Ask the referrer for missing information', description: 'By the chair or secretary of the case’s region, before the meeting.' })
  @ApiParam(CASE_ID)
  @ApiBody({ examples: { question: { value: { dueAt: '2026-11-06T12:00:00.000Z', question: 'Welke afspraken zijn er met school gemaakt over het ophalen?' } } }, type: RequestInformationDto })
  @ApiCreatedResponse({ description: 'The question, waiting for an answer', example: INFORMATION_REQUEST_EXAMPLE })
  @ApiBadRequestResponse({ description: 'Each wrong field and why', example: { ...BAD_REQUEST_EXAMPLE, message: ['question: question should not be empty'], problems: [{ field: 'question', reason: 'question should not be empty' }] } })
  @ApiForbiddenResponse({ description: 'You may see the case but do not run its table', example: { code: 'CASE_ACTION_NOT_PERMITTED', error: 'Forbidden', message: 'Your role in this case does not allow this action (request-information)', statusCode: 403 } })
  request(@CurrentActor() actor: Actor, @Param('caseId') caseId: string, @Body() body: RequestInformationDto) {
    return this.information.request(actor, caseId, body);
  }

  @Post(':requestId/reply')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Supply the information the chair asked for', description: 'By the referrer. The last open answer returns the case to the chair’s intake.' })
  @ApiParam(CASE_ID)
  @ApiParam({ example: '4e5f6a7b-8c9d-4e0f-a1b2-c3d4e5f6a7b8', name: 'requestId' })
  @ApiBody({ examples: { answer: { value: { answer: 'Met school is afgesproken dat alleen moeder de kinderen ophaalt.' } } }, type: SupplyInformationDto })
  @ApiOkResponse({ description: 'The answered question', example: INFORMATION_SUPPLIED_EXAMPLE })
  @ApiBadRequestResponse({ description: 'Each wrong field and why', example: { ...BAD_REQUEST_EXAMPLE, message: ['answer: answer should not be empty'], problems: [{ field: 'answer', reason: 'answer should not be empty' }] } })
  @ApiForbiddenResponse({ description: 'You may see the case but are not its referrer', example: { code: 'CASE_ACTION_NOT_PERMITTED', error: 'Forbidden', message: 'Your role in this case does not allow this action (supply-information)', statusCode: 403 } })
  @ApiConflictResponse({ description: 'Already answered, or the case is closed', example: { code: 'INFORMATION_ALREADY_SUPPLIED', error: 'Conflict', message: 'This question has already been answered', statusCode: 409 } })
  supply(@CurrentActor() actor: Actor, @Param('caseId') caseId: string, @Param('requestId') requestId: string, @Body() body: SupplyInformationDto) {
    return this.information.supply(actor, caseId, requestId, body);
  }
}
