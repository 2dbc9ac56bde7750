import { createHash } from 'node:crypto';
import PDFDocument from 'pdfkit';

/** A finished document: the PDF bytes and their SHA-256, kept with the version for integrity. */
export interface RenderedPdf {
  bytes: Buffer;
  sha256: string;
}

const MARGIN = 56;
const BODY = 10.5;

/**
 * A small vocabulary over pdfkit for the service's documents (report, Raad investigation request):
 * a title block, headings, paragraphs, bullet lists and label-value lines, with a footer on every
 * page. Standard fonts only, which cover Dutch (WinAnsi); no files to ship.
 */
export class PdfDocumentBuilder {
  private readonly doc: PDFKit.PDFDocument;
  private readonly chunks: Buffer[] = [];
  private readonly done: Promise<Buffer>;

  constructor(
    title: string,
    private readonly footer: string,
    createdAt = new Date(),
  ) {
    this.doc = new PDFDocument({
      bufferPages: true,
      info: { Author: 'Jeugdbeschermingstafel', CreationDate: createdAt, Creator: 'JBT Orchestrator', Title: title },
      lang: 'nl-NL',
      margins: { bottom: MARGIN + 20, left: MARGIN, right: MARGIN, top: MARGIN },
      size: 'A4',
    });
    this.done = new Promise((resolve, reject) => {
      this.doc.on('data', (chunk: Buffer) => this.chunks.push(chunk));
      this.doc.on('end', () => resolve(Buffer.concat(this.chunks)));
      this.doc.on('error', reject);
    });
  }

  title(text: string, subtitle?: string): this {
    this.doc.font('Helvetica-Bold').fontSize(18).fillColor('#3b1a5a').text(text);
    if (subtitle) this.doc.moveDown(0.2).font('Helvetica').fontSize(11).fillColor('#444444').text(subtitle);
    this.doc.fillColor('#000000').moveDown(1);
    return this;
  }

  heading(text: string): this {
    this.doc.moveDown(0.6).font('Helvetica-Bold').fontSize(13).fillColor('#3b1a5a').text(text).fillColor('#000000').moveDown(0.3);
    return this;
  }

  paragraph(text: string, options: { italic?: boolean } = {}): this {
    this.doc.font(options.italic ? 'Helvetica-Oblique' : 'Helvetica').fontSize(BODY).text(text, { lineGap: 2 }).moveDown(0.5);
    return this;
  }

  bullets(items: string[]): this {
    this.doc.font('Helvetica').fontSize(BODY).list(items, { bulletRadius: 2, lineGap: 2, textIndent: 12 }).moveDown(0.5);
    return this;
  }

  field(label: string, value: string): this {
    this.doc.font('Helvetica-Bold').fontSize(BODY).text(`${label}: `, { continued: true, lineGap: 2 }).font('Helvetica').text(value);
    return this;
  }

  async render(): Promise<RenderedPdf> {
    const range = this.doc.bufferedPageRange();
    for (let index = range.start; index < range.start + range.count; index++) {
      this.doc.switchToPage(index);
      // Writing below the bottom margin would start a new page: lift the margin for the footer.
      this.doc.page.margins.bottom = 0;
      const bottom = this.doc.page.height - MARGIN;
      this.doc.font('Helvetica').fontSize(8).fillColor('#555555')
        .text(`${this.footer} — pagina ${index + 1} van ${range.count}`, MARGIN, bottom, { align: 'center', lineBreak: false, width: this.doc.page.width - 2 * MARGIN });
    }
    this.doc.end();
    const bytes = await this.done;
    return { bytes, sha256: createHash('sha256').update(bytes).digest('hex') };
  }
}
