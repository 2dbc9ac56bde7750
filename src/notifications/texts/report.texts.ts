import { dutchDate, dutchDayAndTime } from '../dutch-format';
import { Letter, paragraphs, signature } from './letter';

export interface ReportFacts {
  caseNumber: string;
  meetingAt: Date | null;
  reactionLink: string;
  reactionPeriodEndsAt: Date;
  tableName: string;
  title: string;
  version: number;
}

const what = (facts: ReportFacts) => (facts.meetingAt ? `het gesprek van ${dutchDate(facts.meetingAt)}` : 'het besluit van de tafel');
const reactTill = (facts: ReportFacts) => `Reageren kan tot en met ${dutchDate(facts.reactionPeriodEndsAt)}, via uw persoonlijke link:\n${facts.reactionLink}`;

/** The report to a parent (or a support person who receives documents). */
export function reportToFamily(facts: ReportFacts, name: string, contact: string): Letter {
  return {
    subject: `${facts.title} van de Jeugdbeschermingstafel`,
    text: paragraphs(
      `Beste ${name},`,
      `Hierbij ontvangt u het verslag van ${what(facts)} aan de Jeugdbeschermingstafel ${facts.tableName}. Daarin staat wat er besproken is, welk besluit is genomen en welke afspraken er zijn gemaakt over de hulp en de veiligheid van de kinderen. Het verslag zit als PDF in de bijlage.`,
      `Klopt het verslag niet, of wilt u iets toevoegen? Dan kunt u daarop reageren. Uw reactie wordt aan het verslag toegevoegd, en iedereen die het verslag heeft gekregen ontvangt de nieuwe versie. ${reactTill(facts)}`,
      contact,
      'Het verslag bevat vertrouwelijke informatie over uw gezin. Bewaar het goed en deel het alleen met mensen die u vertrouwt.',
      signature(facts.tableName),
    ),
  };
}

/** The report to the referrer: the same report, with the reaction period. */
export function reportToProfessional(facts: ReportFacts, name: string): Letter {
  return {
    subject: `${facts.title}, casus ${facts.caseNumber}`,
    text: paragraphs(
      `Beste ${name},`,
      `Hierbij ontvangt u het verslag van ${what(facts)} aan de Jeugdbeschermingstafel ${facts.tableName} (casus ${facts.caseNumber}, versie ${facts.version}). De ouders hebben het ook ontvangen.`,
      `Ook u kunt reageren als het verslag geen juiste weergave is. ${reactTill(facts)}`,
      'De bijlage bevat bijzondere persoonsgegevens. Bewaar haar alleen in het cliëntdossier van uw organisatie.',
      signature(facts.tableName),
    ),
  };
}

/** The reminder before the reaction period ends. */
export function reportReminder(facts: ReportFacts, name: string): Letter {
  return {
    subject: `Herinnering: reageren op het verslag kan tot en met ${dutchDate(facts.reactionPeriodEndsAt)}`,
    text: paragraphs(
      `Beste ${name},`,
      `U heeft het verslag van ${what(facts)} aan de Jeugdbeschermingstafel ${facts.tableName} ontvangen. Wilt u nog iets toevoegen, of klopt er iets niet? ${reactTill(facts)}`,
      'Heeft u geen aanvullingen? Dan hoeft u niets te doen.',
      signature(facts.tableName),
    ),
  };
}

/** A new version with a reaction appended, to everyone who received the report. */
export function reportWithReaction(facts: ReportFacts, name: string, receivedAt: Date): Letter {
  return {
    subject: 'Nieuwe versie van het verslag: een reactie is toegevoegd',
    text: paragraphs(
      `Beste ${name},`,
      `Op ${dutchDayAndTime(receivedAt)} is een reactie op het verslag van ${what(facts)} ontvangen. Die reactie is toegevoegd aan het verslag; de tekst van het verslag zelf is niet veranderd. In de bijlage vindt u de nieuwe versie (versie ${facts.version}).`,
      `U kunt zelf ook nog reageren tot en met ${dutchDate(facts.reactionPeriodEndsAt)}:\n${facts.reactionLink}`,
      signature(facts.tableName),
    ),
  };
}
