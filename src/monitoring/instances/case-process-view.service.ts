import { Injectable } from '@nestjs/common';
import { AuditOutcome, AuditService } from '../../audit/audit.service';
import { onBehalfOf } from '../../auth/access-policy';
import { Actor } from '../../auth/principal';
import { ProcessStartState, processStartStateOf } from '../../cases/process-start/process-start.state';
import { PrismaService } from '../../database/prisma.service';
import { ElementStatistic, FlowStatistic, IncidentDetail, InstanceTree } from '../../engine/engine-monitoring.types';
import { ProcessHistory } from '../../engine/process-history.port';
import { MonitoredCaseNotFoundError, MonitoringForbiddenError } from '../monitoring.errors';
import { monitoringScope, scopeCovers } from '../monitoring-access.policy';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Variable values longer than this are cut: the view is for ids, enums, dates and counts. */
const VALUE_LIMIT = 200;

export interface StepHistoryEntry {
  /** Who completed the step (user tasks), or null for the engine's own steps. */
  completedBy: string | null;
  elementId: string;
  elementName: string;
  elementType: string;
  endDate: string | null;
  key: string;
  processInstanceKey: string;
  startDate: string;
  state: string;
}

export interface CaseProcessView {
  case: {
    caseNumber: string;
    closedAt: string | null;
    id: string;
    municipality: { id: string; name: string };
    referredAt: string;
    region: { id: string; name: string };
    status: string;
    table: { id: string; name: string };
    track: string | null;
  };
  /** Whether the user may retry incidents and cancel the process of this case. */
  canOperate: boolean;
  /** The BPMN XML of the root instance's definition, for the viewer; null without a process. */
  diagramXml: string | null;
  /** Per element of the root instance: active, completed and terminated instances and open incidents. */
  elements: ElementStatistic[];
  /** Per sequence flow of the root instance: how often it was taken. */
  flows: FlowStatistic[];
  history: StepHistoryEntry[];
  incidents: IncidentDetail[];
  openTasks: { assignee: string | null; candidateRole: string | null; dueAt: string | null; elementId: string; id: string; name: string }[];
  process: { bpmnProcessId: string; endDate: string | null; key: string; name: string; processDefinitionKey: string; startDate: string; state: string; version: number } | null;
  /** Without a process: how its start stands (attempts, last error, next attempt). */
  processStart: ProcessStartState | null;
  /** Called processes below the root, by start. */
  subProcesses: { bpmnProcessId: string; endDate: string | null; key: string; name: string; startDate: string; state: string }[];
  variables: { name: string; value: string }[];
}

/**
 * A case's process in the case's terms: the diagram with counts per element and the sequence flows
 * taken, the history of steps with times and the people who did them, incidents with their jobs,
 * the process variables (ids, enums, dates and counts only: design.md decision 3) and open tasks.
 * Reading it is audited like any read of a case.
 */
@Injectable()
export class CaseProcessViewService {
  constructor(
    private readonly audit: AuditService,
    private readonly history: ProcessHistory,
    private readonly prisma: PrismaService,
  ) {}

  async get(actor: Actor, caseId: string): Promise<CaseProcessView> {
    const entry = { action: 'READ_CASE_PROCESS', resource: 'case_process' };
    const access = monitoringScope(actor.principal, 'instances');
    if (!access) {
      await this.audit.recordAlone(actor, { ...entry, caseId: UUID.test(caseId) ? caseId : null, details: { reason: 'ROLE' }, outcome: AuditOutcome.Denied });
      throw new MonitoringForbiddenError('instances');
    }
    const found = UUID.test(caseId)
      ? await this.prisma.case.findUnique({
          select: {
            caseNumber: true,
            closedAt: true,
            id: true,
            municipality: { select: { id: true, name: true } },
            processInstanceKey: true,
            processStartAttemptedAt: true,
            processStartAttempts: true,
            processStartError: true,
            processStartNextAt: true,
            referredAt: true,
            region: { select: { id: true, name: true } },
            status: true,
            table: { select: { id: true, name: true } },
            track: true,
          },
          where: { id: caseId },
        })
      : null;
    if (!found || !scopeCovers(access, found.region.id)) {
      await this.audit.recordAlone(actor, { ...entry, caseId: found ? caseId : null, details: { reason: found ? 'NOT_VISIBLE' : 'NO_SUCH_CASE' }, outcome: AuditOutcome.Denied });
      throw new MonitoredCaseNotFoundError();
    }
    const tree = found.processInstanceKey ? await this.history.instanceTree(found.processInstanceKey) : null;
    const root = tree?.instances[0] ?? null;
    const [diagramXml, flows, history, openTasks] = await Promise.all([
      root ? this.history.processDefinitionXml(root.processDefinitionKey) : Promise.resolve(null),
      root ? this.history.flowStatistics({ processInstanceKeys: [root.key] }) : Promise.resolve([]),
      tree ? this.stepsOf(tree) : Promise.resolve([]),
      this.prisma.userTask.findMany({
        orderBy: [{ dueAt: 'asc' }, { createdAt: 'asc' }],
        select: { assignee: { select: { displayName: true } }, candidateRole: true, dueAt: true, elementId: true, id: true, name: true },
        where: { caseId, state: 'OPEN' },
      }),
    ]);
    const operate = monitoringScope(actor.principal, 'operate');
    await this.audit.record(this.prisma, actor, { ...entry, caseId, details: { processInstanceKey: found.processInstanceKey }, onBehalfOf: onBehalfOf(access.membership), outcome: AuditOutcome.Allowed });
    const { municipality, processInstanceKey: _key, processStartAttemptedAt: _at, processStartAttempts: _attempts, processStartError: _error, processStartNextAt: _next, referredAt, closedAt, region, table, ...rest } = found;
    return {
      canOperate: operate !== null && scopeCovers(operate, found.region.id),
      case: { ...rest, closedAt: closedAt?.toISOString() ?? null, municipality, referredAt: referredAt.toISOString(), region, table },
      diagramXml,
      elements: tree && root ? statisticsOf(tree, root.key) : [],
      flows,
      history,
      incidents: tree?.incidents ?? [],
      openTasks: openTasks.map((task) => ({ assignee: task.assignee?.displayName ?? null, candidateRole: task.candidateRole, dueAt: task.dueAt?.toISOString() ?? null, elementId: task.elementId, id: task.id, name: task.name })),
      process: root
        ? { bpmnProcessId: root.bpmnProcessId, endDate: root.endDate, key: root.key, name: root.name, processDefinitionKey: root.processDefinitionKey, startDate: root.startDate, state: root.state, version: root.version }
        : null,
      processStart: processStartStateOf(found),
      subProcesses: (tree?.instances.slice(1) ?? []).map(({ bpmnProcessId, endDate, key, name, startDate, state }) => ({ bpmnProcessId, endDate, key, name, startDate, state })),
      variables: (tree?.variables ?? []).map((variable) => ({
        name: variable.name,
        value: variable.value.length > VALUE_LIMIT ? `${variable.value.slice(0, VALUE_LIMIT)}…` : variable.value,
      })),
    };
  }

  /** Every step of the tree in time order, with who completed the user tasks (from our task list). */
  private async stepsOf(tree: InstanceTree): Promise<StepHistoryEntry[]> {
    const tasks = await this.prisma.userTask.findMany({
      select: {
        assignee: { select: { displayName: true } },
        elementInstanceKey: true,
        events: { orderBy: { occurredAt: 'desc' }, select: { actor: { select: { displayName: true } } }, take: 1, where: { kind: 'COMPLETED' } },
      },
      where: { processInstanceKey: { in: tree.instances.map((instance) => instance.key) } },
    });
    const completedBy = new Map(tasks.map((task) => [task.elementInstanceKey, task.events[0]?.actor?.displayName ?? task.assignee?.displayName ?? null]));
    return tree.elements
      .filter((element) => element.elementType !== 'MULTI_INSTANCE_BODY')
      .map((element) => ({
        completedBy: completedBy.get(element.key) ?? null,
        elementId: element.elementId,
        elementName: element.elementName,
        elementType: element.elementType,
        endDate: element.endDate,
        key: element.key,
        processInstanceKey: element.processInstanceKey,
        startDate: element.startDate,
        state: element.state,
      }));
  }
}

/** Counts per element of the root instance's own diagram (called processes have diagrams of their own). */
function statisticsOf(tree: InstanceTree, rootKey: string): ElementStatistic[] {
  const statistics = new Map<string, ElementStatistic>();
  const entry = (elementId: string, elementName: string) => {
    let found = statistics.get(elementId);
    if (!found) statistics.set(elementId, (found = { active: 0, completed: 0, elementId, elementName, incidents: 0, terminated: 0 }));
    return found;
  };
  for (const element of tree.elements.filter((candidate) => candidate.processInstanceKey === rootKey && candidate.elementType !== 'MULTI_INSTANCE_BODY')) {
    const counts = entry(element.elementId, element.elementName);
    if (element.state === 'ACTIVE') counts.active++;
    else if (element.state === 'COMPLETED') counts.completed++;
    else counts.terminated++;
  }
  for (const incident of tree.incidents.filter((candidate) => candidate.processInstanceKey === rootKey && candidate.state === 'ACTIVE' && candidate.elementId)) {
    entry(incident.elementId, incident.elementName).incidents++;
  }
  return [...statistics.values()].sort((a, b) => a.elementId.localeCompare(b.elementId));
}
