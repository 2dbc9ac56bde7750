import { Injectable } from '@nestjs/common';
import { AuditOutcome, AuditService } from '../../audit/audit.service';
import { REFERRER_ROLES } from '../../auth/access-policy';
import { Actor } from '../../auth/principal';
import { PrismaService } from '../../database/prisma.service';
import { DomainError } from '../../errors/domain-error';
import { Prisma } from '../../generated/prisma/client';
import { FileReferralDto } from '../dto/file-referral.dto';
import { FiledReferral, ReferralFilingService } from '../referral-filing.service';
import { ReferralDraftNotFoundError, ReferralDraftNotPermittedError } from './referral-draft.errors';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const RESOURCE = 'referral_draft';

export interface ReferralDraftView {
  content: Record<string, unknown>;
  createdAt: Date;
  id: string;
  updatedAt: Date;
}

/** A draft in the author's list: enough to recognise it, without opening it. */
export interface ReferralDraftSummary {
  childrenNames: string[];
  createdAt: Date;
  entryType: string | null;
  id: string;
  updatedAt: Date;
}

type Tx = Prisma.TransactionClient;

/**
 * Referral drafts: kept server-side for their author only (another user's draft answers "not
 * found"), resumed and saved as often as needed, deleted by the author or by sending. A draft has
 * no case and starts no process; sending files the referral with the same rules as the API and
 * deletes the draft in the filing's transaction. Every read and change is audited (resource
 * referral_draft, the draft's id in the details; a draft has no case yet).
 */
@Injectable()
export class ReferralDraftService {
  constructor(
    private readonly audit: AuditService,
    private readonly filing: ReferralFilingService,
    private readonly prisma: PrismaService,
  ) {}

  list(actor: Actor): Promise<ReferralDraftSummary[]> {
    return this.audited(actor, 'LIST_REFERRAL_DRAFTS', null, async (tx) => {
      const drafts = await tx.referralDraft.findMany({ orderBy: [{ updatedAt: 'desc' }, { id: 'asc' }], where: { authorId: actor.principal.userId } });
      return { details: { count: drafts.length }, value: drafts.map((draft) => summary(draft)) };
    });
  }

  create(actor: Actor, content: Record<string, unknown>): Promise<ReferralDraftView> {
    return this.audited(actor, 'CREATE_REFERRAL_DRAFT', null, async (tx) => {
      const draft = await tx.referralDraft.create({ data: { authorId: actor.principal.userId, content: content as Prisma.InputJsonObject } });
      return { details: { draftId: draft.id }, value: view(draft) };
    });
  }

  get(actor: Actor, draftId: string): Promise<ReferralDraftView> {
    return this.own(actor, draftId, 'READ_REFERRAL_DRAFT', async (tx, draft) => view(draft));
  }

  save(actor: Actor, draftId: string, content: Record<string, unknown>): Promise<ReferralDraftView> {
    return this.own(actor, draftId, 'SAVE_REFERRAL_DRAFT', async (tx, draft) => view(await tx.referralDraft.update({ data: { content: content as Prisma.InputJsonObject }, where: { id: draft.id } })));
  }

  async delete(actor: Actor, draftId: string): Promise<void> {
    await this.own(actor, draftId, 'DELETE_REFERRAL_DRAFT', async (tx, draft) => {
      await tx.referralDraft.delete({ where: { id: draft.id } });
    });
  }

  /**
   * Sends a draft whose content the caller has validated as a complete referral (FileReferralDto):
   * the referral is filed and the draft deleted in one transaction, then the case's process starts.
   * A draft deleted or sent meanwhile (another tab) files nothing.
   */
  async send(actor: Actor, draftId: string, referral: FileReferralDto): Promise<FiledReferral> {
    if (!UUID.test(draftId)) throw new ReferralDraftNotFoundError();
    return this.filing.file(actor, referral, async (tx, caseId) => {
      const removed = await tx.referralDraft.deleteMany({ where: { authorId: actor.principal.userId, id: draftId } });
      if (removed.count === 0) throw new ReferralDraftNotFoundError();
      await this.audit.record(tx, actor, { action: 'SEND_REFERRAL_DRAFT', caseId, details: { draftId }, outcome: AuditOutcome.Allowed, resource: RESOURCE });
    });
  }

  /** Runs an operation on one of the actor's own drafts; anyone else's draft is "not found". */
  private own<T>(actor: Actor, draftId: string, action: string, work: (tx: Tx, draft: DraftRow) => Promise<T>): Promise<T> {
    return this.audited(actor, action, draftId, async (tx) => {
      const draft = UUID.test(draftId) ? await tx.referralDraft.findFirst({ where: { authorId: actor.principal.userId, id: draftId } }) : null;
      if (!draft) throw new ReferralDraftNotFoundError();
      return { details: { draftId: draft.id }, value: await work(tx, draft) };
    });
  }

  /**
   * One transaction with its audit row. A refusal (no referrer role, not one's own draft) changes
   * nothing and is still on record, with the draft's id only when it is one.
   */
  private async audited<T>(actor: Actor, action: string, draftId: string | null, work: (tx: Tx) => Promise<{ details: Prisma.InputJsonObject; value: T }>): Promise<T> {
    try {
      if (!actor.principal.memberships.some((m) => REFERRER_ROLES.includes(m.role))) throw new ReferralDraftNotPermittedError();
      return await this.prisma.$transaction(async (tx) => {
        const done = await work(tx);
        await this.audit.record(tx, actor, { action, details: done.details, outcome: AuditOutcome.Allowed, resource: RESOURCE });
        return done.value;
      });
    } catch (error) {
      if (error instanceof DomainError) {
        await this.audit.recordAlone(actor, { action, details: { code: error.code, draftId: draftId && UUID.test(draftId) ? draftId : null }, outcome: AuditOutcome.Denied, resource: RESOURCE });
      }
      throw error;
    }
  }
}

type DraftRow = { content: Prisma.JsonValue; createdAt: Date; id: string; updatedAt: Date };

function contentOf(draft: DraftRow): Record<string, unknown> {
  return draft.content && typeof draft.content === 'object' && !Array.isArray(draft.content) ? (draft.content as Record<string, unknown>) : {};
}

function view(draft: DraftRow): ReferralDraftView {
  return { content: contentOf(draft), createdAt: draft.createdAt, id: draft.id, updatedAt: draft.updatedAt };
}

function summary(draft: DraftRow): ReferralDraftSummary {
  const content = contentOf(draft);
  const children = Array.isArray(content.children) ? content.children : [];
  const childrenNames = children
    .map((child) => (child && typeof child === 'object' ? (child as Record<string, unknown>).givenName : undefined))
    .filter((name): name is string => typeof name === 'string' && name.trim() !== '');
  return { childrenNames, createdAt: draft.createdAt, entryType: typeof content.entryType === 'string' ? content.entryType : null, id: draft.id, updatedAt: draft.updatedAt };
}
