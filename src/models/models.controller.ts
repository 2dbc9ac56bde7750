import { Body, Controller, Get, HttpCode, Param, Post, Query, UseFilters } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCookieAuth,
  ApiForbiddenResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { UNAUTHORIZED_EXAMPLE } from '../auth/auth.examples';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Actor } from '../auth/principal';
import { ModelApprovalService } from './approval/model-approval.service';
import { BuildingBlocksService } from './catalog/building-blocks.service';
import { ApproveProposalDto, CommentDto, DiffQuery, ModelParams, ModelVersionParams, ProposalParams, RejectProposalDto, SaveModelVersionDto, ValidateModelDto } from './dto/model.dto';
import { ModelRejectedFilter } from './http/model-rejected.filter';
import { APPROVAL_SCOPE_EXAMPLE, MODEL_REJECTED_EXAMPLE, NOT_PROCESS_OWNER_EXAMPLE, VALIDATION_REPORT_EXAMPLE } from './models.examples';
import { ModelVersionService } from './versions/model-version.service';

@ApiTags('models')
@ApiBearerAuth()
@ApiCookieAuth('jbt_session')
@ApiUnauthorizedResponse({ description: 'Not signed in', example: UNAUTHORIZED_EXAMPLE })
@ApiForbiddenResponse({ description: 'Not a process owner or administrator', example: NOT_PROCESS_OWNER_EXAMPLE })
@UseFilters(ModelRejectedFilter)
@Controller('models')
export class ModelsController {
  constructor(
    private readonly approvals: ModelApprovalService,
    private readonly blocks: BuildingBlocksService,
    private readonly versions: ModelVersionService,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Every model with its newest version, the version in use and an open proposal' })
  list(@CurrentActor() actor: Actor) {
    return this.versions.listModels(actor);
  }

  @Get('building-blocks')
  @ApiOperation({ summary: "The modeler's building blocks and what a model may refer to", description: 'Task types with a worker in this service, roles, messages, errors and escalations, and ready-made elements for the palette.' })
  buildingBlocks(@CurrentActor() actor: Actor) {
    return this.blocks.list(actor);
  }

  @Post('validate')
  @HttpCode(200)
  @ApiOperation({ summary: 'Validate a model without saving it', description: 'The hardened parser, bpmnlint, camunda-compat 8.6, the JBT rules and the deployment guard. Every problem names the element and the rule.' })
  @ApiOkResponse({ description: 'The problems found (an empty list: deployable)', example: VALIDATION_REPORT_EXAMPLE })
  validate(@CurrentActor() actor: Actor, @Body() body: ValidateModelDto) {
    return this.versions.validate(actor, body.processId, body.xml);
  }

  @Get('proposals')
  @ApiOperation({ summary: 'Proposals awaiting a second process owner' })
  pending(@CurrentActor() actor: Actor) {
    return this.approvals.pending(actor);
  }

  @Post('proposals/:proposalId/approval')
  @ApiOperation({
    summary: 'Approve a proposal with a comment and deploy it',
    description:
      "By a process owner who neither proposed the version nor saved it, and who has national scope or works for another region than the proposer (every region uses the models). The comment is required and kept with the decision. The checks run again first; the engine deploys all or nothing.",
  })
  @ApiBadRequestResponse({ description: 'No comment (naming the field), or the version no longer passes the checks', example: MODEL_REJECTED_EXAMPLE })
  @ApiForbiddenResponse({ description: 'Not a process owner; the proposer or author (FOUR_EYES_REQUIRED); only of the proposer\'s region (APPROVAL_SCOPE_REQUIRED)', example: APPROVAL_SCOPE_EXAMPLE })
  @ApiConflictResponse({ description: 'The proposal was already decided, or the engine is unreachable' })
  approve(@CurrentActor() actor: Actor, @Param() params: ProposalParams, @Body() body: ApproveProposalDto) {
    return this.approvals.approve(actor, params.proposalId, body.comment);
  }

  @Post('proposals/:proposalId/rejection')
  @ApiOperation({ summary: 'Reject a proposal, or withdraw your own' })
  reject(@CurrentActor() actor: Actor, @Param() params: ProposalParams, @Body() body: RejectProposalDto) {
    return this.approvals.reject(actor, params.proposalId, body.reason);
  }

  @Get(':processId/versions')
  @ApiOperation({ summary: 'The versions of a model, newest first' })
  listVersions(@CurrentActor() actor: Actor, @Param() params: ModelParams) {
    return this.versions.versions(actor, params.processId);
  }

  @Post(':processId/versions')
  @ApiOperation({ summary: 'Save a draft version with a comment', description: 'A draft may have lint problems (they are returned); a file the parser refuses is not stored.' })
  @ApiBadRequestResponse({ description: 'Not a readable model: oversized, a DTD, broken XML, unknown elements, duplicate ids', example: MODEL_REJECTED_EXAMPLE })
  @ApiConflictResponse({ description: 'Nothing changed since the newest version' })
  save(@CurrentActor() actor: Actor, @Param() params: ModelParams, @Body() body: SaveModelVersionDto) {
    return this.versions.save(actor, params.processId, body.xml, body.comment);
  }

  @Get(':processId/versions/:number')
  @ApiOperation({ summary: 'One version with its XML' })
  getVersion(@CurrentActor() actor: Actor, @Param() params: ModelVersionParams) {
    return this.versions.version(actor, params.processId, params.number);
  }

  @Post(':processId/versions/:number/restore')
  @ApiOperation({ summary: 'Save an old version again as the newest draft' })
  restore(@CurrentActor() actor: Actor, @Param() params: ModelVersionParams, @Body() body: CommentDto) {
    return this.versions.restore(actor, params.processId, params.number, body.comment);
  }

  @Post(':processId/versions/:number/proposals')
  @ApiOperation({ summary: 'Propose a version for deployment', description: 'Only a version without errors; a second process owner must approve it.' })
  @ApiBadRequestResponse({ description: 'The version does not pass the checks', example: MODEL_REJECTED_EXAMPLE })
  propose(@CurrentActor() actor: Actor, @Param() params: ModelVersionParams, @Body() body: CommentDto) {
    return this.approvals.propose(actor, params.processId, params.number, body.comment);
  }

  @Get(':processId/diff')
  @ApiOperation({ summary: 'Elements added, removed, changed and moved between two versions' })
  diff(@CurrentActor() actor: Actor, @Param() params: ModelParams, @Query() query: DiffQuery) {
    return this.versions.diff(actor, params.processId, query.from, query.to);
  }

  @Get(':processId/history')
  @ApiOperation({ summary: 'Who proposed and approved which version when, and every deployment with the engine keys' })
  history(@CurrentActor() actor: Actor, @Param() params: ModelParams) {
    return this.approvals.history(actor, params.processId);
  }
}
