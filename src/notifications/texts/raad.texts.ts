import { ConsultMoment, ConsultType } from '../../engine/process-catalog';
import { dutchDayAndTime } from '../dutch-format';
import { Letter, paragraphs, privacyNote, signature } from './letter';

const CONSULT_WORDS: Readonly<Record<ConsultType, string>> = {
  CONSULT: 'een consult: de hulp loopt vast en de tafel denkt mee naar een besluit (vrijwillig verder, of een verzoek tot onderzoek)',
  KWART_VOOR_TWAALF: 'een gesprek kwart voor twaalf: de tafel vraagt uw kijk op de veiligheid en op een laatste vrijwillige kans',
  OTS_CLOSURE_REVIEW: 'een toetsing beëindiging OTS: de jeugdbeschermer is van plan de ondertoezichtstelling te beëindigen; de Raad toetst dit voornemen',
  PROTECTION_REQUEST: 'een beschermingsvraag: de professional licht met het gezin erbij toe waarom een raadsonderzoek nodig is',
  VIJF_VOOR_TWAALF: 'een gesprek vijf voor twaalf: het markeringsmoment voor een raadsonderzoek; uw consult is vereist',
};

export interface RaadConsultFacts {
  adviceDueAt: Date | null;
  appUrl: string;
  caseNumber: string;
  consultType: ConsultType;
  meetingAt: Date | null;
  moment: ConsultMoment;
  tableName: string;
}

/** To the Raad: which consult, when the meeting is, and when the advice is due. */
export function raadConsultRequest(facts: RaadConsultFacts, name: string): Letter {
  return {
    subject: `Raadsconsult gevraagd voor casus ${facts.caseNumber}${facts.meetingAt ? ` — tafelgesprek ${dutchDayAndTime(facts.meetingAt)}` : ''}`,
    text: paragraphs(
      `Beste ${name},`,
      `De Jeugdbeschermingstafel ${facts.tableName} vraagt het consult van de Raad voor de Kinderbescherming voor casus ${facts.caseNumber}. Het gaat om ${CONSULT_WORDS[facts.consultType]}.`,
      facts.meetingAt && `Het tafelgesprek is ${dutchDayAndTime(facts.meetingAt)}.`,
      facts.moment === 'BEFORE_MEETING'
        ? `Wij vragen uw advies vóór het gesprek${facts.adviceDueAt ? `, uiterlijk ${dutchDayAndTime(facts.adviceDueAt)}` : ''}. U vindt de taak in de takenlijst van JBT Orchestrator. Komt het advies niet op tijd, dan geeft u het aan tafel.`
        : 'Wij vragen u uw advies aan tafel te geven.',
      privacyNote(facts.appUrl, facts.caseNumber),
      signature(facts.tableName),
    ),
  };
}

/** To the Raad's intake with the VTO document attached. */
export function vtoRequest(caseNumber: string, tableName: string, name: string): Letter {
  return {
    subject: `Verzoek tot onderzoek — Jeugdbeschermingstafel ${tableName}, casus ${caseNumber}`,
    text: paragraphs(
      `Beste ${name},`,
      `De Jeugdbeschermingstafel ${tableName} verzoekt de Raad voor de Kinderbescherming een onderzoek in te stellen. Het verzoek tot onderzoek van casus ${caseNumber} is als PDF bijgevoegd; het staat ook bij de casus in JBT Orchestrator.`,
      'Wilt u de ontvangst bevestigen en de ouders en de verzoeker laten weten wanneer het onderzoek begint?',
      'Deze mail en de bijlage bevatten bijzondere persoonsgegevens. Bewaar en deel ze alleen binnen uw eigen beveiligde omgeving.',
      signature(tableName),
    ),
  };
}

/** To the parents: what the VTO means for them, what happens next, whom to ask. */
export function vtoNoticeToFamily(tableName: string, name: string, contact: string): Letter {
  return {
    subject: 'De Jeugdbeschermingstafel heeft de Raad voor de Kinderbescherming om onderzoek gevraagd',
    text: paragraphs(
      `Beste ${name},`,
      'Zoals aan tafel besproken en in het verslag beschreven, heeft de Jeugdbeschermingstafel de Raad voor de Kinderbescherming gevraagd een onderzoek te doen. Dat verzoek is nu verstuurd.',
      'Wat betekent dit?\nDe Raad onderzoekt of er een maatregel nodig is om de kinderen te beschermen. Tijdens het onderzoek praat de Raad met u, met de kinderen en met de betrokken professionals. U kunt daarbij uw eigen kijk geven.',
      'Wat gebeurt er nu?\nDe Raad neemt zelf contact met u op, meestal binnen enkele weken. De afspraken uit het verslag over hulp en veiligheid blijven gelden.',
      contact,
      signature(tableName),
    ),
  };
}

/** To the referrer: the VTO was sent (the document is in the application). */
export function vtoNoticeToProfessional(caseNumber: string, tableName: string, name: string, appUrl: string): Letter {
  return {
    subject: `Verzoek tot onderzoek verstuurd, casus ${caseNumber}`,
    text: paragraphs(
      `Beste ${name},`,
      `Het verzoek tot onderzoek van casus ${caseNumber} is namens de Jeugdbeschermingstafel ${tableName} naar de Raad voor de Kinderbescherming gestuurd. De ouders hebben hierover een bericht gekregen.`,
      privacyNote(appUrl, caseNumber),
      signature(tableName),
    ),
  };
}
