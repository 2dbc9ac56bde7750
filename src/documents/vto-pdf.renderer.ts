import { Injectable } from '@nestjs/common';
import { PdfDocumentBuilder, RenderedPdf } from './pdf-document.builder';

/** What the table sends the Raad with its request for an investigation (verzoek tot onderzoek). */
export interface VtoDocument {
  agreements: string[];
  caseNumber: string;
  children: { birthDate: string; name: string }[];
  createdAt: Date;
  decidedAt: Date;
  decidedBy: string;
  decisions: { help: string; route: string; safety: string };
  family: { childVoice: string; helpSoFar: string; parentsView: string; situation: string; worries: string };
  meetingAt: Date | null;
  outcome: string;
  parents: { authority: boolean; contact: string; name: string; relation: string }[];
  raadAdvice: string | null;
  referrer: { contact: string; organisation: string };
  safetyPlan: { agreements: string | null; noAgreementsReason: string | null; stepsIfNotKept: string };
  table: string;
}

const longDate = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeZone: 'Europe/Amsterdam' });
const dateTime = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Amsterdam' });
const birthDate = (date: string) => longDate.format(new Date(`${date}T12:00:00Z`));

/**
 * The Raad investigation request (VTO) as a PDF: the table's request, the decision it follows from,
 * the family and the referral as the table knew them, and who to contact. The Raad reads it as the
 * start of its investigation, so it stands on its own.
 */
@Injectable()
export class VtoPdfRenderer {
  render(vto: VtoDocument): Promise<RenderedPdf> {
    const pdf = new PdfDocumentBuilder(`Verzoek tot onderzoek ${vto.caseNumber}`, `Vertrouwelijk — verzoek tot onderzoek, casus ${vto.caseNumber}`, vto.createdAt)
      .title('Verzoek tot onderzoek', `Aan de Raad voor de Kinderbescherming — van de Jeugdbeschermingstafel ${vto.table} — casus ${vto.caseNumber}`)
      .heading('Verzoek')
      .paragraph(`De Jeugdbeschermingstafel ${vto.table} verzoekt de Raad voor de Kinderbescherming een onderzoek in te stellen naar de noodzaak van een kinderbeschermingsmaatregel voor de hieronder genoemde kinderen. Dit verzoek volgt uit het besluit van ${dateTime.format(vto.decidedAt)}.`)
      .field('Uitkomst', vto.outcome)
      .field('Besluit genomen', vto.decidedBy);
    if (vto.meetingAt) pdf.field('Tafelgesprek', dateTime.format(vto.meetingAt));
    if (vto.raadAdvice) pdf.field('Advies van de Raad aan tafel', vto.raadAdvice);
    pdf
      .heading('Kinderen')
      .bullets(vto.children.map((child) => `${child.name}, geboren ${birthDate(child.birthDate)}`))
      .heading('Ouders en gezag')
      .bullets(vto.parents.map((parent) => `${parent.name} (${parent.relation}${parent.authority ? ', met gezag' : ', zonder gezag'})${parent.contact ? ` — ${parent.contact}` : ''}`))
      .heading('Besluit van de tafel')
      .field('a. Route na het gesprek', vto.decisions.route)
      .field('b. Hulp', vto.decisions.help)
      .field('c. Veiligheidsafspraken', vto.decisions.safety);
    if (vto.agreements.length > 0) pdf.heading('Afspraken').bullets(vto.agreements);
    pdf
      .heading('Zorgen en situatie van het gezin')
      .paragraph(vto.family.worries)
      .paragraph(vto.family.situation)
      .heading('Hulp tot nu toe')
      .paragraph(vto.family.helpSoFar)
      .heading('Veiligheidsplan')
      .paragraph(vto.safetyPlan.agreements ?? `Er konden geen afspraken worden gemaakt: ${vto.safetyPlan.noAgreementsReason ?? 'reden niet vastgelegd'}.`)
      .field('Als ouders de afspraken niet nakomen', vto.safetyPlan.stepsIfNotKept)
      .heading('Visie van de ouders')
      .paragraph(vto.family.parentsView)
      .heading('Stem van het kind')
      .paragraph(vto.family.childVoice)
      .heading('Contact')
      .field('Verzoeker', `${vto.referrer.organisation}${vto.referrer.contact ? ` — ${vto.referrer.contact}` : ''}`);
    return pdf.render();
  }
}
