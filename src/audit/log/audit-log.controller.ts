import { Controller, Get, Query, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth, ApiForbiddenResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { UNAUTHORIZED_EXAMPLE } from '../../auth/auth.examples';
import { CurrentActor } from '../../auth/current-actor.decorator';
import { Actor } from '../../auth/principal';
import { AuditLogFilterQuery, AuditLogPageQuery } from './audit-log.query.dto';
import { AuditChainStatusResponse, AuditLogPageResponse } from './audit-log.response';
import { AuditLogService } from './audit-log.service';

const FORBIDDEN_EXAMPLE = { code: 'AUDIT_LOG_FORBIDDEN', error: 'Forbidden', message: 'Only a privacy officer may read the audit log', statusCode: 403 };

@ApiTags('audit')
@ApiBearerAuth()
@ApiCookieAuth('jbt_session')
@ApiUnauthorizedResponse({ description: 'Not signed in', example: UNAUTHORIZED_EXAMPLE })
@ApiForbiddenResponse({ description: 'Not a privacy officer', example: FORBIDDEN_EXAMPLE })
@Controller('audit')
export class AuditLogController {
  constructor(private readonly log: AuditLogService) {}

  @Get('events')
  @ApiOperation({
    summary: 'The audit log (NEN 7513)',
    description:
      'Who read or changed which case, when, from where, on whose behalf and whether it was allowed, newest first. A privacy officer of a region sees the rows of its cases and of the people with a role in it; one without a region sees all. Filter by case (id or number), user (id or username), period (Dutch days, inclusive) and outcome. Reading the log is itself logged.',
  })
  @ApiOkResponse({ type: AuditLogPageResponse })
  page(@CurrentActor() actor: Actor, @Query() query: AuditLogPageQuery): Promise<AuditLogPageResponse> {
    return this.log.page(actor, query);
  }

  @Get('events/csv')
  @ApiOperation({ summary: 'The audit log as CSV', description: 'The same rows and filters, oldest first, at most 100 000: semicolon-separated, UTF-8 with BOM, Dutch column names. Exporting is itself logged.' })
  @ApiProduces('text/csv')
  async csv(@CurrentActor() actor: Actor, @Query() query: AuditLogFilterQuery): Promise<StreamableFile> {
    const { csv, fileName } = await this.log.export(actor, query);
    return new StreamableFile(Buffer.from(csv, 'utf8'), { disposition: `attachment; filename="${fileName}"`, type: 'text/csv; charset=utf-8' });
  }

  @Get('chain')
  @ApiOperation({ summary: 'Check the hash chain now', description: 'Recomputes every row\'s hash and link, as `npm run audit:verify` does, and names each row changed or removed.' })
  @ApiOkResponse({ type: AuditChainStatusResponse })
  chain(@CurrentActor() actor: Actor): Promise<AuditChainStatusResponse> {
    return this.log.chainStatus(actor);
  }
}
