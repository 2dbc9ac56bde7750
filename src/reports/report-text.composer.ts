import { AgreementStatus, DecisionBasis, DecisionOutcome, ReportKind, Track } from '../generated/prisma/enums';
import { BASIS_WORDS, NEXT_STEP_WORDS, OUTCOME_WORDS, raadAdviceWords, TRACK_WORDS } from '../notifications/decision-words';
import { dutchDate, dutchDayAndTime, dutchList } from '../notifications/dutch-format';

/** What an OTS-closure review's report says about the intention and the Raad's review (003 §11). */
export interface OtsReviewContent {
  /** The certified institution (GI) whose youth protector intends to end the supervision order. */
  giName: string;
  intendedEndDate: Date;
  /** The youth protector's reasons, as filed. */
  intention: string;
  /** The Raad's review in its own words, as the chair recorded it at the table. */
  raadReviewNote: string | null;
  /** When the supervision order expires as the court set it. */
  supervisionEndsOn: Date;
}

/** Everything a report says, gathered from the case record (report-content.loader.ts). */
/** One agreement as the report lists it (issue 13). */
export interface ReportAgreement {
  description: string;
  dueOn: Date | null;
  ifNotKept: string | null;
  responsible: string;
  state: AgreementStatus;
  watcherName: string | null;
}

export interface ReportContent {
  /** The agreements made at this decision. */
  agreements: ReportAgreement[];
  /** For an evaluation's report: the agreements of the earlier decisions, with where they stand. */
  earlierAgreements: ReportAgreement[];
  /** The chair's own account of the conversation, when written (a form's `reportText`). */
  chairText: string | null;
  children: { age: number; givenName: string }[];
  decision: {
    basis: DecisionBasis;
    decidedAt: Date;
    help: string;
    outcome: DecisionOutcome;
    raadAdvisesInvestigation: boolean | null;
    route: string;
    safety: string;
  };
  kind: ReportKind;
  meeting: { parentsPresent: boolean | null; startsAt: Date } | null;
  /** Set for the report of an OTS-closure review only. */
  otsReview: OtsReviewContent | null;
  /** Who took part, in words ("ouder Fictiefouder Verzonnenhuis", "verzoeker (Wijkteam Noord)"). */
  participants: string[];
  /** The table where the meeting was held (a neighbouring table, when planning went there), else the case's own. */
  tableName: string;
  track: Track | null;
}

export const REPORT_TITLES: Readonly<Record<ReportKind, string>> = {
  EVALUATION: 'Verslag evaluatiemoment',
  MEETING: 'Verslag tafelgesprek',
  OTS_CLOSURE_REVIEW: 'Verslag toetsing beëindiging OTS',
};

/**
 * The report's text (report-text.ts marks): the conversation, the chair's account, the decision with
 * (a) route, (b) help and (c) safety agreements, the agreements of who does what by when, and what
 * happens next. Written for the parents first: plain Dutch, the outcome explained, nothing internal.
 * An OTS-closure review decides on a court measure rather than on one of the four outcomes, so its
 * report tells the review's own story (`otsReviewLines`).
 */
export function composeReportText(content: ReportContent): string {
  const lines = [...conversationLines(content)];
  if (content.chairText) lines.push('', '## Wat er besproken is', content.chairText.trim());
  if (content.kind === ReportKind.OTS_CLOSURE_REVIEW) {
    if (!content.otsReview) throw new Error('The report of an OTS-closure review needs the review’s intention and outcome');
    lines.push(...otsReviewLines(content, content.otsReview));
    return lines.join('\n');
  }
  const { decision } = content;
  lines.push('', '## Besluit', OUTCOME_WORDS[decision.outcome], BASIS_WORDS[decision.basis]);
  const advice = decision.basis === 'CHAIR_DECIDED' ? raadAdviceWords(decision.raadAdvisesInvestigation) : null;
  if (advice) lines.push(advice);
  lines.push('', '## a. Route na het gesprek', decision.route.trim());
  lines.push('', '## b. Hulp', decision.help.trim());
  lines.push('', '## c. Veiligheidsafspraken', decision.safety.trim());
  lines.push(...earlierAgreementLines(content));
  lines.push(...agreementLines(content));
  lines.push('', '## Hoe verder', NEXT_STEP_WORDS[decision.outcome]);
  return lines.join('\n');
}

const STATE_WORDS: Readonly<Record<AgreementStatus, string>> = {
  CHANGED: 'aangepast, loopt nog',
  KEPT: 'nagekomen',
  NOT_KEPT: 'niet nagekomen',
  OPEN: 'loopt nog',
};

/** One agreement: who does what by when, who watches over it, and what happens if it is not kept. */
function agreementLine(agreement: ReportAgreement): string {
  const due = agreement.dueOn ? ` (uiterlijk ${dutchDate(agreement.dueOn)})` : '';
  const watcher = agreement.watcherName ? ` Wie let erop: ${agreement.watcherName}.` : '';
  const ifNot = agreement.ifNotKept ? ` Als het niet lukt: ${agreement.ifNotKept.trim()}` : '';
  return `- ${agreement.responsible}: ${agreement.description.trim()}${due}.${watcher}${ifNot}`;
}

/** The agreements of who does what by when, when any were made. */
function agreementLines(content: ReportContent): string[] {
  if (content.agreements.length === 0) return [];
  return ['', '## Afspraken: wie doet wat', ...content.agreements.map(agreementLine)];
}

/** An evaluation looks back on the agreements made before: where each one stands now. */
function earlierAgreementLines(content: ReportContent): string[] {
  if (content.earlierAgreements.length === 0) return [];
  return [
    '',
    '## Stand van de eerdere afspraken',
    ...content.earlierAgreements.map((agreement) => `- ${agreement.responsible}: ${agreement.description.trim()}${agreement.dueOn ? ` (uiterlijk ${dutchDate(agreement.dueOn)})` : ''}: ${STATE_WORDS[agreement.state]}.`),
  ];
}

function conversationLines(content: ReportContent): string[] {
  const lines = ['## Het gesprek', meetingLine(content)];
  if (content.track) lines.push(`Soort gesprek: ${TRACK_WORDS[content.track]}.`);
  if (content.participants.length > 0) lines.push(`Deelnemers: ${dutchList(content.participants)}.`);
  if (content.children.length > 0) lines.push(`Kinderen: ${dutchList(content.children.map((child) => `${child.givenName} (${child.age} jaar)`))}.`);
  if (content.meeting?.parentsPresent === false) lines.push('De ouders waren niet bij het gesprek aanwezig.');
  return lines;
}

function meetingLine(content: ReportContent): string {
  const table = `de Jeugdbeschermingstafel ${content.tableName}`;
  if (!content.meeting) return `Besluit van ${table} van ${dutchDayAndTime(content.decision.decidedAt)}.`;
  const when = dutchDayAndTime(content.meeting.startsAt);
  switch (content.kind) {
    case ReportKind.EVALUATION:
      return `Evaluatiegesprek van ${when} aan ${table}.`;
    case ReportKind.OTS_CLOSURE_REVIEW:
      return `Gesprek van ${when} aan ${table} over het voornemen om de ondertoezichtstelling (OTS) te beëindigen.`;
    case ReportKind.MEETING:
      return `Tafelgesprek van ${when} aan ${table}.`;
  }
}

/**
 * An OTS-closure review (003 §11): the youth protector's intention, the Raad's legal review and its
 * outcome, the agreements on safety and help, and who carries the help on. The review plans no
 * evaluation moments, and the order is a court measure, so nothing here speaks of voluntary help.
 */
function otsReviewLines(content: ReportContent, review: OtsReviewContent): string[] {
  const { decision } = content;
  const ends = decision.outcome === DecisionOutcome.OTS_ENDS;
  if (!ends && decision.outcome !== DecisionOutcome.OTS_CONTINUES) throw new Error(`An OTS-closure review's decision has outcome ${decision.outcome}, not one of the review's own`);
  const youthProtector = `de jeugdbeschermer van ${review.giName}`;
  const lines = [
    '',
    '## Het voornemen',
    `${capitalised(youthProtector)} is van plan de ondertoezichtstelling (OTS) te beëindigen per ${dutchDate(review.intendedEndDate)}. Volgens de uitspraak van de kinderrechter loopt de OTS tot ${dutchDate(review.supervisionEndsOn)}.`,
    `Toelichting van de jeugdbeschermer: ${review.intention.trim()}`,
    'Wil een jeugdbeschermer een OTS beëindigen, dan toetst de Raad voor de Kinderbescherming dat voornemen; zo is het wettelijk geregeld. Die toetsing is aan tafel gebeurd.',
    '',
    '## Uitkomst van de toetsing',
    decision.route.trim(),
    OUTCOME_WORDS[decision.outcome],
  ];
  if (review.raadReviewNote?.trim()) lines.push(`Toelichting van de Raad: ${review.raadReviewNote.trim()}`);
  const safety = decision.safety.trim();
  const help = decision.help.trim();
  lines.push('', '## Afspraken over de veiligheid', safety || 'Aan tafel zijn geen nieuwe afspraken over de veiligheid gemaakt.');
  lines.push('', '## Afspraken over de hulp', help || 'Aan tafel is geen vervolghulp afgesproken.');
  lines.push(...agreementLines(content));
  const carriedOn = ends
    ? [
        `${capitalised(youthProtector)} beëindigt de OTS per ${dutchDate(review.intendedEndDate)}. Daarna is er geen maatregel van de kinderrechter meer.`,
        help ? 'De hulp gaat verder zoals hierboven bij ‘Afspraken over de hulp’ staat.' : 'Er is geen vervolghulp afgesproken.',
        ...(safety ? ['De afspraken over de veiligheid blijven gelden.'] : []),
      ]
    : [
        `De OTS loopt door tot ${dutchDate(review.supervisionEndsOn)}, zoals de kinderrechter heeft bepaald. ${capitalised(youthProtector)} blijft bij uw gezin betrokken en is uw aanspreekpunt voor de hulp en voor de afspraken in dit verslag.`,
      ];
  lines.push('', '## Hoe verder', [...carriedOn, NEXT_STEP_WORDS[decision.outcome]].join(' '));
  return lines;
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
