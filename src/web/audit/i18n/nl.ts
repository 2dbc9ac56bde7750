import { ACTION_LABELS_NL, OUTCOME_LABELS_NL } from '../../../audit/log/audit-log.labels';

/**
 * The Dutch texts of the audit log page (the source of truth; en.ts has the same keys), kept beside
 * its code. Placeholders {name} are filled by format() from i18n/i18n.
 */
export const auditNl = {
  title: 'Logboek',
  intro: 'Wie welke casus heeft ingezien of gewijzigd, wanneer, vanaf welk adres, namens welke rol en organisatie, en of dat was toegestaan (NEN 7513). Uw eigen inzage in het logboek wordt ook vastgelegd.',
  filters: 'Zoeken in het logboek',
  caseNumber: 'Casusnummer',
  caseNumberHint: 'Bijvoorbeeld JBT-2026-000042',
  username: 'Gebruikersnaam',
  from: 'Van',
  to: 'Tot en met',
  outcome: 'Uitkomst',
  all: 'Alle',
  apply: 'Zoeken',
  reset: 'Filters wissen',
  csv: 'Downloaden als CSV',
  csvHint: 'Met dezelfde filters, oudste eerst, met puntkomma’s (voor Excel).',
  results: '{from}–{to} van {total} regels',
  noResults: 'Geen regels gevonden met deze filters.',
  caption: 'Logboekregels, nieuwste eerst',
  pagination: 'Pagina’s van het logboek',
  previous: 'Vorige',
  next: 'Volgende',
  columns: { when: 'Tijdstip', who: 'Wie', onBehalfOf: 'Namens', from: 'Adres', caseNumber: 'Casus', action: 'Handeling', outcome: 'Uitkomst' },
  actors: { anonymous: 'Onbekend (niet aangemeld)', link: 'Link in e-mail ({label})', system: 'Systeem ({label})' },
  // The same Dutch names as the CSV export's, from one list (the server's).
  outcomes: OUTCOME_LABELS_NL as Record<string, string>,
  actions: { ...ACTION_LABELS_NL, VERIFY_AUDIT_LOG: 'Logboek gecontroleerd' } as Record<string, string>,
  chain: {
    title: 'Controle van het logboek',
    intro: 'Elke regel bevat een vingerafdruk van zichzelf en van de regel ervoor. Een gewijzigde of verwijderde regel valt zo op.',
    check: 'Logboek nu controleren',
    checking: 'Bezig met controleren…',
    intact: 'In orde: {rows} regels gecontroleerd (regel {first} tot en met {head}); geen regel gewijzigd of verwijderd.',
    broken: 'Niet in orde: {count} probleem/problemen gevonden. Meld dit direct aan de beheerder en de functionaris gegevensbescherming.',
    failed: 'De controle kon niet worden uitgevoerd. Probeer het later opnieuw.',
  },
};

export type AuditMessages = typeof auditNl;
