import { dutchDayAndTime } from '../dutch-format';
import { Letter, paragraphs, privacyNote, signature } from './letter';

export interface EvaluationFacts {
  appUrl: string;
  caseNumber: string;
  dueAt: Date;
  number: number;
  tableName: string;
}

/** To the professionals: written progress for the chair's evaluation moment. */
export function evaluationRequest(facts: EvaluationFacts, name: string): Letter {
  return {
    subject: `Schriftelijke evaluatie ${facts.number} gevraagd, casus ${facts.caseNumber}`,
    text: paragraphs(
      `Beste ${name},`,
      `Voor casus ${facts.caseNumber} is het tijd voor evaluatiemoment ${facts.number} van de Jeugdbeschermingstafel ${facts.tableName}. De voorzitter vraagt u schriftelijk te beschrijven hoe het gaat: zijn de afspraken over hulp en veiligheid nagekomen, wat gaat er beter, en wat is er nog nodig?`,
      `Wilt u uw bijdrage uiterlijk ${dutchDayAndTime(facts.dueAt)} in JBT Orchestrator zetten? Bespreek haar waar het kan eerst met de ouders, zodat hun kijk erin staat.`,
      privacyNote(facts.appUrl, facts.caseNumber),
      signature(facts.tableName),
    ),
  };
}

/** To the parents: the evaluation moment is there, and their experience counts. */
export function evaluationNoticeToFamily(facts: EvaluationFacts, name: string, contact: string): Letter {
  return {
    subject: 'Evaluatiemoment van de Jeugdbeschermingstafel: hoe gaat het nu?',
    text: paragraphs(
      `Beste ${name},`,
      'Aan tafel is afgesproken dat we samen terugkijken hoe het gaat. Dat moment is nu. De voorzitter vraagt de betrokken professionals op papier te zetten hoe het gaat met de hulp en de afspraken over veiligheid.',
      'Uw ervaring is daarbij het belangrijkst. Vertel de professional die u begeleidt wat er beter gaat en wat nog lastig is; zij nemen uw kijk mee in wat zij schrijven.',
      `De voorzitter besluit daarna, uiterlijk ${dutchDayAndTime(facts.dueAt)}, of er een volgend evaluatiemoment nodig is of dat de tafel klaar is. U krijgt daarvan bericht.`,
      contact,
      signature(facts.tableName),
    ),
  };
}
