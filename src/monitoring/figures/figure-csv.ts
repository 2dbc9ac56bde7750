import { CsvCell, spreadsheetCsv } from '../../documents/spreadsheet-csv';
import { SafeCount } from '../small-numbers';
import { Dashboard, DayBin, FigureId, ShareFigure } from './dashboard.types';

/**
 * One figure of the dashboard as CSV for Dutch spreadsheets (`spreadsheetCsv`: semicolons, a decimal
 * comma, a byte-order mark, formulas defused), with Dutch column names (the CSV is read by managers,
 * like the UI). Built from the dashboard after suppression, so "<5" stays "<5".
 */
export function figureCsv(dashboard: Dashboard, figure: FigureId): string {
  return spreadsheetCsv(figureRows(dashboard, figure));
}

export function figureFileName(dashboard: Dashboard, figure: FigureId): string {
  const slug = figure.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
  return `jbt-${slug}-${dashboard.period.from}-${dashboard.period.to}.csv`;
}

type Cell = CsvCell;

const OUTCOMES: Record<string, string> = {
  RAAD_INVESTIGATION: 'Alleen raadsonderzoek',
  VOLUNTARY_BINDING: 'Vrijwillig, niet vrijblijvend',
  VOLUNTARY_BINDING_WITH_RAAD_INVESTIGATION: 'Vrijwillig, niet vrijblijvend, met raadsonderzoek',
  VOLUNTARY_LOCAL_TEAM: 'Vrijwillige hulp via lokaal team',
};

const RESPONDENTS: Record<string, string> = { CHILD: 'Kind', PARENT: 'Ouder', PROFESSIONAL: 'Professional' };

function figureRows(dashboard: Dashboard, figure: FigureId): Cell[][] {
  const { figures } = dashboard;
  const region = (id: string | null) => (id === null ? 'Alle regio’s' : (dashboard.regions.find((r) => r.id === id)?.name ?? id));
  const table = (id: string | null) => (id === null ? 'Alle tafels' : (dashboard.tables.find((t) => t.id === id)?.name ?? id));
  switch (figure) {
    case 'normMet':
      return [
        ['Maand', 'Regio', 'Tafel', 'Tafelgesprekken', 'Binnen de norm', 'Aandeel binnen de norm (%)'],
        ...figures.normMet.map((row) => [row.month ?? 'Hele periode', region(row.regionId), table(row.tableId), row.whole, row.part, row.share]),
      ];
    case 'waitingTimes':
      return [['Wachttijd (dagen)', 'Casussen'], ...figures.waitingTimes.bins.map((bin) => [days(bin), bin.cases]), ['Mediaan (dagen)', figures.waitingTimes.medianDays]];
    case 'openEscalations':
      return [['Leeftijd (dagen)', 'Open escalaties'], ...figures.openEscalations.bins.map((bin) => [days(bin), bin.cases]), ['Totaal', figures.openEscalations.total], ['Mediaan leeftijd (dagen)', figures.openEscalations.medianAgeDays]];
    case 'outcomeMix':
      return [
        ['Uitkomst', 'Casussen', 'Aandeel (%)'],
        ...figures.outcomeMix.outcomes.map((row) => [OUTCOMES[row.outcome] ?? row.outcome, row.decisions, row.share]),
        ['Raadsonderzoek voorkomen', figures.outcomeMix.raadAvoided.part, figures.outcomeMix.raadAvoided.share],
      ];
    case 'parentsPresent':
      return shareRows(['Tafelgesprekken (aanwezigheid bekend)', 'Ouders aanwezig'], figures.parentsPresent);
    case 'childrenHeard':
      return shareRows(['Tafelgesprekken (horen bekend)', 'Kinderen gehoord'], figures.childrenHeard);
    case 'reportsOnTime':
      return shareRows(['Verslagen verzonden (termijn bekend)', 'Op tijd verzonden'], figures.reportsOnTime);
    case 'reactionsReceived':
      return [...shareRows(['Verslagen verzonden', 'Met reactie'], figures.reactionsReceived), ['Reacties ontvangen', figures.reactionsReceived.reactions, null]];
    case 'evaluationsOnTime':
      return shareRows(['Evaluatiemomenten verlopen', 'Op tijd gehouden'], figures.evaluationsOnTime);
    case 'agreementStates':
      return [
        ['Tafel', 'Afspraken', 'Nagekomen', 'Nagekomen (%)', 'Niet nagekomen', 'Niet nagekomen (%)', 'Open', 'Open (%)', 'Waarvan datum verstreken', 'Datum verstreken (%)'],
        ...figures.agreementStates.map((row) => [
          table(row.tableId), row.agreements, row.kept.part, row.kept.share, row.notKept.part, row.notKept.share, row.open.part, row.open.share, row.overdue.part, row.overdue.share,
        ]),
      ];
    case 'feedbackScores':
      return [
        ['Respondent', 'Antwoorden', 'Gemiddeld cijfer'],
        ...figures.feedbackScores.byRespondent.map((row) => [RESPONDENTS[row.respondent] ?? row.respondent, row.responses, row.average]),
        [],
        ['Cijfer', 'Antwoorden'],
        ...figures.feedbackScores.marks.map((row) => [row.mark, row.responses]),
      ];
  }
}

function shareRows([whole, part]: [string, string], figure: ShareFigure): Cell[][] {
  return [
    [whole, part, 'Aandeel (%)'],
    [count(figure.whole), count(figure.part), figure.share],
  ];
}

function count(value: SafeCount): Cell {
  return value;
}

function days(bin: DayBin): string {
  return bin.toDays === null ? `${bin.fromDays} of meer` : `${bin.fromDays}–${bin.toDays}`;
}
