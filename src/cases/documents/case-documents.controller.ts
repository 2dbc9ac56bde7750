import { Controller, Get, Param, ParseEnumPipe, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiProduces, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Response } from 'express';
import { UNAUTHORIZED_EXAMPLE } from '../../auth/auth.examples';
import { CurrentActor } from '../../auth/current-actor.decorator';
import { Actor } from '../../auth/principal';
import { CASE_NOT_FOUND_EXAMPLE } from '../cases.examples';
import { CaseDocumentService } from './case-document.service';
import { CaseDocumentKind } from './document-access';

const KINDS: Record<CaseDocumentKind, CaseDocumentKind> = { invitation: 'invitation', report: 'report', vto: 'vto' };

@ApiTags('cases')
@ApiBearerAuth()
@ApiCookieAuth('jbt_session')
@ApiUnauthorizedResponse({ description: 'Not signed in', example: UNAUTHORIZED_EXAMPLE })
@Controller('cases/:caseId/documents')
export class CaseDocumentsController {
  constructor(private readonly documents: CaseDocumentService) {}

  @Get(':kind/:documentId')
  @ApiOperation({
    summary: 'Download a document of the case',
    description: 'A sent report version (PDF) for everyone who may see the case; the Raad investigation request (PDF) for the table, the referrer and the Raad; an invitation’s calendar file for the table, or for the one invited. The case view lists each document with `downloadable`.',
  })
  @ApiParam({ example: '8a4c6e1f-2b3d-4e5f-9a8b-7c6d5e4f3a2b', name: 'caseId' })
  @ApiParam({ enum: Object.keys(KINDS), name: 'kind' })
  @ApiParam({ example: '3f4e5d6c-7b8a-4c9d-8e0f-1a2b3c4d5e6f', name: 'documentId' })
  @ApiProduces('application/pdf', 'text/calendar')
  @ApiOkResponse({ description: 'The document' })
  @ApiNotFoundResponse({ description: 'No such case or document, or not one you may download', example: CASE_NOT_FOUND_EXAMPLE })
  async download(
    @CurrentActor() actor: Actor,
    @Param('caseId') caseId: string,
    @Param('kind', new ParseEnumPipe(KINDS)) kind: CaseDocumentKind,
    @Param('documentId') documentId: string,
    @Res() response: Response,
  ): Promise<void> {
    const document = await this.documents.download(actor, caseId, kind, documentId);
    response
      .status(200)
      .set({ 'Cache-Control': 'no-store', 'Content-Disposition': `attachment; filename="${document.filename}"`, 'Content-Type': document.contentType })
      .send(document.bytes);
  }
}
