import { FamilyAudience } from './family-page.rules';

/**
 * What the table, the Raad and the chair are, and what happens at the table and after, in plain
 * Dutch (B1: short sentences, everyday words), for parents ("u") and for children ("je"). Written
 * from the seeds (003 §1-§8): who sits at the table, what the conversation is for, the decision and
 * the agreements, the report and the reaction.
 */
export interface Explanation {
  heading: string;
  paragraphs: string[];
}

const FOR_PARENTS: Explanation[] = [
  {
    heading: 'Wat is de Jeugdbeschermingstafel?',
    paragraphs: [
      'De Jeugdbeschermingstafel is een gesprek over uw gezin. Er zijn zorgen over de veiligheid of de ontwikkeling van uw kinderen. De hulp loopt nog niet zoals gehoopt.',
      'Aan tafel kijken we samen wat goed gaat en wat niet lukt. En wat er nodig is. U kent uw gezin het best. Uw mening telt.',
    ],
  },
  {
    heading: 'Wie is de voorzitter?',
    paragraphs: [
      'De voorzitter leidt het gesprek. De voorzitter werkt niet voor een van de organisaties aan tafel. Hij of zij luistert naar iedereen en let erop dat u aan het woord komt.',
      'Lukt het niet om samen tot een besluit te komen? Dan neemt de voorzitter het besluit.',
    ],
  },
  {
    heading: 'Wat doet de Raad voor de Kinderbescherming?',
    paragraphs: [
      'Iemand van de Raad voor de Kinderbescherming denkt mee over de veiligheid van uw kinderen. De Raad kijkt of hulp zonder rechter nog kan. Of dat er een onderzoek nodig is.',
      'Bijna altijd proberen we eerst samen, met duidelijke afspraken, zonder rechter.',
    ],
  },
  {
    heading: 'Wat gebeurt er aan tafel?',
    paragraphs: [
      'We praten over wat goed gaat, wat niet lukt en hoe dat komt. Daarna kijken we wat er nodig is. U mag iemand meenemen die u vertrouwt.',
      'Aan het eind komt er een besluit. En we maken afspraken: wie doet wat, en wanneer. Ook spreken we af wie daarop let.',
    ],
  },
  {
    heading: 'Wat gebeurt er daarna?',
    paragraphs: [
      'U krijgt een verslag van het gesprek. Daarin staan het besluit en de afspraken. Klopt het verslag niet, of wilt u iets toevoegen? Dan kunt u hieronder reageren. Uw reactie komt bij het verslag.',
      'Op deze pagina ziet u ook hoe het met de afspraken gaat. Soms komt er later nog een gesprek: een evaluatie. Lukt een afspraak niet? Dan kan het gesprek aan tafel eerder komen.',
    ],
  },
];

const FOR_CHILDREN: Explanation[] = [
  {
    heading: 'Wat is de Jeugdbeschermingstafel?',
    paragraphs: [
      'Het is een gesprek over jouw gezin. Sommige mensen maken zich zorgen. Ze willen dat het thuis goed en veilig is voor jou.',
      'Aan tafel praten we over wat goed gaat en wat moeilijk is. Wat jij vindt, is belangrijk.',
    ],
  },
  {
    heading: 'Wie is de voorzitter?',
    paragraphs: ['De voorzitter leidt het gesprek. De voorzitter luistert naar iedereen, ook naar jou. Als niemand het eens wordt, besluit de voorzitter.'],
  },
  {
    heading: 'Wat doet de Raad voor de Kinderbescherming?',
    paragraphs: ['Iemand van de Raad denkt mee over hoe het veilig kan zijn voor jou. We proberen eerst samen afspraken te maken.'],
  },
  {
    heading: 'Wat gebeurt er aan tafel en daarna?',
    paragraphs: [
      'Je mag bij een deel van het gesprek zijn. Je mag iemand meenemen die je vertrouwt. Liever niet aan tafel? Dan kun je vooraf met de voorzitter praten.',
      'Aan het eind maken we afspraken. Op deze pagina zie je de afspraken die over jou gaan, en hoe het daarmee gaat.',
    ],
  },
];

export function explanationsFor(audience: FamilyAudience): Explanation[] {
  return audience === 'PARENT' ? FOR_PARENTS : FOR_CHILDREN;
}
