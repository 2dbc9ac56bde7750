import { randomUUID } from 'node:crypto';
import { PrismaClient } from '../../src/generated/prisma/client';
import { ChairModel, OrganisationKind } from '../../src/generated/prisma/enums';

/** A region of its own for one test: a table with a weekly slot, a municipality, and the usual organisations. */
export interface TestRegion {
  id: string;
  municipalityId: string;
  name: string;
  organisations: Record<'care' | 'gemeenten' | 'gi' | 'raad' | 'school' | 'veiligThuis' | 'wijkteam', string>;
  slotId: string;
  tableId: string;
}

export async function createRegion(
  prisma: PrismaClient,
  settings: { chairModel?: ChairModel; giFixedMember?: boolean; otsReviewEnabled?: boolean } = {},
): Promise<TestRegion> {
  const tag = randomUUID().slice(0, 8);
  const name = `Testregio ${tag}`;
  const region = await prisma.region.create({ data: { code: `test-${tag}`, name, ...settings } });
  const table = await prisma.table.create({
    data: { code: `test-${tag}-tafel`, name: `Testtafel ${tag}`, regionId: region.id, schedule: { create: { durationMinutes: 90, startTime: '09:00', weekday: 2 } } },
  });
  const startsAt = new Date(Date.now() + 7 * 24 * 60 * 60 * 1000);
  const slot = await prisma.meetingSlot.create({ data: { endsAt: new Date(startsAt.getTime() + 90 * 60 * 1000), startsAt, tableId: table.id } });
  const municipality = await prisma.municipality.create({ data: { name: `Testgemeente ${tag}`, regionId: region.id, tableId: table.id } });
  const organisation = async (kind: OrganisationKind, label: string) =>
    (await prisma.organisation.create({ data: { code: `test-${tag}-${label}`, kind, name: `${label} ${tag}`, regionId: region.id } })).id;
  return {
    id: region.id,
    municipalityId: municipality.id,
    name,
    organisations: {
      care: await organisation(OrganisationKind.CARE_PROVIDER, 'zorgaanbieder'),
      gemeenten: await organisation(OrganisationKind.MUNICIPALITY, 'gemeenten'),
      gi: await organisation(OrganisationKind.GI, 'gi'),
      raad: await organisation(OrganisationKind.RAAD, 'raad'),
      school: await organisation(OrganisationKind.SCHOOL, 'school'),
      veiligThuis: await organisation(OrganisationKind.VEILIG_THUIS, 'veilig-thuis'),
      wijkteam: await organisation(OrganisationKind.LOCAL_TEAM, 'wijkteam'),
    },
    slotId: slot.id,
    tableId: table.id,
  };
}
