import { MissingInfo } from '../../engine/process-catalog';
import { dutchDayAndTime } from '../dutch-format';
import { Letter, paragraphs, signature } from './letter';

/** What each missing part of a request means, in the words of 003 §3-§4. */
export const MISSING_INFO_WORDS: Readonly<Record<MissingInfo, string>> = {
  CHILD_HEARING: 'hoe elk kind van 12 jaar of ouder gehoord wordt: aan tafel, vooraf apart met de voorzitter, of via een professional die het kind kent',
  OTHER: 'aanvullende informatie die de voorzitter nodig heeft (zie de vraag van de voorzitter)',
  PARENTS_VIEW: 'de visie van de ouders: hun reactie op de aanmelding, of wat zij zelf hebben meegeschreven',
  SAFETY_PLAN: 'het veiligheidsplan: de afspraken voor directe veiligheid (of waarom die niet gemaakt konden worden) en wat er gebeurt als ouders de afspraken niet kunnen nakomen',
};

export interface InformationFacts {
  /** The case's page in the app, where the referrer reads and answers the request. */
  caseUrl: string;
  caseNumber: string;
  /** The chair's own question when something else is missing ("Ontbreekt er nog iets anders?"). */
  chairQuestion: string | null;
  dueAt: Date;
  tableName: string;
  topics: MissingInfo[];
}

const list = (facts: InformationFacts) => facts.topics.map((topic) => `- ${MISSING_INFO_WORDS[topic]}`).join('\n');

/**
 * To the referrer: what is missing, by when, and where to add it. The chair's own question goes in
 * the mail too, as the professional who filed the request must answer it (like the report, which
 * reaches them by mail as well); nothing else about the family does.
 */
export function informationRequest(facts: InformationFacts, name: string): Letter {
  return {
    subject: `Aanvulling nodig op uw verzoek tot bespreking, casus ${facts.caseNumber}`,
    text: paragraphs(
      `Beste ${name},`,
      `Dank voor uw verzoek tot bespreking aan de Jeugdbeschermingstafel ${facts.tableName}. De voorzitter heeft het verzoek gelezen. Om het gesprek goed voor te bereiden ontbreekt nog:`,
      list(facts),
      facts.chairQuestion && `De vraag van de voorzitter:\n${facts.chairQuestion}`,
      `Wilt u de informatie uiterlijk ${dutchDayAndTime(facts.dueAt)} aanvullen? Dat kan bij de casus in JBT Orchestrator, onder "Casussen":\n${facts.caseUrl}`,
      'De plannorm van twee weken loopt door: hoe eerder het verzoek compleet is, hoe eerder het gezin aan tafel kan. Lukt het niet, of is iets onduidelijk? Neem dan contact op met de voorzitter.',
      facts.chairQuestion
        ? 'Deze mail bevat de vraag van de voorzitter over het gezin. Bewaar haar alleen in het cliëntdossier van uw organisatie en stuur haar niet door.'
        : 'Om de privacy van het gezin te beschermen staan er in deze mail geen gegevens over het gezin.',
      signature(facts.tableName),
    ),
  };
}

/** The one reminder before the answer is due. */
export function informationReminder(facts: InformationFacts, name: string): Letter {
  return {
    subject: `Herinnering: aanvulling nodig voor casus ${facts.caseNumber}`,
    text: paragraphs(
      `Beste ${name},`,
      `Eerder vroeg de voorzitter van de Jeugdbeschermingstafel ${facts.tableName} u om het verzoek tot bespreking van casus ${facts.caseNumber} aan te vullen. Wij hebben de aanvulling nog niet ontvangen. Het gaat om:`,
      list(facts),
      `Wilt u de informatie uiterlijk ${dutchDayAndTime(facts.dueAt)} aanvullen bij de casus in JBT Orchestrator?\n${facts.caseUrl}`,
      'Heeft u de informatie net aangevuld, dan kunt u dit bericht als niet verzonden beschouwen.',
      signature(facts.tableName),
    ),
  };
}
