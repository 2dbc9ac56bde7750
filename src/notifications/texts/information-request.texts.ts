import { MissingInfo } from '../../engine/process-catalog';
import { dutchDayAndTime } from '../dutch-format';
import { Letter, paragraphs, signature } from './letter';

/** What each missing part of a request means, in the words of 003 §3-§4. */
export const MISSING_INFO_WORDS: Readonly<Record<MissingInfo, string>> = {
  CHILD_HEARING: 'hoe elk kind van 12 jaar of ouder gehoord wordt: aan tafel, vooraf apart met de voorzitter, of via een professional die het kind kent',
  OTHER: 'aanvullende informatie die de voorzitter nodig heeft (zie de toelichting bij de zaak)',
  PARENTS_VIEW: 'de visie van de ouders: hun reactie op de aanmelding, of wat zij zelf hebben meegeschreven',
  SAFETY_PLAN: 'het veiligheidsplan: de afspraken voor directe veiligheid (of waarom die niet gemaakt konden worden) en wat er gebeurt als ouders de afspraken niet kunnen nakomen',
};

export interface InformationFacts {
  appUrl: string;
  caseNumber: string;
  dueAt: Date;
  hasChairNote: boolean;
  tableName: string;
  topics: MissingInfo[];
}

const list = (facts: InformationFacts) => facts.topics.map((topic) => `- ${MISSING_INFO_WORDS[topic]}`).join('\n');

/** To the referrer: what is missing, by when, and where to add it (no family details in mail). */
export function informationRequest(facts: InformationFacts, name: string): Letter {
  return {
    subject: `Aanvulling nodig op uw verzoek tot bespreking, zaak ${facts.caseNumber}`,
    text: paragraphs(
      `Beste ${name},`,
      `Dank voor uw verzoek tot bespreking aan de Jeugdbeschermingstafel ${facts.tableName}. De voorzitter heeft het verzoek gelezen. Om het gesprek goed voor te bereiden ontbreekt nog:`,
      list(facts),
      facts.hasChairNote && 'De voorzitter heeft een toelichting geschreven; u vindt die bij de zaak.',
      `Wilt u de informatie uiterlijk ${dutchDayAndTime(facts.dueAt)} aanvullen in JBT Orchestrator?\n${facts.appUrl}`,
      'De plannorm van twee weken loopt door: hoe eerder het verzoek compleet is, hoe eerder het gezin aan tafel kan. Lukt het niet, of is iets onduidelijk? Neem dan contact op met de voorzitter.',
      'Om de privacy van het gezin te beschermen staan er in deze mail geen gegevens over het gezin.',
      signature(facts.tableName),
    ),
  };
}

/** The one reminder before the answer is due. */
export function informationReminder(facts: InformationFacts, name: string): Letter {
  return {
    subject: `Herinnering: aanvulling nodig voor zaak ${facts.caseNumber}`,
    text: paragraphs(
      `Beste ${name},`,
      `Eerder vroeg de voorzitter van de Jeugdbeschermingstafel ${facts.tableName} u om het verzoek tot bespreking van zaak ${facts.caseNumber} aan te vullen. Wij hebben de aanvulling nog niet ontvangen. Het gaat om:`,
      list(facts),
      `Wilt u de informatie uiterlijk ${dutchDayAndTime(facts.dueAt)} aanvullen in JBT Orchestrator?\n${facts.appUrl}`,
      'Heeft u de informatie net aangevuld, dan kunt u dit bericht als niet verzonden beschouwen.',
      signature(facts.tableName),
    ),
  };
}
