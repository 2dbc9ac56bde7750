import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AuditOutcome, AuditService } from '../audit/audit.service';
import { decideFiling, onBehalfOf } from '../auth/access-policy';
import { Actor, Membership } from '../auth/principal';
import { nextCaseNumber } from '../cases/case-number';
import { CaseProcessStarter } from '../cases/case-process.starter';
import { ageOn, dutchToday } from '../cases/child-age';
import { ProcessStartClaims } from '../cases/process-start/process-start.claims';
import { PrismaService } from '../database/prisma.service';
import { DomainError } from '../errors/domain-error';
import { CaseStatus, EntryType, OrganisationKind, ParticipantRole, Prisma, Role, Track } from '../generated/prisma/client';
import { FileReferralDto } from './dto/file-referral.dto';
import {
  CoReferrerNotAllowedError,
  FilingNotPermittedError,
  OtsReviewNotOfferedError,
  RegionWithoutTableError,
  TableNotInRegionError,
  UnknownMunicipalityError,
} from './referral.errors';

export interface FiledReferral {
  caseId: string;
  caseNumber: string;
  processInstanceKey: string | null;
  regionId: string;
  status: CaseStatus;
  tableId: string;
}

/** The track of the entry types that do not ask for one (Zuid-Limburg's consult and protection request). */
const DEFAULT_TRACK: Partial<Record<EntryType, Track>> = {
  [EntryType.CONSULT]: Track.QUARTER_TO_TWELVE,
  [EntryType.PROTECTION_REQUEST]: Track.FIVE_TO_TWELVE,
};

/** The participant role of a referrer's organisation. */
const REFERRER_PARTICIPATION: Partial<Record<Role, ParticipantRole>> = {
  [Role.LOCAL_TEAM]: ParticipantRole.LOCAL_TEAM,
  [Role.VEILIG_THUIS]: ParticipantRole.VEILIG_THUIS,
  [Role.YOUTH_PROTECTOR]: ParticipantRole.GI,
};

type Tx = Prisma.TransactionClient;

/**
 * Files a referral: in one transaction the case (with its number), the family, the referral with its
 * safety plan, the participants who always take part (referrer, Raad, parents, children old enough to
 * be heard, GI where it is a fixed member or ends an OTS) and the audit row. Then the case's process
 * is started through the engine port; should that fail, the case is due for the sweeper
 * (src/cases/process-start), which tries again until it runs.
 */
@Injectable()
export class ReferralFilingService {
  constructor(
    private readonly audit: AuditService,
    private readonly prisma: PrismaService,
    private readonly starter: CaseProcessStarter,
    private readonly startClaims: ProcessStartClaims,
  ) {}

  /**
   * Files the referral. `alongside` runs in the filing's own transaction once the case exists (sending
   * a draft deletes the draft there), so that both happen or neither does.
   */
  async file(actor: Actor, dto: FileReferralDto, alongside?: (tx: Tx, caseId: string) => Promise<void>): Promise<FiledReferral> {
    let filed: Omit<FiledReferral, 'processInstanceKey'>;
    try {
      filed = await this.prisma.$transaction(async (tx) => {
        const created = await this.create(tx, actor, dto);
        await alongside?.(tx, created.caseId);
        return created;
      });
    } catch (error) {
      if (error instanceof DomainError) {
        const outcome = error instanceof FilingNotPermittedError ? AuditOutcome.Denied : AuditOutcome.Failed;
        await this.audit.recordAlone(actor, { action: 'FILE_REFERRAL', details: { code: error.code, entryType: dto.entryType }, outcome, resource: 'referral' });
      }
      throw error;
    }
    const processInstanceKey = await this.starter.start(filed.caseId);
    return { ...filed, processInstanceKey };
  }

  private async create(tx: Tx, actor: Actor, dto: FileReferralDto): Promise<Omit<FiledReferral, 'processInstanceKey'>> {
    const municipality = await tx.municipality.findUnique({ include: { region: true }, where: { id: dto.municipalityId } });
    if (!municipality) throw new UnknownMunicipalityError();
    const region = municipality.region;
    const membership = decideFiling(actor.principal, region.id, dto.entryType, dto.organisationId);
    if (!membership) throw new FilingNotPermittedError(dto.entryType);
    if (dto.entryType === EntryType.OTS_CLOSURE_REVIEW && !region.otsReviewEnabled) throw new OtsReviewNotOfferedError(region.name);
    const tableId = await this.chooseTable(tx, region, municipality.tableId, dto.tableId);
    const coReferrerRole = dto.coReferrerOrganisationId ? await this.coReferrerRole(tx, dto.coReferrerOrganisationId, membership) : undefined;

    const now = new Date();
    const caseId = randomUUID();
    const caseNumber = await nextCaseNumber(tx, now);
    const track = dto.track ?? DEFAULT_TRACK[dto.entryType] ?? null;
    await tx.case.create({ data: { caseNumber, entryType: dto.entryType, id: caseId, municipalityId: municipality.id, referredAt: now, regionId: region.id, tableId, track, ...this.startClaims.dueAtFiling(now) } });

    const today = dutchToday(now);
    const children = dto.children.map((child) => ({ ...child, birthDate: new Date(`${child.birthDate}T00:00:00Z`), caseId, id: randomUUID() }));
    const parents = dto.parents.map((parent) => ({ ...parent, caseId, id: randomUUID() }));
    const supportPersons = (dto.supportPersons ?? []).map((person) => ({ ...person, caseId, id: randomUUID(), receivesDocuments: region.supportPersonsReceiveDocuments }));
    await tx.child.createMany({ data: children });
    await tx.parent.createMany({ data: parents });
    if (supportPersons.length > 0) await tx.supportPerson.createMany({ data: supportPersons });
    await tx.referral.create({
      data: {
        caseId,
        childVoice: dto.childVoice,
        coReferrerOrganisationId: dto.coReferrerOrganisationId ?? null,
        familySituation: dto.familySituation,
        filedAt: now,
        helpSoFar: dto.helpSoFar,
        parentsCoWrote: dto.parentsCoWrote,
        parentsReadReferral: dto.parentsReadReferral,
        parentsView: dto.parentsView,
        referrerId: actor.principal.userId,
        referrerOrganisationId: membership.organisationId,
        safetyAgreements: dto.safetyPlan.agreements ?? null,
        safetyNoAgreementsReason: dto.safetyPlan.noAgreementsReason ?? null,
        safetyStepsIfNotKept: dto.safetyPlan.stepsIfNotKept,
        worries: dto.worries,
      },
    });
    if (dto.entryType === EntryType.OTS_CLOSURE_REVIEW && dto.otsClosure) {
      await tx.otsClosureReview.create({
        data: {
          caseId,
          giOrganisationId: membership.organisationId,
          intendedEndDate: new Date(`${dto.otsClosure.intendedEndDate}T00:00:00Z`),
          intention: dto.otsClosure.intention,
          supervisionEndsOn: new Date(`${dto.otsClosure.supervisionEndsOn}T00:00:00Z`),
          youthProtectorId: actor.principal.userId,
        },
      });
    }

    const participants: Prisma.ParticipantCreateManyInput[] = [
      { caseId, organisationId: membership.organisationId, role: ParticipantRole.REFERRER, userId: actor.principal.userId },
      ...parents.map((parent) => ({ caseId, parentId: parent.id, role: ParticipantRole.PARENT })),
      ...children.filter((child) => ageOn(child.birthDate.toISOString().slice(0, 10), today) >= region.childHeardMinAge).map((child) => ({ caseId, childId: child.id, role: ParticipantRole.CHILD })),
      ...supportPersons.map((person) => ({ caseId, role: ParticipantRole.SUPPORT_PERSON, supportPersonId: person.id })),
    ];
    if (coReferrerRole) participants.push({ caseId, organisationId: dto.coReferrerOrganisationId, role: coReferrerRole });
    participants.push(...(await this.standingParticipants(tx, caseId, region, membership, dto.entryType)));
    await tx.participant.createMany({ data: participants });

    await this.audit.record(tx, actor, {
      action: 'FILE_REFERRAL',
      caseId,
      details: { caseNumber, children: children.length, entryType: dto.entryType, parents: parents.length },
      onBehalfOf: onBehalfOf(membership),
      outcome: AuditOutcome.Allowed,
      resource: 'referral',
    });
    return { caseId, caseNumber, regionId: region.id, status: CaseStatus.FILED, tableId };
  }

  /** The requested table when it is the region's, else the municipality's own table, else the region's first. */
  private async chooseTable(tx: Tx, region: { id: string; name: string }, municipalityTableId: string | null, requested?: string): Promise<string> {
    const tables = await tx.table.findMany({ orderBy: { code: 'asc' }, select: { id: true }, where: { active: true, regionId: region.id } });
    const ids = tables.map((table) => table.id);
    if (requested) {
      if (!ids.includes(requested)) throw new TableNotInRegionError();
      return requested;
    }
    if (municipalityTableId && ids.includes(municipalityTableId)) return municipalityTableId;
    if (ids.length === 0) throw new RegionWithoutTableError(region.name);
    return ids[0];
  }

  /** A school or care provider refers only together with the local team (domain.md, "Who takes part"). */
  private async coReferrerRole(tx: Tx, organisationId: string, membership: Membership): Promise<ParticipantRole> {
    const organisation = await tx.organisation.findUnique({ select: { kind: true }, where: { id: organisationId } });
    if (membership.role !== Role.LOCAL_TEAM) throw new CoReferrerNotAllowedError();
    if (organisation?.kind === OrganisationKind.SCHOOL) return ParticipantRole.SCHOOL;
    if (organisation?.kind === OrganisationKind.CARE_PROVIDER) return ParticipantRole.CARE_PROVIDER;
    throw new CoReferrerNotAllowedError();
  }

  /**
   * Who always takes part, as organisations until a person is named: the Raad of the region; the GI
   * when it is a fixed member of the region's table (and the referrer's own GI at an OTS-closure review).
   */
  private async standingParticipants(tx: Tx, caseId: string, region: { giFixedMember: boolean; id: string }, membership: Membership, entryType: EntryType): Promise<Prisma.ParticipantCreateManyInput[]> {
    const kinds = [OrganisationKind.RAAD, ...(region.giFixedMember ? [OrganisationKind.GI] : [])];
    const organisations = await tx.organisation.findMany({ orderBy: { code: 'asc' }, select: { id: true, kind: true }, where: { kind: { in: kinds }, regionId: region.id } });
    const rows: Prisma.ParticipantCreateManyInput[] = [];
    const raad = organisations.find((organisation) => organisation.kind === OrganisationKind.RAAD);
    if (raad) rows.push({ caseId, organisationId: raad.id, role: ParticipantRole.RAAD });
    const referrerRole = REFERRER_PARTICIPATION[membership.role];
    const gi = entryType === EntryType.OTS_CLOSURE_REVIEW ? undefined : organisations.find((organisation) => organisation.kind === OrganisationKind.GI);
    if (gi && !(referrerRole === ParticipantRole.GI && gi.id === membership.organisationId)) rows.push({ caseId, organisationId: gi.id, role: ParticipantRole.GI });
    return rows;
  }
}
