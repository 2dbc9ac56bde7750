import { dutchDay } from '../notifications/dutch-format';
import { Letter, paragraphs, signature } from '../notifications/texts/letter';

export interface TableReturnFacts {
  appUrl: string;
  caseNumber: string;
  planningDeadlineAt: Date;
  tableName: string;
}

/** To the municipal contact: a case comes back to the table because an agreement was not kept (no family details). */
export function tableReturnNotice(facts: TableReturnFacts, name: string): Letter {
  return {
    subject: `Casus ${facts.caseNumber} komt terug aan de Jeugdbeschermingstafel ${facts.tableName}`,
    text: paragraphs(
      `Beste ${name},`,
      `Een afspraak die aan de Jeugdbeschermingstafel ${facts.tableName} is gemaakt over casus ${facts.caseNumber}, is niet nagekomen. Daarom komt de casus terug aan tafel, zoals de werkwijze van uw regio voorschrijft. U bent het gemeentelijk aanspreekpunt; daarom informeren wij u.`,
      `Het gesprek wordt gepland zoals een eerste gesprek, binnen dezelfde norm: uiterlijk ${dutchDay(facts.planningDeadlineAt)}. Lukt dat niet, dan hoort u dat van ons, zoals bij elke wachttijd boven de norm.`,
      `In de takenlijst van JBT Orchestrator staat een taak voor u om kennis te nemen van de terugkeer; daar kunt u ook iets meegeven aan de tafel.\n${facts.appUrl}`,
      'Om de privacy van het gezin te beschermen staan er in deze mail geen gegevens over het gezin.',
      signature(facts.tableName),
    ),
  };
}
