import { Prisma } from '../generated/prisma/client';
import { UpdateRegionSettingsDto } from './dto/region-settings.dto';
import { RegionSettingsDocument } from './region-settings.document';
import { SettingsProblem } from './region-settings.errors';

/**
 * The rules across fields that class-validator cannot see: tables and municipalities belong to the
 * region, a table has one slot per weekday and time, a validity period runs forward, a table is not
 * its own neighbour and names each neighbour once, and a contact who was escalated to stays (the
 * escalation history names them).
 */
export async function problemsOf(tx: Prisma.TransactionClient, regionId: string, dto: UpdateRegionSettingsDto, before: RegionSettingsDocument): Promise<SettingsProblem[]> {
  const problems: SettingsProblem[] = [];
  const warning = dto.normWarningWorkingDays ?? before.normWarningWorkingDays;
  if (warning >= dto.normDays) problems.push({ field: 'normWarningWorkingDays', reason: 'the early warning must come before the norm ends: fewer days than normDays' });
  // Only children who take part in a case (from childHeardMinAge) have a family page to open.
  const familyPageAge = dto.familyPageChildMinAge ?? before.familyPageChildMinAge;
  if (familyPageAge < dto.childHeardMinAge) problems.push({ field: 'familyPageChildMinAge', reason: 'a child gets a family-page link only when taking part in the case: not younger than childHeardMinAge' });
  const ownTables = new Set(before.tables.map((table) => table.id));
  const neighbourIds = [...new Set(dto.tables.flatMap((table) => table.neighbours.map((neighbour) => neighbour.tableId)))];
  const existing = new Set((await tx.table.findMany({ select: { id: true }, where: { active: true, id: { in: neighbourIds } } })).map((table) => table.id));
  dto.tables.forEach((table, t) => {
    if (!ownTables.has(table.id)) problems.push({ field: `tables.${t}.id`, reason: `table ${table.id} is not an active table of region ${regionId}` });
    const seen = new Set<string>();
    table.schedule.forEach((entry, e) => {
      const key = `${entry.weekday} ${entry.startTime}`;
      if (seen.has(key)) problems.push({ field: `tables.${t}.schedule.${e}.startTime`, reason: 'the table already meets at this weekday and time' });
      seen.add(key);
      if (entry.validFrom && entry.validUntil && entry.validUntil < entry.validFrom) problems.push({ field: `tables.${t}.schedule.${e}.validUntil`, reason: 'validUntil must not be before validFrom' });
    });
    const named = new Set<string>();
    table.neighbours.forEach((neighbour, n) => {
      const field = `tables.${t}.neighbours.${n}.tableId`;
      if (neighbour.tableId === table.id) problems.push({ field, reason: 'a table cannot be its own neighbour' });
      else if (!existing.has(neighbour.tableId)) problems.push({ field, reason: 'no active table with this id' });
      else if (named.has(neighbour.tableId)) problems.push({ field, reason: 'this neighbouring table is already listed' });
      named.add(neighbour.tableId);
    });
  });
  for (const [m, municipality] of dto.municipalities.entries()) {
    const current = before.municipalities.find((candidate) => candidate.id === municipality.id);
    if (!current) {
      problems.push({ field: `municipalities.${m}.id`, reason: `municipality ${municipality.id} does not belong to region ${regionId}` });
      continue;
    }
    const known = new Set(current.contacts.map((contact) => contact.id));
    municipality.contacts.forEach((contact, c) => {
      if (contact.id && !known.has(contact.id)) problems.push({ field: `municipalities.${m}.contacts.${c}.id`, reason: 'not a contact of this municipality' });
    });
    const kept = new Set(municipality.contacts.map((contact) => contact.id));
    const removed = current.contacts.filter((contact) => !kept.has(contact.id)).map((contact) => contact.id);
    if (removed.length === 0) continue;
    const escalated = await tx.escalation.findMany({ distinct: ['municipalContactId'], select: { municipalContactId: true }, where: { municipalContactId: { in: removed } } });
    for (const row of escalated) {
      const name = current.contacts.find((contact) => contact.id === row.municipalContactId)?.name ?? row.municipalContactId;
      problems.push({ field: `municipalities.${m}.contacts`, reason: `${name} received escalations and cannot be removed; change the contact's details instead` });
    }
  }
  return problems;
}
