import { Module } from '@nestjs/common';
import { DocumentsModule } from '../documents/documents.module';
import { MailModule } from '../mail/mail.module';
import { RaadConsultRequestService } from './raad-consult-request.service';
import { VtoFilingService } from './vto-filing.service';

/** What the table asks of the Raad voor de Kinderbescherming: its consult, and an investigation (VTO). */
@Module({
  exports: [RaadConsultRequestService, VtoFilingService],
  imports: [DocumentsModule, MailModule],
  providers: [RaadConsultRequestService, VtoFilingService],
})
export class RaadModule {}
