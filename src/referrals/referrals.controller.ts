import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
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
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Actor } from '../auth/principal';
import { UNAUTHORIZED_EXAMPLE } from '../auth/auth.examples';
import { CASE_NOT_FOUND_EXAMPLE } from '../cases/cases.examples';
import { FileReferralDto } from './dto/file-referral.dto';
import { WithdrawReferralDto } from './dto/withdraw-referral.dto';
import { ReferralFilingService } from './referral-filing.service';
import { ReferralOptionsService } from './referral-options.service';
import { ReferralWithdrawalService } from './referral-withdrawal.service';
import {
  BAD_REQUEST_EXAMPLE,
  CONFLICT_EXAMPLE,
  FILE_REFERRAL_EXAMPLE,
  FILED_REFERRAL_EXAMPLE,
  FILING_FORBIDDEN_EXAMPLE,
  OTS_REFUSED_EXAMPLE,
  REFERRAL_OPTIONS_EXAMPLE,
  WITHDRAWN_EXAMPLE,
} from './referrals.examples';

@ApiTags('referrals')
@ApiBearerAuth()
@ApiCookieAuth('jbt_session')
@ApiUnauthorizedResponse({ description: 'Not signed in', example: UNAUTHORIZED_EXAMPLE })
@Controller()
export class ReferralsController {
  constructor(
    private readonly filing: ReferralFilingService,
    private readonly options: ReferralOptionsService,
    private readonly withdrawal: ReferralWithdrawalService,
  ) {}

  @Get('referrals/options')
  @ApiOperation({ summary: 'What you may file, and where', description: 'The regions you refer in with their municipalities, tables and accepted entry types (an OTS-closure review only where the region reviews them and you are a youth protector), your organisations, and possible co-referrers.' })
  @ApiOkResponse({ description: 'The choices of the referral form', example: REFERRAL_OPTIONS_EXAMPLE })
  referralOptions(@CurrentActor() actor: Actor) {
    return this.options.optionsFor(actor.principal);
  }

  @Post('referrals')
  @ApiOperation({
    summary: 'File a referral with its safety plan',
    description: 'Creates the case, the family, the referral and the standing participants in one transaction with its audit row, then starts the case process. Local team, Veilig Thuis or GI of the municipality’s region; an OTS-closure review only by a youth protector, and only where the region reviews OTS closures at the table.',
  })
  @ApiBody({ examples: { referral: { summary: 'A kwart-voor-twaalf referral by a local team', value: FILE_REFERRAL_EXAMPLE } }, type: FileReferralDto })
  @ApiCreatedResponse({ description: 'The case was filed', example: FILED_REFERRAL_EXAMPLE })
  @ApiBadRequestResponse({ description: 'Each wrong field and why', example: BAD_REQUEST_EXAMPLE })
  @ApiForbiddenResponse({ description: 'No referrer role in the region', example: FILING_FORBIDDEN_EXAMPLE })
  @ApiUnprocessableEntityResponse({ description: 'A rule of the region refuses it, e.g. no OTS-closure review at the table', example: OTS_REFUSED_EXAMPLE })
  file(@CurrentActor() actor: Actor, @Body() body: FileReferralDto) {
    return this.filing.file(actor, body);
  }

  @Post('cases/:caseId/withdrawal')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Withdraw the referral', description: 'By the referrer, before the meeting took place. A planned meeting is cancelled and its slot released.' })
  @ApiParam({ example: '8a4c6e1f-2b3d-4e5f-9a8b-7c6d5e4f3a2b', name: 'caseId' })
  @ApiBody({ examples: { withdraw: { value: { reason: 'Ouders hebben zelf hulp geaccepteerd; bespreking is niet meer nodig.' } } }, type: WithdrawReferralDto })
  @ApiOkResponse({ description: 'Withdrawn', example: WITHDRAWN_EXAMPLE })
  @ApiBadRequestResponse({ description: 'No reason given', example: { ...BAD_REQUEST_EXAMPLE, message: ['reason: reason should not be empty'], problems: [{ field: 'reason', reason: 'reason should not be empty' }] } })
  @ApiForbiddenResponse({ description: 'You may see the case but are not its referrer', example: { code: 'CASE_ACTION_NOT_PERMITTED', error: 'Forbidden', message: 'Your role in this case does not allow this action (withdraw)', statusCode: 403 } })
  @ApiNotFoundResponse({ description: 'No such case, or not one you may see', example: CASE_NOT_FOUND_EXAMPLE })
  @ApiConflictResponse({ description: 'The meeting already took place, or the case is closed or withdrawn', example: CONFLICT_EXAMPLE })
  withdraw(@CurrentActor() actor: Actor, @Param('caseId') caseId: string, @Body() body: WithdrawReferralDto) {
    return this.withdrawal.withdraw(actor, caseId, body);
  }
}
