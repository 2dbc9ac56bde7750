import { Injectable } from '@nestjs/common';
import { AuditOutcome, AuditService } from '../../audit/audit.service';
import { onBehalfOf } from '../../auth/access-policy';
import { Actor, Membership } from '../../auth/principal';
import { PrismaService } from '../../database/prisma.service';
import { EngineError } from '../../engine/engine.errors';
import { ProcessEngine } from '../../engine/process-engine.port';
import { isEngineKey, ProcessHistory } from '../../engine/process-history.port';
import { DomainError, ErrorKind } from '../../errors/domain-error';
import {
  IncidentNotFoundError,
  IncidentNotRetryableError,
  MonitoredCaseNotFoundError,
  MonitoringForbiddenError,
  ProcessNotRunningError,
  ProcessNotStartedError,
} from '../monitoring.errors';
import { monitoringScope, scopeCovers } from '../monitoring-access.policy';

/** Retries a failed job gets back when an operator retries its incident: one more attempt. */
export const RETRY_RETRIES = 1;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The operator's interventions in a case's process: retry an incident (give the failed job a retry
 * back, which resolves the incident) and cancel the process. Only managers and administrators of the
 * case's region may do them; each needs a reason, and every attempt, also a refused or failed one,
 * is written to the audit log with that reason. What is found is read from ProcessHistory; only the
 * two commands go to ProcessEngine.
 */
@Injectable()
export class ProcessOperationsService {
  constructor(
    private readonly audit: AuditService,
    private readonly engine: ProcessEngine,
    private readonly history: ProcessHistory,
    private readonly prisma: PrismaService,
  ) {}

  async retryIncident(actor: Actor, incidentKey: string, reason: string): Promise<{ incidentKey: string; jobKey: string | null; retries: number | null }> {
    const entry = { action: 'RETRY_INCIDENT', resource: 'incident' };
    const membership = await this.operator(actor, entry, { incidentKey, reason });
    const [incident] = isEngineKey(incidentKey) ? await this.history.incidentDetails({ keys: [incidentKey], state: 'ACTIVE' }) : [];
    const owner = incident ? await this.caseOf(incident.rootProcessInstanceKey) : null;
    if (!incident || !owner || !this.covers(actor, owner.regionId)) {
      await this.audit.recordAlone(actor, { ...entry, caseId: owner?.id ?? null, details: { incidentKey, reason, refused: 'NOT_FOUND' }, outcome: AuditOutcome.Denied });
      throw new IncidentNotFoundError();
    }
    const details = { elementId: incident.elementId, errorType: incident.errorType, incidentKey, jobKey: incident.jobKey, processInstanceKey: incident.processInstanceKey, reason };
    const jobKey = incident.jobKey;
    await this.attempt(actor, { ...entry, caseId: owner.id, details, onBehalfOf: onBehalfOf(membership) }, async () => {
      // Only a failed job can be tried again; the engine resolves its incident when it gets retries.
      if (!jobKey) throw new IncidentNotRetryableError();
      await this.engine.retryJob(jobKey, RETRY_RETRIES);
    });
    return { incidentKey, jobKey, retries: RETRY_RETRIES };
  }

  async cancelProcess(actor: Actor, caseId: string, reason: string): Promise<{ processInstanceKey: string }> {
    const entry = { action: 'CANCEL_CASE_PROCESS', resource: 'case_process' };
    const membership = await this.operator(actor, entry, { caseId, reason });
    const found = UUID.test(caseId) ? await this.prisma.case.findUnique({ select: { id: true, processInstanceKey: true, regionId: true }, where: { id: caseId } }) : null;
    if (!found || !this.covers(actor, found.regionId)) {
      await this.audit.recordAlone(actor, { ...entry, caseId: found?.id ?? null, details: { reason, refused: 'NOT_FOUND' }, outcome: AuditOutcome.Denied });
      throw new MonitoredCaseNotFoundError();
    }
    const processInstanceKey = found.processInstanceKey;
    const audited = { ...entry, caseId, details: { processInstanceKey, reason }, onBehalfOf: onBehalfOf(membership) };
    await this.attempt(actor, audited, async () => {
      if (!processInstanceKey) throw new ProcessNotStartedError();
      const [overview] = await this.history.rootInstanceOverviews([processInstanceKey]);
      if (overview && overview.state !== 'ACTIVE') throw new ProcessNotRunningError();
      await this.engine.cancelInstance(processInstanceKey, reason);
    });
    return { processInstanceKey: processInstanceKey! };
  }

  /** The membership under which the actor operates; a refusal is audited. */
  private async operator(actor: Actor, entry: { action: string; resource: string }, details: Record<string, string>): Promise<Membership> {
    const scope = monitoringScope(actor.principal, 'operate');
    if (!scope) {
      await this.audit.recordAlone(actor, { ...entry, details: { ...details, refused: 'ROLE' }, outcome: AuditOutcome.Denied });
      throw new MonitoringForbiddenError('operations');
    }
    return scope.membership;
  }

  private covers(actor: Actor, regionId: string): boolean {
    const scope = monitoringScope(actor.principal, 'operate');
    return scope !== null && scopeCovers(scope, regionId);
  }

  private async caseOf(processInstanceKey: string) {
    return this.prisma.case.findUnique({ select: { id: true, regionId: true }, where: { processInstanceKey } });
  }

  /** Runs the engine command and audits its outcome: ALLOWED when done, FAILED (with the error's code) when not. */
  private async attempt(actor: Actor, entry: { action: string; caseId: string; details: Record<string, string | null>; onBehalfOf: string | null; resource: string }, command: () => Promise<void>): Promise<void> {
    try {
      await command();
    } catch (error) {
      const code = error instanceof DomainError || error instanceof EngineError ? error.code : 'ENGINE_ERROR';
      await this.audit.recordAlone(actor, { ...entry, details: { ...entry.details, code }, outcome: AuditOutcome.Failed });
      // The engine said no (already resolved, cancelled meanwhile, unreachable): a conflict to show, not a crash.
      if (error instanceof EngineError) throw new DomainError(error.code, ErrorKind.Conflict, error.message);
      throw error;
    }
    await this.audit.recordAlone(actor, { ...entry, outcome: AuditOutcome.Allowed });
  }
}
