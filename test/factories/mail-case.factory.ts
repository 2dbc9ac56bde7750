import { randomUUID } from 'node:crypto';
import { amsterdamDate, amsterdamInstant } from '../../src/calendar/dutch-calendar';
import { nextCaseNumber } from '../../src/cases/case-number';
import { PrismaClient } from '../../src/generated/prisma/client';
import { DecisionBasis, DecisionOutcome, EntryType, ParticipantRole, Role, Track } from '../../src/generated/prisma/enums';
import { FICTIONAL, yearsAgo } from './referral.factory';
import { createRegion, TestRegion } from './region.factory';
import { createUser } from './user.factory';

/** Case numbers from 800000 up, clear of the case service's and the monitoring factory's. */

/** A case with everyone mail reaches, each with an address of their own (unique to this case). */
export interface MailCase {
  addresses: { father: string; gi: string; mother: string; municipalContact: string; raad: string; referrer: string; supportPerson: string };
  caseId: string;
  caseNumber: string;
  chairId: string;
  children: { olderId: string; youngerId: string };
  meeting: { endsAt: Date; id: string; startsAt: Date };
  participants: { child: string; father: string; mother: string; raad: string; referrer: string; supportPerson: string };
  region: TestRegion;
  tableLocation: string;
}

/**
 * A referral case planned for a meeting: a region whose GI is on call, a referrer of the local team,
 * a mother and a father (both with authority), a child of 13 who will be at the table and one of 6,
 * a support person for the parents, the Raad, and a municipal contact. Straight into the case record.
 */
export async function createMailCase(prisma: PrismaClient, options: { track?: Track } = {}): Promise<MailCase> {
  const tag = randomUUID().slice(0, 8);
  const region = await createRegion(prisma, { giFixedMember: false });
  const addresses = {
    father: `vader-${tag}@ouders.test`, gi: `gi-${tag}@gi.test`, mother: `moeder-${tag}@ouders.test`, municipalContact: `gemeente-${tag}@gemeente.test`,
    raad: `raad-${tag}@raad.test`, referrer: `wijkteam-${tag}@wijkteam.test`, supportPerson: `steun-${tag}@vrienden.test`,
  };
  const tableLocation = `Stadskantoor ${tag}, Oude Markt 1`;
  await prisma.table.update({ data: { location: tableLocation }, where: { id: region.tableId } });
  await prisma.organisation.update({ data: { email: addresses.raad }, where: { id: region.organisations.raad } });
  await prisma.organisation.update({ data: { email: addresses.gi }, where: { id: region.organisations.gi } });
  await prisma.municipalContact.create({ data: { email: addresses.municipalContact, municipalityId: region.municipalityId, name: 'Gemeentelijk aanspreekpunt' } });
  const referrer = await createUser(prisma, region, Role.LOCAL_TEAM);
  await prisma.user.update({ data: { displayName: 'Wies Wijkteam', email: addresses.referrer }, where: { id: referrer.id } });
  const chair = await createUser(prisma, region, Role.CHAIR);

  const caseNumber = await nextCaseNumber(prisma);
  const kase = await prisma.case.create({
    data: { caseNumber, entryType: EntryType.REFERRAL, municipalityId: region.municipalityId, referredAt: new Date(), regionId: region.id, tableId: region.tableId, track: options.track ?? Track.QUARTER_TO_TWELVE },
  });
  const caseId = kase.id;
  await prisma.referral.create({
    data: {
      caseId, childVoice: 'Het kind zegt dat het thuis vaak onrustig is.', familySituation: 'Twee kinderen; ouders wonen gescheiden.', helpSoFar: 'Gezinscoaching sinds maart.', parentsCoWrote: false,
      parentsReadReferral: true, parentsView: 'Moeder herkent de zorgen deels.', referrerId: referrer.id, referrerOrganisationId: region.organisations.wijkteam,
      safetyAgreements: 'Vader haalt de kinderen niet zonder afspraak op.', safetyStepsIfNotKept: 'Melding bij Veilig Thuis.', worries: FICTIONAL.worries,
    },
  });
  const older = await prisma.child.create({ data: { birthDate: new Date(`${yearsAgo(13)}T00:00:00Z`), caseId, familyName: FICTIONAL.familyName, givenName: FICTIONAL.childGivenName, hearingMode: 'AT_TABLE' } });
  const younger = await prisma.child.create({ data: { birthDate: new Date(`${yearsAgo(6)}T00:00:00Z`), caseId, familyName: FICTIONAL.familyName, givenName: 'Kleintje' } });
  const mother = await prisma.parent.create({
    data: { caseId, city: 'Nergensdorp', email: addresses.mother, familyName: FICTIONAL.familyName, givenName: FICTIONAL.parentGivenName, hasParentalAuthority: true, postalCode: '1234 AB', relation: 'MOTHER', street: FICTIONAL.street },
  });
  const father = await prisma.parent.create({ data: { caseId, email: addresses.father, familyName: 'Anderhuis', givenName: 'Fictiefvader', hasParentalAuthority: true, relation: 'FATHER' } });
  const support = await prisma.supportPerson.create({ data: { caseId, email: addresses.supportPerson, name: 'Steun Vriendin', receivesDocuments: true, supports: 'PARENTS' } });
  const participant = async (data: { childId?: string; organisationId?: string; parentId?: string; role: ParticipantRole; supportPersonId?: string; userId?: string }) =>
    (await prisma.participant.create({ data: { caseId, ...data } })).id;
  const participants = {
    child: await participant({ childId: older.id, role: ParticipantRole.CHILD }),
    father: await participant({ parentId: father.id, role: ParticipantRole.PARENT }),
    mother: await participant({ parentId: mother.id, role: ParticipantRole.PARENT }),
    raad: await participant({ organisationId: region.organisations.raad, role: ParticipantRole.RAAD }),
    referrer: await participant({ organisationId: region.organisations.wijkteam, role: ParticipantRole.REFERRER, userId: referrer.id }),
    supportPerson: await participant({ role: ParticipantRole.SUPPORT_PERSON, supportPersonId: support.id }),
  };
  // The region's slot, moved to 09:00-10:30 Amsterdam time a week from now: a time a letter can show.
  const day = amsterdamDate(new Date(Date.now() + 7 * 24 * 60 * 60 * 1000));
  const slot = await prisma.meetingSlot.update({ data: { endsAt: amsterdamInstant(day, '10:30'), startsAt: amsterdamInstant(day, '09:00') }, where: { id: region.slotId } });
  const meeting = await prisma.meeting.create({ data: { caseId, endsAt: slot.endsAt, slotId: slot.id, startsAt: slot.startsAt, tableId: region.tableId } });
  return {
    addresses, caseId, caseNumber, chairId: chair.id, children: { olderId: older.id, youngerId: younger.id },
    meeting: { endsAt: slot.endsAt, id: meeting.id, startsAt: slot.startsAt }, participants, region, tableLocation,
  };
}

/** The table's decision for the case, with agreements of who does what. */
export async function createDecision(
  prisma: PrismaClient,
  mailCase: MailCase,
  options: { basis?: DecisionBasis; outcome?: DecisionOutcome; raadAdvisesInvestigation?: boolean } = {},
): Promise<string> {
  const decision = await prisma.decision.create({
    data: {
      agreements: {
        create: [
          { description: 'Moeder en vader maken samen een weekschema voor de omgang.', dueOn: new Date('2030-01-15T00:00:00Z'), responsible: 'Ouders', sequence: 1 },
          { description: 'Het lokaal team start een gezinscoach die twee keer per week komt.', responsible: 'Lokaal team', sequence: 2 },
        ],
      },
      basis: options.basis ?? DecisionBasis.CONSENSUS,
      caseId: mailCase.caseId,
      decidedAt: new Date(),
      decisionHelp: 'De gezinscoaching gaat door, aangevuld met opvoedondersteuning.',
      decisionRoute: 'Vrijwillige hulp onder regie van het lokaal team, met evaluatie over drie maanden.',
      decisionSafety: 'Vader haalt de kinderen alleen op na afspraak met moeder; bij onrust belt moeder het lokaal team.',
      meetingId: mailCase.meeting.id,
      outcome: options.outcome ?? DecisionOutcome.VOLUNTARY_BINDING,
      raadAdvisesInvestigation: options.raadAdvisesInvestigation ?? false,
      raadView: 'Interne overweging van de Raad die niet naar het gezin gaat.',
      recordedById: mailCase.chairId,
      track: Track.QUARTER_TO_TWELVE,
    },
  });
  await prisma.meeting.update({ data: { heldAt: new Date(), parentsPresent: true, status: 'HELD' }, where: { id: mailCase.meeting.id } });
  return decision.id;
}
