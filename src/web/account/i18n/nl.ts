/** The Dutch texts of the account page (the source of truth; en.ts has the same keys). */
export const accountNl = {
  title: 'Mijn account',
  intro: 'Uw gegevens, uw rollen, en waar u nu bent aangemeld.',
  details: 'Uw gegevens',
  name: 'Naam',
  username: 'Gebruikersnaam',
  roles: 'Rollen',
  sessions: 'Waar u bent aangemeld',
  sessionsIntro: 'Elke aanmelding is een sessie: in een browser of in een script. Beëindig een sessie die u niet herkent, of meld u overal af.',
  caption: 'Uw open sessies, nieuwste eerst',
  columns: { device: 'Apparaat of programma', method: 'Aangemeld met', since: 'Sinds', until: 'Geldig tot', address: 'Adres', action: 'Actie' },
  methods: { OIDC: 'Account van uw organisatie', PASSWORD: 'Gebruikersnaam en wachtwoord' } as Record<string, string>,
  unknownDevice: 'Onbekend apparaat',
  current: 'Deze sessie',
  end: 'Afmelden',
  endLabel: 'Afmelden (sessie van {since} beëindigen)',
  ended: 'De sessie is beëindigd.',
  everywhere: 'Overal afmelden',
  everywhereIntro: 'Beëindigt al uw sessies, ook op andere apparaten en in scripts. Daarna meldt u zich opnieuw aan.',
  failed: 'Dat lukte niet. Probeer het later opnieuw.',
  loading: 'Bezig met laden…',
};

export type AccountMessages = typeof accountNl;
