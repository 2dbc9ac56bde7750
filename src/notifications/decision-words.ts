import { DecisionBasis, DecisionOutcome, Track } from '../generated/prisma/enums';

/**
 * The outcomes as the report and the VTO name them: the four of a referral (domain.md, step 6), and
 * the Raad's legal review at an OTS-closure review (003 §11), which decides on the court measure.
 */
export const OUTCOME_WORDS: Readonly<Record<DecisionOutcome, string>> = {
  OTS_CONTINUES: 'De Raad voor de Kinderbescherming stemt niet in met het beëindigen van de ondertoezichtstelling. De OTS gaat daarom door.',
  OTS_ENDS: 'De Raad voor de Kinderbescherming stemt in met het beëindigen van de ondertoezichtstelling. De OTS eindigt.',
  RAAD_INVESTIGATION: 'Uitkomst 4: de tafel vraagt de Raad voor de Kinderbescherming om onderzoek.',
  VOLUNTARY_BINDING: 'Uitkomst 2: vrijwillige, maar niet vrijblijvende hulp voor een afgesproken periode, met de jeugdbeschermer of met evaluatiemomenten aan tafel.',
  VOLUNTARY_BINDING_WITH_RAAD_INVESTIGATION: 'Uitkomst 3: vrijwillige, maar niet vrijblijvende hulp voor een afgesproken periode, en daarnaast een onderzoek door de Raad voor de Kinderbescherming.',
  VOLUNTARY_LOCAL_TEAM: 'Uitkomst 1: de hulp gaat vrijwillig verder, onder regie van het lokaal team.',
};

/**
 * What happens next after each outcome, in words for the family. After an OTS-closure review this is
 * the table's part only: the review plans no follow-up, so no evaluation moments are promised; the
 * report adds who carries the help on (ots-review-report.composer.ts).
 */
export const NEXT_STEP_WORDS: Readonly<Record<DecisionOutcome, string>> = {
  OTS_CONTINUES: 'De tafel plant geen nieuw gesprek. Wil de jeugdbeschermer de OTS later toch beëindigen, dan toetst de Raad dat voornemen opnieuw.',
  OTS_ENDS: 'De tafel plant geen nieuw gesprek: haar betrokkenheid eindigt met dit verslag.',
  RAAD_INVESTIGATION: 'De tafel stuurt een verzoek tot onderzoek naar de Raad voor de Kinderbescherming. De Raad neemt daarna zelf contact met u op.',
  VOLUNTARY_BINDING: 'Er volgen evaluatiemomenten: schriftelijk of in een nieuw gesprek aan tafel. U hoort vooraf wanneer.',
  VOLUNTARY_BINDING_WITH_RAAD_INVESTIGATION: 'De tafel stuurt een verzoek tot onderzoek naar de Raad voor de Kinderbescherming. Intussen gaat de hulp door en volgen evaluatiemomenten.',
  VOLUNTARY_LOCAL_TEAM: 'De betrokkenheid van de tafel eindigt hiermee; het lokaal team blijft uw aanspreekpunt voor de hulp.',
};

export const BASIS_WORDS: Readonly<Record<DecisionBasis, string>> = {
  CHAIR_DECIDED: 'Er was aan tafel geen overeenstemming. De voorzitter heeft daarom het besluit genomen, na het advies van de Raad voor de Kinderbescherming te hebben gewogen.',
  CONSENSUS: 'Het besluit is in gezamenlijke overeenstemming genomen.',
};

export const TRACK_WORDS: Readonly<Record<Track, string>> = {
  FIVE_TO_TWELVE: 'vijf voor twaalf',
  QUARTER_TO_TWELVE: 'kwart voor twaalf',
};

/** The Raad's position, as far as the family may read it: whether an investigation fits. */
export function raadAdviceWords(advisesInvestigation: boolean | null): string | null {
  if (advisesInvestigation === null) return null;
  return advisesInvestigation
    ? 'De Raad voor de Kinderbescherming gaf aan dat een raadsonderzoek past.'
    : 'De Raad voor de Kinderbescherming gaf aan dat een vrijwillige kans met duidelijke afspraken mogelijk is.';
}
