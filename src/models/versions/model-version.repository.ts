import { Injectable } from '@nestjs/common';
import { PrismaService } from '../../database/prisma.service';
import { ModelVersion, Prisma } from '../../generated/prisma/client';

type Transaction = Prisma.TransactionClient;

/** A version as lists show it: everything but the XML. */
export const VERSION_SUMMARY = {
  authorName: true,
  bpmnProcessId: true,
  checksum: true,
  comment: true,
  createdAt: true,
  errorCount: true,
  id: true,
  name: true,
  number: true,
  origin: true,
  restoredFrom: true,
  warningCount: true,
} as const satisfies Prisma.ModelVersionSelect;

export type VersionSummary = Prisma.ModelVersionGetPayload<{ select: typeof VERSION_SUMMARY }>;

/** Stores and reads model versions; numbers count up per model under a lock, so two saves never share one. */
@Injectable()
export class ModelVersionRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** Adds the next version of a model inside the caller's transaction. */
  async append(tx: Transaction, data: Omit<Prisma.ModelVersionUncheckedCreateInput, 'number'>): Promise<ModelVersion> {
    await this.lock(tx, data.bpmnProcessId);
    const last = await tx.modelVersion.findFirst({ orderBy: { number: 'desc' }, select: { number: true }, where: { bpmnProcessId: data.bpmnProcessId } });
    return tx.modelVersion.create({ data: { ...data, number: (last?.number ?? 0) + 1 } });
  }

  /** Serialises writers of one model's versions until the transaction ends. */
  async lock(tx: Transaction, processId: string): Promise<void> {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`jbt-model:${processId}`}))`;
  }

  latest(processId: string, tx: Transaction = this.prisma): Promise<ModelVersion | null> {
    return tx.modelVersion.findFirst({ orderBy: { number: 'desc' }, where: { bpmnProcessId: processId } });
  }

  find(processId: string, number: number): Promise<ModelVersion | null> {
    return this.prisma.modelVersion.findUnique({ where: { bpmnProcessId_number: { bpmnProcessId: processId, number } } });
  }

  list(processId: string): Promise<VersionSummary[]> {
    return this.prisma.modelVersion.findMany({ orderBy: { number: 'desc' }, select: VERSION_SUMMARY, where: { bpmnProcessId: processId } });
  }

  /** The newest version of every model. */
  async latestOfEach(): Promise<VersionSummary[]> {
    const rows = await this.prisma.modelVersion.findMany({ distinct: ['bpmnProcessId'], orderBy: [{ bpmnProcessId: 'asc' }, { number: 'desc' }], select: VERSION_SUMMARY });
    return rows;
  }

  async countsByModel(): Promise<Map<string, number>> {
    const groups = await this.prisma.modelVersion.groupBy({ _count: { _all: true }, by: ['bpmnProcessId'] });
    return new Map(groups.map((group) => [group.bpmnProcessId, group._count._all]));
  }

  /** The newest version with this content, to name the version a deployment runs. */
  async numberOfContent(processId: string, checksum: string): Promise<number | null> {
    const row = await this.prisma.modelVersion.findFirst({ orderBy: { number: 'desc' }, select: { number: true }, where: { bpmnProcessId: processId, checksum } });
    return row?.number ?? null;
  }
}
