import { dutchDay, dutchList, dutchTime } from '../dutch-format';
import { Letter, paragraphs, privacyNote, signature } from './letter';

/** What every invitation says about the meeting. */
export interface MeetingFacts {
  appUrl: string;
  caseNumber: string;
  endsAt: Date;
  evaluation: boolean;
  location: string;
  startsAt: Date;
  tableName: string;
  /** "kwart voor twaalf", "vijf voor twaalf", or null. */
  track: string | null;
  /** Who else is invited, by role ("de Raad voor de Kinderbescherming", "de verzoeker", ...). */
  who: string[];
}

const conversation = (facts: MeetingFacts) => (facts.evaluation ? 'evaluatiegesprek' : 'tafelgesprek');
const when = (facts: MeetingFacts) => `Wanneer: ${dutchDay(facts.startsAt)}, van ${dutchTime(facts.startsAt)} tot ${dutchTime(facts.endsAt)}\nWaar: ${facts.location}`;

/** To a parent (or a support person): warm, concrete, with what happens and whom to call. */
export function familyInvitation(facts: MeetingFacts, name: string, contact: string, supportPerson: boolean): Letter {
  const kind = conversation(facts);
  return {
    subject: `Uitnodiging ${kind} Jeugdbeschermingstafel op ${dutchDay(facts.startsAt)} om ${dutchTime(facts.startsAt)}`,
    text: paragraphs(
      `Beste ${name},`,
      supportPerson
        ? `U bent uitgenodigd als vertrouwenspersoon bij het ${kind} aan de Jeugdbeschermingstafel. Fijn dat u erbij wilt zijn.`
        : `U bent van harte uitgenodigd voor het ${kind} aan de Jeugdbeschermingstafel over uw gezin. Wij begrijpen dat zo'n gesprek spannend kan zijn. Daarom vertellen we u hier wat u kunt verwachten.`,
      when(facts),
      facts.evaluation
        ? 'Waarom dit gesprek?\nAan tafel kijken we samen terug: wat is er sinds het vorige gesprek gebeurd, gaat het beter, en wat is er nog nodig? Uw ervaring is daarbij het belangrijkste.'
        : 'Waarom dit gesprek?\nEr zijn zorgen over de veiligheid of de ontwikkeling van de kinderen, en de hulp loopt nog niet zoals gehoopt. Aan tafel kijken we samen met u wat er goed gaat, wat niet lukt en wat er nodig is. U kent uw gezin het best: uw inbreng telt. Er wordt niet over u besloten zonder dat u gehoord bent.',
      `Wie zijn er?\nEen onafhankelijke voorzitter leidt het gesprek. Verder zijn uitgenodigd: ${dutchList(facts.who)}. Kinderen vanaf 12 jaar zijn welkom bij een deel van het gesprek, of worden op een andere manier gehoord.`,
      !supportPerson && 'U mag iemand meenemen die u vertrouwt, bijvoorbeeld een familielid, buur of vriend(in). Laat het ons vooraf weten.',
      'Wat gebeurt er daarna?\nAan het eind van het gesprek worden afspraken gemaakt over de hulp en over de veiligheid van de kinderen. U ontvangt daarna een verslag met die afspraken. Bent u het niet eens met het verslag, dan kunt u daarop reageren; uw reactie wordt aan het verslag toegevoegd.',
      contact,
      'In de bijlage vindt u een agenda-uitnodiging die u aan uw agenda kunt toevoegen.',
      signature(facts.tableName),
    ),
  };
}

/** For a child of 12+ who will be at the table, sent to the parents because the child has no address of its own. */
export function childInvitation(facts: MeetingFacts, child: string, parent: string, contact: string): Letter {
  return {
    subject: `Uitnodiging voor ${child}: ${conversation(facts)} op ${dutchDay(facts.startsAt)}`,
    text: paragraphs(
      `Beste ${parent},`,
      `Deze uitnodiging is voor ${child}. Wilt u het bericht hieronder met ${child} delen? Wij hebben geen eigen e-mailadres van ${child}.`,
      `Hoi ${child},`,
      `Er komt een gesprek over jouw gezin aan de Jeugdbeschermingstafel. Jij bent welkom om bij een deel van dat gesprek te zijn. Wat jij vindt is belangrijk: jij weet zelf het beste hoe het thuis gaat en wat jij nodig hebt.`,
      when(facts),
      'Je mag iemand meenemen die je vertrouwt. Vind je het spannend, of vertel je liever op een andere manier wat je vindt? Dat kan ook: vooraf apart met de voorzitter, of via iemand die jou goed kent. Laat het ons weten, dan regelen we dat samen.',
      contact,
      signature(facts.tableName),
    ),
  };
}

/** To a professional: the facts, the role, and the case in the application (no family details in mail). */
export function professionalInvitation(facts: MeetingFacts, name: string, role: string): Letter {
  const kind = conversation(facts);
  return {
    subject: `Uitnodiging ${kind} casus ${facts.caseNumber} — ${dutchDay(facts.startsAt)} ${dutchTime(facts.startsAt)}`,
    text: paragraphs(
      `Beste ${name},`,
      `U bent uitgenodigd voor een ${kind} van de Jeugdbeschermingstafel ${facts.tableName}, als ${role}.`,
      `Casus: ${facts.caseNumber}\n${when(facts)}${facts.track ? `\nSoort gesprek: ${facts.track}` : ''}`,
      `Uitgenodigd zijn ook: ${dutchList(facts.who)}.`,
      privacyNote(facts.appUrl, facts.caseNumber),
      'In de bijlage vindt u een agenda-uitnodiging.',
      signature(facts.tableName),
    ),
  };
}
