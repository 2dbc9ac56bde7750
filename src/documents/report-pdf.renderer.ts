import { Injectable } from '@nestjs/common';
import { PdfDocumentBuilder, RenderedPdf } from './pdf-document.builder';
import { reportBlocks } from './report-text';

/** A reaction as it is appended to the report. */
export interface ReportReactionEntry {
  /** Who reacted, in words ("Ouder (Fictiefouder Verzonnenhuis)", "Verzoeker (wijkteam)"). */
  author: string;
  disputesAccuracy: boolean;
  receivedAt: Date;
  text: string;
}

export interface ReportDocument {
  caseNumber: string;
  createdAt: Date;
  reactions: ReportReactionEntry[];
  /** The approved text (see report-text.ts for its two marks). */
  text: string;
  /** "Verslag tafelgesprek", "Verslag evaluatiemoment", ... */
  title: string;
  version: number;
}

const longDate = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeZone: 'Europe/Amsterdam' });

/**
 * The report as a PDF: the text the chair approved, then the reactions received so far, each with
 * its author and date, so that every version stands on its own as the account at that moment.
 */
@Injectable()
export class ReportPdfRenderer {
  render(report: ReportDocument): Promise<RenderedPdf> {
    const footer = `Vertrouwelijk — casus ${report.caseNumber}, verslag versie ${report.version}`;
    const pdf = new PdfDocumentBuilder(`${report.title} ${report.caseNumber} versie ${report.version}`, footer, report.createdAt)
      .title(report.title, `Jeugdbeschermingstafel — casus ${report.caseNumber} — versie ${report.version} van ${longDate.format(report.createdAt)}`);
    for (const block of reportBlocks(report.text)) {
      if (block.kind === 'heading') pdf.heading(block.text);
      else if (block.kind === 'items') pdf.bullets(block.items);
      else pdf.paragraph(block.text);
    }
    if (report.reactions.length > 0) {
      pdf.heading('Reacties op het verslag');
      pdf.paragraph('Ouders en professionals mogen reageren op het verslag. Hun reacties worden hieronder toegevoegd zoals zij ze gaven; de tekst van het verslag zelf blijft ongewijzigd.', { italic: true });
      for (const reaction of report.reactions) {
        pdf.field('Reactie van', `${reaction.author}, ontvangen op ${longDate.format(reaction.receivedAt)}`);
        if (reaction.disputesAccuracy) pdf.paragraph('Geeft aan dat het verslag geen juiste weergave is van het gesprek.', { italic: true });
        pdf.paragraph(reaction.text);
      }
    }
    return pdf.render();
  }
}
