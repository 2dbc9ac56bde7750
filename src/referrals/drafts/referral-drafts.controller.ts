import { ArgumentMetadata, Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, Post, Put } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiBody,
  ApiCookieAuth,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
  ApiUnauthorizedResponse,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { UNAUTHORIZED_EXAMPLE } from '../../auth/auth.examples';
import { CurrentActor } from '../../auth/current-actor.decorator';
import { Actor } from '../../auth/principal';
import { createValidationPipe } from '../../http/validation.pipe';
import { FileReferralDto } from '../dto/file-referral.dto';
import { SaveReferralDraftDto } from '../dto/referral-draft.dto';
import { BAD_REQUEST_EXAMPLE, FILED_REFERRAL_EXAMPLE, OTS_REFUSED_EXAMPLE } from '../referrals.examples';
import { DraftContentPipe } from './draft-content.pipe';
import { ReferralDraftService } from './referral-draft.service';
import { DRAFT_BAD_REQUEST_EXAMPLE, DRAFT_EXAMPLE, DRAFT_LIST_EXAMPLE, DRAFT_NOT_FOUND_EXAMPLE, DRAFT_NOT_PERMITTED_EXAMPLE } from './referral-drafts.examples';

const DRAFT_ID = { example: '0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e', name: 'draftId' };
/** A draft is sent with exactly the rules of POST /api/referrals. */
const REFERRAL_RULES: ArgumentMetadata = { metatype: FileReferralDto, type: 'body' };

@ApiTags('referrals')
@ApiBearerAuth()
@ApiCookieAuth('jbt_session')
@ApiUnauthorizedResponse({ description: 'Not signed in', example: UNAUTHORIZED_EXAMPLE })
@ApiForbiddenResponse({ description: 'No local team, Veilig Thuis or GI role', example: DRAFT_NOT_PERMITTED_EXAMPLE })
@Controller('referral-drafts')
export class ReferralDraftsController {
  private readonly referralRules = createValidationPipe();

  constructor(private readonly drafts: ReferralDraftService) {}

  @Get()
  @ApiOperation({ summary: 'Your drafts of a referral', description: 'Newest first; a draft is seen by its author only.' })
  @ApiOkResponse({ description: 'Your drafts', example: DRAFT_LIST_EXAMPLE })
  async list(@CurrentActor() actor: Actor) {
    return { items: await this.drafts.list(actor) };
  }

  @Post()
  @ApiOperation({ summary: 'Save a new draft of a referral', description: 'Any part of a referral; what is filled in must pass the rules of POST /api/referrals. No case is made and no process starts.' })
  @ApiBody({ type: SaveReferralDraftDto })
  @ApiCreatedResponse({ description: 'The draft', example: DRAFT_EXAMPLE })
  @ApiBadRequestResponse({ description: 'Each wrong field and why, under content.', example: DRAFT_BAD_REQUEST_EXAMPLE })
  create(@CurrentActor() actor: Actor, @Body(DraftContentPipe) body: SaveReferralDraftDto) {
    return this.drafts.create(actor, body.content);
  }

  @Get(':draftId')
  @ApiOperation({ summary: 'One of your drafts, to resume it' })
  @ApiParam(DRAFT_ID)
  @ApiOkResponse({ description: 'The draft', example: DRAFT_EXAMPLE })
  @ApiNotFoundResponse({ description: 'No such draft among yours', example: DRAFT_NOT_FOUND_EXAMPLE })
  get(@CurrentActor() actor: Actor, @Param('draftId') draftId: string) {
    return this.drafts.get(actor, draftId);
  }

  @Put(':draftId')
  @ApiOperation({ summary: 'Save a draft again', description: 'Replaces the draft’s content with what the form holds now.' })
  @ApiParam(DRAFT_ID)
  @ApiBody({ type: SaveReferralDraftDto })
  @ApiOkResponse({ description: 'The saved draft', example: DRAFT_EXAMPLE })
  @ApiBadRequestResponse({ description: 'Each wrong field and why, under content.', example: DRAFT_BAD_REQUEST_EXAMPLE })
  @ApiNotFoundResponse({ description: 'No such draft among yours', example: DRAFT_NOT_FOUND_EXAMPLE })
  save(@CurrentActor() actor: Actor, @Param('draftId') draftId: string, @Body(DraftContentPipe) body: SaveReferralDraftDto) {
    return this.drafts.save(actor, draftId, body.content);
  }

  @Delete(':draftId')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Delete a draft' })
  @ApiParam(DRAFT_ID)
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiNotFoundResponse({ description: 'No such draft among yours', example: DRAFT_NOT_FOUND_EXAMPLE })
  async delete(@CurrentActor() actor: Actor, @Param('draftId') draftId: string): Promise<void> {
    await this.drafts.delete(actor, draftId);
  }

  @Post(':draftId/filing')
  @ApiOperation({
    summary: 'Send a draft: file the referral',
    description: 'Checks the draft with the rules of POST /api/referrals (a 400 names each missing or wrong field by its path in the referral), files it, and deletes the draft in the same transaction; then the case’s process starts.',
  })
  @ApiParam(DRAFT_ID)
  @ApiCreatedResponse({ description: 'The case was filed', example: FILED_REFERRAL_EXAMPLE })
  @ApiBadRequestResponse({ description: 'Each missing or wrong field and why', example: BAD_REQUEST_EXAMPLE })
  @ApiNotFoundResponse({ description: 'No such draft among yours (deleted or sent meanwhile)', example: DRAFT_NOT_FOUND_EXAMPLE })
  @ApiUnprocessableEntityResponse({ description: 'A rule of the region refuses it, e.g. no OTS-closure review at the table', example: OTS_REFUSED_EXAMPLE })
  async send(@CurrentActor() actor: Actor, @Param('draftId') draftId: string) {
    const draft = await this.drafts.get(actor, draftId);
    const referral = (await this.referralRules.transform(draft.content, REFERRAL_RULES)) as FileReferralDto;
    return this.drafts.send(actor, draftId, referral);
  }
}
