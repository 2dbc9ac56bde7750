import { DecisionBasis, DecisionOutcome, ReportKind, Track } from '../generated/prisma/enums';
import { BASIS_WORDS, NEXT_STEP_WORDS, OUTCOME_WORDS, raadAdviceWords, TRACK_WORDS } from '../notifications/decision-words';
import { dutchDate, dutchDayAndTime, dutchList } from '../notifications/dutch-format';

/** Everything a report says, gathered from the case record (report-content.loader.ts). */
export interface ReportContent {
  agreements: { description: string; dueOn: Date | null; responsible: string }[];
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
  /** Who took part, in words ("ouder Fictiefouder Verzonnenhuis", "verzoeker (Wijkteam Noord)"). */
  participants: string[];
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
 */
export function composeReportText(content: ReportContent): string {
  const { decision } = content;
  const lines: string[] = ['## Het gesprek'];
  lines.push(content.meeting
    ? `${content.kind === 'EVALUATION' ? 'Evaluatiegesprek' : 'Tafelgesprek'} van ${dutchDayAndTime(content.meeting.startsAt)} aan de Jeugdbeschermingstafel ${content.tableName}.`
    : `Besluit van de Jeugdbeschermingstafel ${content.tableName} van ${dutchDayAndTime(decision.decidedAt)}.`);
  if (content.track) lines.push(`Soort gesprek: ${TRACK_WORDS[content.track]}.`);
  if (content.participants.length > 0) lines.push(`Deelnemers: ${dutchList(content.participants)}.`);
  if (content.children.length > 0) lines.push(`Kinderen: ${dutchList(content.children.map((child) => `${child.givenName} (${child.age} jaar)`))}.`);
  if (content.meeting?.parentsPresent === false) lines.push('De ouders waren niet bij het gesprek aanwezig.');
  if (content.chairText) lines.push('', '## Wat er besproken is', content.chairText.trim());
  lines.push('', '## Besluit', OUTCOME_WORDS[decision.outcome], BASIS_WORDS[decision.basis]);
  const advice = decision.basis === 'CHAIR_DECIDED' ? raadAdviceWords(decision.raadAdvisesInvestigation) : null;
  if (advice) lines.push(advice);
  lines.push('', '## a. Route na het gesprek', decision.route.trim());
  lines.push('', '## b. Hulp', decision.help.trim());
  lines.push('', '## c. Veiligheidsafspraken', decision.safety.trim());
  if (content.agreements.length > 0) {
    lines.push('', '## Afspraken: wie doet wat');
    for (const agreement of content.agreements) {
      lines.push(`- ${agreement.responsible}: ${agreement.description.trim()}${agreement.dueOn ? ` (uiterlijk ${dutchDate(agreement.dueOn)})` : ''}`);
    }
  }
  lines.push('', '## Hoe verder', NEXT_STEP_WORDS[decision.outcome]);
  return lines.join('\n');
}
