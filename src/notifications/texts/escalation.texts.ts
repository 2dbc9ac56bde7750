import { EscalationReason } from '../../engine/process-catalog';
import { dutchDayAndTime } from '../dutch-format';
import { Letter, paragraphs, signature } from './letter';

export interface EscalationFacts {
  appUrl: string;
  caseNumber: string;
  dueAt: Date;
  planningDeadlineAt: Date | null;
  proposedSlotAt: Date | null;
  reason: EscalationReason;
  tableName: string;
}

function whatHappened(facts: EscalationFacts): string {
  const norm = facts.planningDeadlineAt ? ` (de plannorm verstrijkt ${dutchDayAndTime(facts.planningDeadlineAt)})` : '';
  switch (facts.reason) {
    case 'FIRST_SLOT_BEYOND_NORM':
      return `De eerste vrije plek aan tafel is ${facts.proposedSlotAt ? dutchDayAndTime(facts.proposedSlotAt) : 'pas na de plannorm'}: dat is later dan de norm van twee weken toestaat${norm}.`;
    case 'NO_SLOT_AVAILABLE':
      return `Er is binnen de planningshorizon geen vrije plek aan deze tafel${norm}.`;
    case 'NOT_PLANNED_BY_DEADLINE':
      return `Het gesprek is nog niet gepland, en de plannorm is verstreken${norm}.`;
    case 'NORM_AT_RISK':
      return `Het gesprek is nog niet gepland${norm}. De norm is nog niet verstreken: we waarschuwen u nu, zodat er nog tijd is om ruimte te vinden, bijvoorbeeld bij een buurtafel.`;
    case 'SLOT_CHOSEN_BEYOND_NORM':
      return `De tafel heeft voor het gesprek ${facts.proposedSlotAt ? dutchDayAndTime(facts.proposedSlotAt) : 'een moment na de plannorm'} gekozen, later dan de norm toestaat${norm}, terwijl er eerder nog een plek vrij was. De reden staat bij uw taak; u beslist of de gekozen datum blijft.`;
  }
}

/** To the municipal contact: what is wrong, what we ask, by when, where to answer (no family details). */
export function escalationNotice(facts: EscalationFacts, name: string): Letter {
  return {
    subject: `Wachttijd Jeugdbeschermingstafel ${facts.tableName}: casus ${facts.caseNumber} niet binnen de norm`,
    text: paragraphs(
      `Beste ${name},`,
      `De Jeugdbeschermingstafel ${facts.tableName} kan casus ${facts.caseNumber} niet binnen de plannorm bespreken. U bent het gemeentelijk aanspreekpunt; daarom informeren wij u, zoals de werkwijze voorschrijft.`,
      `Wat is er aan de hand?\n${whatHappened(facts)}`,
      `Wat vragen wij van u?\nKies in de takenlijst van JBT Orchestrator hoe we verdergaan: een plek zoeken bij een buurtafel, extra ruimte maken aan deze tafel, of de eerste vrije datum accepteren. Graag uiterlijk ${dutchDayAndTime(facts.dueAt)}.\n${facts.appUrl}`,
      'Het gezin blijft intussen niet zonder afspraken: het veiligheidsplan uit de aanmelding blijft gelden tot het gesprek.',
      'Om de privacy van het gezin te beschermen staan er in deze mail geen gegevens over het gezin.',
      signature(facts.tableName),
    ),
  };
}
