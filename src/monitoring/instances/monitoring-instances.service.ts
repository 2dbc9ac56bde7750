import { Injectable } from '@nestjs/common';
import { AuditOutcome, AuditService } from '../../audit/audit.service';
import { onBehalfOf } from '../../auth/access-policy';
import { Actor } from '../../auth/principal';
import { ProcessStartState, processStartStateOf } from '../../cases/process-start/process-start.state';
import { PrismaService } from '../../database/prisma.service';
import { CaseNorm, normOf } from '../../deadlines/norm-status';
import { ActiveStep, RootInstanceOverview } from '../../engine/engine-monitoring.types';
import { ProcessHistory } from '../../engine/process-history.port';
import { DecisionOutcome, Track } from '../../generated/prisma/enums';
import { caseScopeOf } from '../case-scope';
import { ListInstancesQuery } from '../dto/list-instances.query';
import { MonitoringForbiddenError } from '../monitoring.errors';
import { monitoringScope, MonitoringPurpose } from '../monitoring-access.policy';
import { EngineKeys, InstancesRepository } from './instances.repository';

/** A case as the instance list shows it: no personal data, where its process stands. */
export interface InstanceListItem {
  caseId: string;
  caseNumber: string;
  closedAt: string | null;
  municipality: { id: string; name: string };
  /** The planning norm: its date, days left and status (src/deadlines/norm-status.ts); null without one. */
  norm: CaseNorm | null;
  outcome: string | null;
  /** The earliest deadline or task due date that passed unmet, for a running case. */
  overdueSince: string | null;
  process: {
    currentSteps: ActiveStep[];
    endDate: string | null;
    incidents: number;
    key: string;
    startDate: string | null;
    state: RootInstanceOverview['state'] | 'UNKNOWN';
  } | null;
  /** For a case without a process: how its start stands (attempts, last error, next attempt). */
  processStart: ProcessStartState | null;
  referredAt: string;
  region: { id: string; name: string };
  status: string;
  table: { id: string; name: string };
  track: string | null;
}

export interface InstanceList {
  items: InstanceListItem[];
  limit: number;
  offset: number;
  total: number;
}

/**
 * The list of running and finished cases: filtered and paged on the case record, narrowed by the
 * engine where a filter is about the process (running, finished, current step, incident), and each
 * row of the page completed with its process's state from the engine's history (ProcessHistory). The
 * two databases are joined here by process instance key, one batch per page.
 */
@Injectable()
export class MonitoringInstancesService {
  constructor(
    private readonly audit: AuditService,
    private readonly history: ProcessHistory,
    private readonly prisma: PrismaService,
    private readonly repository: InstancesRepository,
  ) {}

  async list(actor: Actor, query: ListInstancesQuery): Promise<InstanceList> {
    const access = await this.requireScope(actor, 'instances', 'LIST_MONITORED_CASES');
    const keys = await this.engineKeys(query);
    const now = new Date();
    const { rows, total } = keys && 'only' in keys && keys.only.length === 0 ? { rows: [], total: 0 } : await this.repository.page(caseScopeOf(access, query), query, keys, now);
    const instanceKeys = rows.flatMap((row) => (row.processInstanceKey ? [row.processInstanceKey] : []));
    const overviews = new Map((await this.history.rootInstanceOverviews(instanceKeys)).map((overview) => [overview.key, overview]));
    await this.audit.recordMany(
      this.prisma,
      actor,
      rows.map((row) => ({ action: 'LIST_MONITORED_CASES', caseId: row.id, onBehalfOf: onBehalfOf(access.membership), outcome: AuditOutcome.Allowed, resource: 'case_process' })),
    );
    const items = rows.map((row): InstanceListItem => {
      const overview = row.processInstanceKey ? overviews.get(row.processInstanceKey) : undefined;
      return {
        caseId: row.id,
        caseNumber: row.caseNumber,
        closedAt: row.closedAt?.toISOString() ?? null,
        municipality: { id: row.municipalityId, name: row.municipalityName },
        norm: normOf(row, now),
        outcome: row.outcome,
        overdueSince: row.overdueSince?.toISOString() ?? null,
        process: row.processInstanceKey
          ? {
              currentSteps: overview?.activeSteps ?? [],
              endDate: overview?.endDate ?? null,
              incidents: overview?.incidents ?? 0,
              key: row.processInstanceKey,
              startDate: overview?.startDate ?? null,
              state: overview?.state ?? 'UNKNOWN',
            }
          : null,
        processStart: processStartStateOf(row),
        referredAt: row.referredAt.toISOString(),
        region: { id: row.regionId, name: row.regionName },
        status: row.status,
        table: { id: row.tableId, name: row.tableName },
        track: row.track,
      };
    });
    return { items, limit: query.limit, offset: query.offset, total };
  }

  /** What the filters of the list can choose from: the user's regions with their tables and municipalities, and the steps where cases stand. */
  async options(actor: Actor) {
    const access = await this.requireScope(actor, 'figures', 'READ_MONITORING_OPTIONS');
    const regions = await this.prisma.region.findMany({
      orderBy: { name: 'asc' },
      select: {
        id: true,
        municipalities: { orderBy: { name: 'asc' }, select: { id: true, name: true, tableId: true } },
        name: true,
        tables: { orderBy: { name: 'asc' }, select: { id: true, name: true } },
      },
      where: access.all ? {} : { id: { in: access.regionIds } },
    });
    const mayListCases = monitoringScope(actor.principal, 'instances') !== null;
    const steps = mayListCases ? await this.history.activeElementCounts() : [];
    return {
      outcomes: Object.values(DecisionOutcome),
      regions,
      // Counts of waiting cases per step cover every region, so they are not sent: only the steps.
      steps: [...new Map(steps.map((step) => [step.elementId, { elementId: step.elementId, elementName: step.elementName }])).values()],
      tracks: Object.values(Track),
    };
  }

  /** The engine's part of the filters, as the set of process instances to keep or to leave out. */
  private async engineKeys(query: ListInstancesQuery): Promise<EngineKeys> {
    const step = query.step || undefined;
    if (query.state === 'finished') {
      if (step || query.incident) return { only: [] };
      return { except: await this.history.rootInstanceKeys({ state: 'ACTIVE' }) };
    }
    if (query.state === 'running' || step || query.incident) {
      return { only: await this.history.rootInstanceKeys({ activeElementId: step, state: query.state === 'running' ? 'ACTIVE' : undefined, withIncident: query.incident || undefined }) };
    }
    return null;
  }

  private async requireScope(actor: Actor, purpose: MonitoringPurpose, action: string) {
    const access = monitoringScope(actor.principal, purpose);
    if (!access) {
      await this.audit.recordAlone(actor, { action, details: { reason: 'ROLE' }, outcome: AuditOutcome.Denied, resource: 'monitoring' });
      throw new MonitoringForbiddenError(purpose);
    }
    return access;
  }
}
