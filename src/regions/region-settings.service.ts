import { Injectable } from '@nestjs/common';
import { AuditOutcome, AuditService } from '../audit/audit.service';
import { administeredRegions, decideRegionAdministration, onBehalfOf } from '../auth/access-policy';
import { Actor, Membership } from '../auth/principal';
import { PrismaService } from '../database/prisma.service';
import { Prisma } from '../generated/prisma/client';
import { UpdateRegionSettingsDto } from './dto/region-settings.dto';
import { bySchedule, changedSettings, RegionSettingsDocument, SCALAR_SETTINGS } from './region-settings.document';
import { RegionNotFoundError, RegionSettingsForbiddenError, RegionSettingsInvalidError } from './region-settings.errors';
import { blockSlotsOutsideSchedule } from './slot-cleanup';
import { problemsOf } from './region-settings.rules';

type Transaction = Prisma.TransactionClient;

const RESOURCE = 'region-settings';

/**
 * Reads and changes a region's settings (domain.md, "Regions differ"): meeting days and slots per
 * table, norm lengths, GI fixed or on call, the chair model, OTS review at the table, neighbouring
 * tables and municipal contacts. Only the region's own process owners and administrators may, and a
 * national one (a membership without a region, src/auth/access-policy.ts); every change keeps the
 * document before and after with who, when and why, and is audited.
 */
@Injectable()
export class RegionSettingsService {
  constructor(
    private readonly audit: AuditService,
    private readonly prisma: PrismaService,
  ) {}

  /** The regions the actor may change: their own regions, every region for a national process owner or administrator. */
  async editableRegions(actor: Actor) {
    const scope = administeredRegions(actor.principal);
    return this.prisma.region.findMany({ orderBy: { name: 'asc' }, select: { code: true, id: true, name: true }, where: scope.all ? {} : { id: { in: scope.regionIds } } });
  }

  async get(actor: Actor, regionId: string) {
    await this.authorise(actor, regionId, 'REGION_SETTINGS_READ');
    const region = await this.prisma.region.findUnique({ select: { code: true, id: true, name: true }, where: { id: regionId } });
    if (!region) throw new RegionNotFoundError(regionId);
    const tables = await this.prisma.table.findMany({ orderBy: [{ region: { name: 'asc' } }, { name: 'asc' }], select: { id: true, name: true, region: { select: { name: true } } }, where: { active: true } });
    return {
      region,
      settings: await this.document(this.prisma, regionId),
      tableOptions: tables.map((table) => ({ id: table.id, name: table.name, regionName: table.region.name })),
    };
  }

  async update(actor: Actor, regionId: string, dto: UpdateRegionSettingsDto) {
    const membership = await this.authorise(actor, regionId, 'REGION_SETTINGS_UPDATE');
    const result = await this.prisma.$transaction(async (tx) => {
      // One change at a time per region: the second waits and compares with the first's result.
      const locked = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "region" WHERE "id" = ${regionId}::uuid FOR UPDATE`;
      if (locked.length === 0) throw new RegionNotFoundError(regionId);
      const before = await this.document(tx, regionId);
      const problems = await problemsOf(tx, regionId, dto, before);
      if (problems.length > 0) throw new RegionSettingsInvalidError(problems);
      await this.write(tx, regionId, dto, before);
      const after = await this.document(tx, regionId);
      const changed = changedSettings(before, after);
      if (changed.length === 0) return { after, change: null, changed };
      const change = await tx.regionSettingsChange.create({
        data: { after: toJson(after), before: toJson(before), changedById: actor.principal.userId, changedByName: actor.principal.displayName, comment: dto.comment, regionId },
      });
      const blocked = await blockSlotsOutsideSchedule(tx, before, after);
      await this.audit.record(tx, actor, { action: 'REGION_SETTINGS_UPDATE', details: { blockedSlots: blocked, changed, changeId: change.id, regionId }, onBehalfOf: onBehalfOf(membership), outcome: AuditOutcome.Allowed, resource: RESOURCE });
      return { after, change, changed };
    });
    return { changeId: result.change?.id ?? null, changed: result.changed, settings: result.after };
  }

  /** Every change, newest first: who, when, why, and which settings went from what to what. */
  async history(actor: Actor, regionId: string) {
    await this.authorise(actor, regionId, 'REGION_SETTINGS_READ');
    const changes = await this.prisma.regionSettingsChange.findMany({ orderBy: { changedAt: 'desc' }, take: 100, where: { regionId } });
    return changes.map((change) => {
      const before = change.before as unknown as RegionSettingsDocument;
      const after = change.after as unknown as RegionSettingsDocument;
      return {
        changedAt: change.changedAt,
        changedByName: change.changedByName,
        changes: changedSettings(before, after).map((field) => ({ after: valueAt(after, field), before: valueAt(before, field), field })),
        comment: change.comment,
        id: change.id,
      };
    });
  }

  private async authorise(actor: Actor, regionId: string, action: string): Promise<Membership> {
    const membership = decideRegionAdministration(actor.principal, regionId);
    if (membership) return membership;
    await this.audit.recordAlone(actor, { action, details: { regionId }, outcome: AuditOutcome.Denied, resource: RESOURCE });
    throw new RegionSettingsForbiddenError();
  }

  private async document(tx: Transaction, regionId: string): Promise<RegionSettingsDocument> {
    const region = await tx.region.findUniqueOrThrow({
      include: {
        municipalities: { include: { contacts: { orderBy: [{ name: 'asc' }, { id: 'asc' }] } }, orderBy: { name: 'asc' } },
        tables: { include: { neighbours: { orderBy: [{ priority: 'asc' }, { neighbourId: 'asc' }] }, schedule: true }, orderBy: { name: 'asc' }, where: { active: true } },
      },
      where: { id: regionId },
    });
    const day = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);
    return {
      ...Object.fromEntries(SCALAR_SETTINGS.map((key) => [key, region[key]])),
      municipalities: region.municipalities.map((municipality) => ({
        contacts: municipality.contacts.map((contact) => ({ email: contact.email, id: contact.id, name: contact.name, phone: contact.phone })),
        id: municipality.id,
        name: municipality.name,
      })),
      tables: region.tables.map((table) => ({
        id: table.id,
        name: table.name,
        neighbours: table.neighbours.map((neighbour) => ({ priority: neighbour.priority, tableId: neighbour.neighbourId })),
        schedule: table.schedule
          .map((entry) => ({ durationMinutes: entry.durationMinutes, startTime: entry.startTime, validFrom: day(entry.validFrom), validUntil: day(entry.validUntil), weekday: entry.weekday }))
          .sort(bySchedule),
      })),
    } as RegionSettingsDocument;
  }

  private async write(tx: Transaction, regionId: string, dto: UpdateRegionSettingsDto, before: RegionSettingsDocument): Promise<void> {
    await tx.region.update({ data: Object.fromEntries(SCALAR_SETTINGS.map((key) => [key, dto[key]])), where: { id: regionId } });
    const date = (value: string | null | undefined) => (value ? new Date(`${value}T00:00:00Z`) : null);
    for (const table of dto.tables) {
      await tx.tableSchedule.deleteMany({ where: { tableId: table.id } });
      await tx.tableSchedule.createMany({
        data: table.schedule.map((entry) => ({ durationMinutes: entry.durationMinutes, startTime: entry.startTime, tableId: table.id, validFrom: date(entry.validFrom), validUntil: date(entry.validUntil), weekday: entry.weekday })),
      });
      await tx.neighbouringTable.deleteMany({ where: { tableId: table.id } });
      await tx.neighbouringTable.createMany({ data: table.neighbours.map((neighbour) => ({ neighbourId: neighbour.tableId, priority: neighbour.priority, tableId: table.id })) });
    }
    for (const municipality of dto.municipalities) {
      const kept = new Set(municipality.contacts.flatMap((contact) => (contact.id ? [contact.id] : [])));
      const existing = before.municipalities.find((candidate) => candidate.id === municipality.id)?.contacts ?? [];
      const removed = existing.filter((contact) => !kept.has(contact.id)).map((contact) => contact.id);
      if (removed.length > 0) await tx.municipalContact.deleteMany({ where: { id: { in: removed } } });
      for (const contact of municipality.contacts) {
        const data = { email: contact.email.trim(), name: contact.name.trim(), phone: contact.phone?.trim() || null };
        if (contact.id) await tx.municipalContact.update({ data, where: { id: contact.id } });
        else await tx.municipalContact.create({ data: { ...data, municipalityId: municipality.id } });
      }
    }
  }
}

function toJson(document: RegionSettingsDocument): Prisma.InputJsonObject {
  return JSON.parse(JSON.stringify(document)) as Prisma.InputJsonObject;
}

/** The value of a changed setting as the history shows it: a scalar, or the list of a table or municipality. */
function valueAt(document: RegionSettingsDocument, field: string): unknown {
  const [part, id, list] = field.split('.');
  if (part === 'tables') return document.tables.find((table) => table.id === id)?.[list as 'neighbours' | 'schedule'] ?? [];
  if (part === 'municipalities') return document.municipalities.find((municipality) => municipality.id === id)?.contacts.map(({ email, name, phone }) => ({ email, name, phone })) ?? [];
  return document[part as keyof RegionSettingsDocument];
}
