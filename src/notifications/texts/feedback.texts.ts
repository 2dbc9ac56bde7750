import { dutchDate } from '../dutch-format';
import { Letter, paragraphs, signature } from './letter';

export interface FeedbackFacts {
  closesAt: Date;
  link: string;
  meetingAt: Date | null;
  tableName: string;
}

const meeting = (facts: FeedbackFacts) => (facts.meetingAt ? `het gesprek van ${dutchDate(facts.meetingAt)}` : 'het gesprek');

/** The evaluation form after the meeting: short, voluntary, and why it matters. */
export function feedbackForm(facts: FeedbackFacts, name: string, family: boolean): Letter {
  return {
    subject: 'Hoe heeft u het gesprek aan de Jeugdbeschermingstafel ervaren?',
    text: paragraphs(
      `Beste ${name},`,
      family
        ? `Onlangs was u bij ${meeting(facts)} aan de Jeugdbeschermingstafel ${facts.tableName}. Wij willen graag weten hoe u dat heeft ervaren: voelde u zich gehoord, was duidelijk wat er besproken en besloten werd? Met uw antwoord kunnen we de gesprekken voor andere gezinnen beter maken.`
        : `Onlangs was u bij ${meeting(facts)} aan de Jeugdbeschermingstafel ${facts.tableName}. Wij horen graag hoe u het gesprek als professional heeft ervaren, zodat de tafel haar werkwijze kan verbeteren.`,
      `Het invullen duurt twee minuten: een cijfer en, als u wilt, een toelichting.\n${facts.link}`,
      `Meedoen is vrijwillig${family ? ' en heeft geen invloed op de hulp of op de besluiten over uw gezin' : ''}. Het formulier is open tot ${dutchDate(facts.closesAt)}.`,
      signature(facts.tableName),
    ),
  };
}

export function feedbackReminder(facts: FeedbackFacts, name: string): Letter {
  return {
    subject: 'Herinnering: uw ervaring met de Jeugdbeschermingstafel',
    text: paragraphs(
      `Beste ${name},`,
      `Kort geleden vroegen wij hoe u ${meeting(facts)} aan de Jeugdbeschermingstafel ${facts.tableName} heeft ervaren. Heeft u nog twee minuten? Het formulier is open tot ${dutchDate(facts.closesAt)}.\n${facts.link}`,
      'Heeft u het al ingevuld? Dank u wel, dan kunt u dit bericht negeren.',
      signature(facts.tableName),
    ),
  };
}
