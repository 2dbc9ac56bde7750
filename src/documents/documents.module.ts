import { Module } from '@nestjs/common';
import { ReportPdfRenderer } from './report-pdf.renderer';
import { VtoPdfRenderer } from './vto-pdf.renderer';

/** The documents the service produces: the report and the Raad investigation request, as PDFs. */
@Module({ exports: [ReportPdfRenderer, VtoPdfRenderer], providers: [ReportPdfRenderer, VtoPdfRenderer] })
export class DocumentsModule {}
