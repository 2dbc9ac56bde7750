import { ChairModel, OrganisationKind, Role } from '../generated/prisma/enums';

/**
 * The demo regions: three real JBT regions with their real municipalities, tables on a weekly (or
 * twice-weekly) rhythm, and organisations. Every person is invented, and every address ends in
 * .example, so that nothing here reaches a real mailbox.
 */
export interface DemoTable {
  code: string;
  location: string;
  name: string;
  /** Weekday (1 = Monday) and local start times of its slots. */
  schedule: { durationMinutes: number; startTimes: string[]; weekday: number };
}

export interface DemoRegion {
  /** A not-kept agreement brings the case back to the table (issue 13). */
  agreementNotKeptBackToTable: boolean;
  chairModel: ChairModel;
  childDocumentsMinAge: number;
  code: string;
  /** Children of at least this age get a family-page link (issue 13; 12 and 16 are in use). */
  familyPageChildMinAge: number;
  giFixedMember: boolean;
  /** Municipality name → the code of the table that serves it. */
  municipalities: Record<string, string>;
  name: string;
  otsReviewEnabled: boolean;
  supportPersonsReceiveDocuments: boolean;
  tables: DemoTable[];
}

const twenteTable = 'twente';
const gelderlandTable = 'gelderland-zuid';
const heerlen = 'zuid-limburg-heerlen';
const maastricht = 'zuid-limburg-maastricht';

const fill = (names: string[], table: string) => Object.fromEntries(names.map((name) => [name, table]));

export const DEMO_REGIONS: DemoRegion[] = [
  {
    agreementNotKeptBackToTable: false,
    chairModel: ChairModel.INDEPENDENT,
    childDocumentsMinAge: 16,
    code: 'twente',
    familyPageChildMinAge: 16,
    giFixedMember: false,
    // The fourteen Twente municipalities (seed 001).
    municipalities: fill(
      ['Almelo', 'Borne', 'Dinkelland', 'Enschede', 'Haaksbergen', 'Hellendoorn', 'Hengelo', 'Hof van Twente', 'Losser', 'Oldenzaal', 'Rijssen-Holten', 'Tubbergen', 'Twenterand', 'Wierden'],
      twenteTable,
    ),
    name: 'Twente',
    otsReviewEnabled: true,
    supportPersonsReceiveDocuments: true,
    tables: [{ code: twenteTable, location: 'Hengelo', name: 'Jeugdbeschermingstafel Twente', schedule: { durationMinutes: 90, startTimes: ['09:00', '10:45', '13:00', '14:45'], weekday: 2 } }],
  },
  {
    // Gelderland: "met nieuwe heldere afspraken het nog in het vrijwillig kader proberen" (seed 003 §2).
    agreementNotKeptBackToTable: true,
    chairModel: ChairModel.INDEPENDENT,
    childDocumentsMinAge: 12,
    code: 'gelderland-zuid',
    familyPageChildMinAge: 12,
    giFixedMember: true,
    // Rijk van Nijmegen and Rivierenland, the youth care region Gelderland-Zuid.
    municipalities: fill(
      ['Berg en Dal', 'Beuningen', 'Buren', 'Culemborg', 'Druten', 'Heumen', 'Maasdriel', 'Mook en Middelaar', 'Neder-Betuwe', 'Nijmegen', 'Tiel', 'West Betuwe', 'West Maas en Waal', 'Wijchen', 'Zaltbommel'],
      gelderlandTable,
    ),
    name: 'Gelderland-Zuid',
    // Some Gelderland regions do not review OTS closures at the table yet (seed 003, note 3).
    otsReviewEnabled: false,
    supportPersonsReceiveDocuments: false,
    tables: [{ code: gelderlandTable, location: 'Nijmegen', name: 'Jeugdbeschermingstafel Gelderland-Zuid', schedule: { durationMinutes: 90, startTimes: ['09:00', '10:45', '13:00'], weekday: 4 } }],
  },
  {
    agreementNotKeptBackToTable: true,
    chairModel: ChairModel.ROTATING_RAAD_MUNICIPALITY,
    childDocumentsMinAge: 16,
    code: 'zuid-limburg',
    familyPageChildMinAge: 16,
    giFixedMember: true,
    // The eighteen municipalities of seed 004; two tables a week.
    municipalities: {
      ...fill(['Beek', 'Brunssum', 'Heerlen', 'Kerkrade', 'Landgraaf', 'Nuth', 'Onderbanken', 'Schinnen', 'Simpelveld', 'Sittard-Geleen', 'Stein', 'Voerendaal'], heerlen),
      ...fill(['Eijsden-Margraten', 'Gulpen-Wittem', 'Maastricht', 'Meerssen', 'Vaals', 'Valkenburg aan de Geul'], maastricht),
    },
    name: 'Zuid-Limburg',
    otsReviewEnabled: true,
    supportPersonsReceiveDocuments: true,
    tables: [
      { code: heerlen, location: 'Heerlen', name: 'Consult- en beschermtafel Zuid-Limburg (Heerlen)', schedule: { durationMinutes: 60, startTimes: ['09:00', '10:15', '11:30'], weekday: 2 } },
      { code: maastricht, location: 'Maastricht', name: 'Consult- en beschermtafel Zuid-Limburg (Maastricht)', schedule: { durationMinutes: 60, startTimes: ['13:00', '14:15', '15:30'], weekday: 4 } },
    ],
  },
];

/** Pairs of tables that give each other room when one cannot meet the norm. */
export const DEMO_NEIGHBOURS: [string, string][] = [[heerlen, maastricht]];

/** The organisations of each region, by a code suffix; the municipality for local ones. */
export interface DemoOrganisation {
  kind: OrganisationKind;
  municipality?: string;
  name: string;
  suffix: string;
}

export function demoOrganisations(region: DemoRegion): DemoOrganisation[] {
  const central: Record<string, string> = { 'gelderland-zuid': 'Nijmegen', twente: 'Enschede', 'zuid-limburg': 'Heerlen' };
  const town = central[region.code];
  return [
    { kind: OrganisationKind.MUNICIPALITY, name: `Samenwerkende gemeenten ${region.name}`, suffix: 'gemeenten' },
    { kind: OrganisationKind.MUNICIPALITY, municipality: town, name: `Gemeente ${town}`, suffix: 'gemeente' },
    { kind: OrganisationKind.LOCAL_TEAM, municipality: town, name: `Sociaal wijkteam ${town}`, suffix: 'wijkteam' },
    { kind: OrganisationKind.VEILIG_THUIS, name: `Veilig Thuis ${region.name}`, suffix: 'veilig-thuis' },
    { kind: OrganisationKind.GI, name: `Gecertificeerde Instelling ${region.name}`, suffix: 'gi' },
    { kind: OrganisationKind.RAAD, name: `Raad voor de Kinderbescherming, locatie ${region.name}`, suffix: 'raad' },
    { kind: OrganisationKind.SCHOOL, municipality: town, name: `Demoschool ${town}`, suffix: 'school' },
    { kind: OrganisationKind.CARE_PROVIDER, name: `Demo Jeugdzorg ${region.name}`, suffix: 'zorgaanbieder' },
  ];
}

/** The one password of every demo user, listed in the README. */
export const DEMO_PASSWORD = 'jbt-demo-2026';

/** A demo user per role, in each region: "<prefix>.<region code>", e.g. voorzitter.twente. */
export interface DemoUser {
  displayName: string;
  organisation: string;
  prefix: string;
  role: Role;
}

export const DEMO_USERS: DemoUser[] = [
  { displayName: 'Bo Beheerder', organisation: 'gemeenten', prefix: 'beheerder', role: Role.ADMINISTRATOR },
  { displayName: 'Gijs Gemeente', organisation: 'gemeente', prefix: 'gemeente', role: Role.MUNICIPAL_CONTACT },
  { displayName: 'Jet Jeugdbeschermer', organisation: 'gi', prefix: 'jeugdbeschermer', role: Role.YOUTH_PROTECTOR },
  { displayName: 'Lotte Lokaalteam', organisation: 'wijkteam', prefix: 'lokaalteam', role: Role.LOCAL_TEAM },
  { displayName: 'Mila Manager', organisation: 'gemeenten', prefix: 'manager', role: Role.MANAGER },
  { displayName: 'Priya Privacy', organisation: 'gemeenten', prefix: 'privacy', role: Role.PRIVACY_OFFICER },
  { displayName: 'Pim Proceseigenaar', organisation: 'gemeenten', prefix: 'proceseigenaar', role: Role.PROCESS_OWNER },
  { displayName: 'Ruben Raadsmedewerker', organisation: 'raad', prefix: 'raad', role: Role.RAAD_WORKER },
  { displayName: 'Sem Secretaris', organisation: 'gemeenten', prefix: 'secretaris', role: Role.SECRETARY },
  { displayName: 'Vincent Veilig', organisation: 'veilig-thuis', prefix: 'veiligthuis', role: Role.VEILIG_THUIS },
  { displayName: 'Vera Voorzitter', organisation: 'gemeenten', prefix: 'voorzitter', role: Role.CHAIR },
];

/** Zuid-Limburg's tables are chaired in turn by the municipality and the Raad: a second chair, from the Raad. */
export const ROTATING_CO_CHAIR: DemoUser = { displayName: 'Roos Raad-covoorzitter', organisation: 'raad', prefix: 'covoorzitter', role: Role.CHAIR };
