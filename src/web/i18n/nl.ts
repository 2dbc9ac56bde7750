/**
 * Every Dutch text of the browser app, in one place. Dutch is the first language: the domain words
 * follow the glossary in domain.md. `en.ts` must have exactly the same keys (the type enforces it).
 * Placeholders are written as {name} and filled in by `format()` from ./i18n.
 */
export const nl = {
  app: {
    name: 'JBT Orchestrator',
    tagline: 'Jeugdbeschermingstafel',
    skipLink: 'Naar de inhoud',
    titleSuffix: 'JBT Orchestrator',
    footer: 'JBT Orchestrator · werkomgeving voor professionals van de Jeugdbeschermingstafel',
    loading: 'Bezig met laden…',
  },
  language: {
    label: 'Taal',
    // The switch names the other language in that language, so that a reader of it recognises it.
    switchTo: 'English',
    switchToLang: 'en',
    switchHint: 'Switch to English',
  },
  header: {
    signedInAs: 'Aangemeld als',
    roleInRegion: '{role} · regio {region}',
    roleWithoutRegion: '{role} · alle regio’s',
    signOut: 'Afmelden',
    userMenu: 'Uw gegevens',
  },
  nav: {
    label: 'Hoofdmenu',
    tasks: 'Taken',
    cases: 'Casussen',
    monitoring: 'Monitoring',
    modeler: 'Modeler',
  },
  roles: {
    administrator: 'Beheerder',
    chair: 'Voorzitter',
    local_team: 'Professional lokaal team',
    manager: 'Manager',
    municipal_contact: 'Gemeentelijk aanspreekpunt',
    process_owner: 'Proceseigenaar',
    raad_worker: 'Medewerker Raad voor de Kinderbescherming',
    secretary: 'Secretaris',
    veilig_thuis: 'Medewerker Veilig Thuis',
    youth_protector: 'Jeugdbeschermer (GI)',
  },
  notices: {
    close: 'Melding sluiten',
    signedOut: 'U bent afgemeld.',
    sessionExpired: 'Uw sessie is verlopen. Meld u opnieuw aan.',
    serviceUnavailable: 'De dienst is nu niet bereikbaar. Probeer het later opnieuw.',
  },
  forms: {
    errorSummaryTitle: 'Er is een probleem',
    required: 'verplicht',
  },
  signIn: {
    title: 'Aanmelden',
    intro: 'Voor professionals van de Jeugdbeschermingstafel. Meld u aan met de gebruikersnaam en het wachtwoord van uw organisatie.',
    username: 'Gebruikersnaam',
    password: 'Wachtwoord',
    submit: 'Aanmelden',
    submitting: 'Bezig met aanmelden…',
    usernameMissing: 'Vul uw gebruikersnaam in.',
    passwordMissing: 'Vul uw wachtwoord in.',
    wrongCredentials: 'De gebruikersnaam of het wachtwoord is onjuist. Controleer uw gegevens en probeer het opnieuw.',
    tooManyAttempts: 'U heeft te vaak een onjuist wachtwoord ingevuld. Wacht een paar minuten en probeer het opnieuw.',
    failed: 'Aanmelden lukt nu niet. Probeer het later opnieuw.',
    privacy: 'Deze omgeving bevat vertrouwelijke gegevens over gezinnen. Elke inzage wordt vastgelegd.',
  },
  placeholder: {
    comingSoon: 'In ontwikkeling',
    whatComes: 'Wat u hier straks kunt doen',
  },
  tasks: {
    title: 'Taken',
    intro: 'Hier staan straks de taken die voor u en uw team klaarstaan, zodra het proces ze aanmaakt.',
    items: [
      'Wachtrijen: mijn taken, taken van mijn groepen en alles wat ik mag zien.',
      'Filteren op regio, tafel, soort taak, casusnummer en termijn; sorteren op termijn, aanmaakdatum en prioriteit.',
      'Een taak oppakken, teruggeven, toewijzen aan een collega en afronden met een formulier.',
      'Een waarschuwing vóór de norm verstrijkt en een markering daarna.',
      'Naast elke taak de casus: het verzoek tot bespreking, het veiligheidsplan en de tijdlijn.',
    ],
  },
  cases: {
    title: 'Casussen',
    intro: 'Hier staan straks de casussen waarbij u betrokken bent, met alles wat uw rol mag zien.',
    items: [
      'Het verzoek tot bespreking en het veiligheidsplan.',
      'De deelnemers aan het tafelgesprek.',
      'De tijdlijn: elke stap, elk besluit, elke versie van het verslag en elke reactie.',
      'Interne notities bij de casus.',
    ],
  },
  monitoring: {
    title: 'Monitoring',
    intro: 'Managers en proceseigenaren volgen hier straks het lopende werk van de tafels in hun regio.',
    items: [
      'Het aandeel tafelgesprekken binnen de tweewekennorm, per regio, tafel en maand.',
      'Wachttijden, openstaande escalaties en de uitkomsten van de tafel.',
      'Per casus het procesdiagram: waar de casus staat en waar iets vastloopt.',
      'Storingen herstellen, altijd met een reden die wordt vastgelegd.',
    ],
  },
  modeler: {
    title: 'Modeler',
    intro: 'Proceseigenaren passen hier straks de werkwijze van de tafel aan, zonder tussenkomst van een ontwikkelaar.',
    items: [
      'Processen bewerken met bouwstenen van deze dienst, met controles tijdens het bewerken.',
      'Versies opslaan, vergelijken en terugzetten.',
      'In gebruik nemen pas na goedkeuring door een tweede proceseigenaar.',
      'Regio-instellingen: tafeldagen, normen, voorzittersmodel en buurtafels.',
    ],
  },
  noAccess: {
    title: 'Geen toegang',
    body: 'Uw rol geeft geen toegang tot deze pagina. Denkt u dat dit niet klopt? Neem contact op met de beheerder van uw organisatie.',
    home: 'Naar de startpagina',
  },
  notFound: {
    title: 'Pagina niet gevonden',
    body: 'Deze pagina bestaat niet (meer). Controleer het adres of ga naar de startpagina.',
    home: 'Naar de startpagina',
  },
};
