import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { Camunda8 } from '@camunda8/sdk';
import { EngineError, EngineErrorCode } from '../engine.errors';
import {
  Deployment,
  DeploymentResource,
  ElementInstanceFilter,
  EngineJob,
  EngineVariables,
  IncidentFilter,
  InstanceFilter,
  JobHandler,
  JobWorkerOptions,
  MessageToPublish,
  StartedInstance,
  Topology,
  VariableFilter,
  WorkerHandle,
} from '../engine.types';
import { ElementStatisticsFilter, IncidentDetailFilter, ProcessDefinitionFilter, RootInstanceKeyFilter } from '../engine-monitoring.types';
import { ProcessEngine } from '../process-engine.port';
import { ZEEBE_CONNECTION, ZeebeConnection } from './zeebe-connection';
import { toEngineError } from './zeebe-error-mapping';
import { ZeebeHistoryReader } from './zeebe-history.reader';
import { ZeebeMonitoringReader } from './zeebe-monitoring.reader';

/**
 * The ProcessEngine port on Zeebe through @camunda8/sdk: gRPC for deployments, instances, messages
 * and job streaming (the SDK backs the stream with a periodic poll, so jobs that became activatable
 * before the stream opened or after a timeout are still picked up); REST for Camunda user tasks;
 * the actuator for the clock; and the PostgreSQL history the exporter writes for search.
 */
@Injectable()
export class ZeebeProcessEngine extends ProcessEngine implements OnApplicationShutdown {
  private readonly logger = new Logger('ZeebeEngine');
  private readonly camunda: Camunda8;
  private readonly grpc: ReturnType<Camunda8['getZeebeGrpcApiClient']>;
  private readonly rest: ReturnType<Camunda8['getCamundaRestClient']>;
  private closed = false;

  constructor(
    @Inject(ZEEBE_CONNECTION) private readonly connection: ZeebeConnection,
    private readonly history: ZeebeHistoryReader,
    private readonly monitoring: ZeebeMonitoringReader,
  ) {
    super();
    const oauth = connection.oauth;
    this.camunda = new Camunda8({
      CAMUNDA_AUTH_STRATEGY: oauth ? 'OAUTH' : 'NONE',
      // The SDK logs every cancelled stream at shutdown as an error; our own logs say what matters.
      CAMUNDA_LOG_LEVEL: 'none',
      ZEEBE_CLIENT_LOG_LEVEL: 'NONE',
      CAMUNDA_OAUTH_URL: oauth?.url,
      CAMUNDA_TOKEN_DISK_CACHE_DISABLE: true,
      ZEEBE_CLIENT_ID: oauth?.clientId,
      ZEEBE_CLIENT_SECRET: oauth?.clientSecret,
      ZEEBE_GRPC_ADDRESS: `${oauth ? 'grpcs' : 'grpc'}://${connection.grpcAddress.replace(/^grpcs?:\/\//, '')}`,
      ZEEBE_REST_ADDRESS: connection.restAddress,
      ZEEBE_TOKEN_AUDIENCE: oauth?.audience,
    } as ConstructorParameters<typeof Camunda8>[0]);
    this.grpc = this.camunda.getZeebeGrpcApiClient();
    this.rest = this.camunda.getCamundaRestClient();
  }

  async deploy(resources: DeploymentResource[]): Promise<Deployment> {
    try {
      const response = await this.grpc.deployResources(
        resources.map((resource) => ({ name: resource.name, process: Buffer.from(resource.content) })),
      );
      return {
        key: String(response.key),
        processes: (response.deployments as { process?: RawDeployedProcess }[])
          .flatMap((entry) => (entry.process ? [entry.process] : []))
          .map((process) => ({
            bpmnProcessId: process.bpmnProcessId,
            processDefinitionKey: String(process.processDefinitionKey),
            resourceName: process.resourceName,
            version: Number(process.version),
          })),
      };
    } catch (error) {
      throw toEngineError(error, 'Deploy');
    }
  }

  async createInstance(bpmnProcessId: string, variables: EngineVariables, version?: number): Promise<StartedInstance> {
    try {
      const response = await this.grpc.createProcessInstance({ bpmnProcessId, variables: asJson(variables), version });
      return {
        bpmnProcessId: response.bpmnProcessId,
        processDefinitionKey: String(response.processDefinitionKey),
        processInstanceKey: String(response.processInstanceKey),
        version: Number(response.version),
      };
    } catch (error) {
      throw toEngineError(error, `Start ${bpmnProcessId}`);
    }
  }

  async cancelInstance(processInstanceKey: string): Promise<void> {
    try {
      await this.grpc.cancelProcessInstance(processInstanceKey);
    } catch (error) {
      throw toEngineError(error, `Cancel ${processInstanceKey}`);
    }
  }

  async setVariables(elementInstanceKey: string, variables: EngineVariables, local = false): Promise<void> {
    try {
      await this.grpc.setVariables({ elementInstanceKey, local, variables });
    } catch (error) {
      throw toEngineError(error, `Set variables on ${elementInstanceKey}`);
    }
  }

  async publishMessage(message: MessageToPublish): Promise<void> {
    try {
      await this.grpc.publishMessage({
        correlationKey: message.correlationKey,
        messageId: message.messageId,
        name: message.name,
        timeToLive: message.timeToLiveMs ?? 0,
        variables: asJson(message.variables ?? {}),
      });
    } catch (error) {
      const mapped = toEngineError(error, `Publish ${message.name}`);
      // A message with the same id is still buffered: the first publication counts, this is a retry.
      if (/ALREADY_EXISTS|already published/i.test(mapped.message)) return;
      throw mapped;
    }
  }

  async correlateMessage(message: Omit<MessageToPublish, 'messageId' | 'timeToLiveMs'>): Promise<{ processInstanceKey: string }> {
    try {
      const response = await this.rest.correlateMessage({
        correlationKey: message.correlationKey,
        name: message.name,
        variables: asJson(message.variables ?? {}),
      });
      return { processInstanceKey: String(response.processInstanceKey) };
    } catch (error) {
      throw toEngineError(error, `Correlate ${message.name}`);
    }
  }

  async createWorker(options: JobWorkerOptions, handler: JobHandler): Promise<WorkerHandle> {
    const stream = await this.grpc.streamJobs({
      // An empty list would fetch every variable; a name no model uses fetches none.
      fetchVariables: options.fetchVariables.length > 0 ? options.fetchVariables : [NO_VARIABLES],
      pollInterval: 5000,
      taskHandler: async (job) => {
        const engineJob = toEngineJob(job as unknown as RawJob);
        try {
          const outcome = await handler(engineJob);
          if (outcome.kind === 'complete') return await job.complete(asJson(outcome.variables ?? {}));
          if (outcome.kind === 'bpmn-error') {
            return await job.error({ errorCode: outcome.errorCode, errorMessage: outcome.message, variables: asJson(outcome.variables ?? {}) });
          }
          return await job.fail({ errorMessage: outcome.message, retries: outcome.retries, retryBackOff: outcome.retryBackoffMs });
        } catch (error) {
          const mapped = toEngineError(error, `Report job ${engineJob.key}`);
          // A second report of a job that timed out and was completed elsewhere: the effect happened once.
          if (mapped.code === EngineErrorCode.NotFound) {
            this.logger.debug(`Job ${engineJob.key} (${engineJob.type}) was already reported; ignoring the late answer`);
            return 'JOB_ACTION_ACKNOWLEDGEMENT' as const;
          }
          throw mapped;
        }
      },
      tenantIds: [DEFAULT_TENANT],
      timeout: options.timeoutMs,
      type: options.type,
      worker: options.workerName,
    });
    return { close: async () => stream.close() };
  }

  async updateJobRetries(jobKey: string, retries: number): Promise<void> {
    try {
      await this.grpc.updateJobRetries({ jobKey, retries });
    } catch (error) {
      throw toEngineError(error, `Update retries of job ${jobKey}`);
    }
  }

  async resolveIncident(incidentKey: string): Promise<void> {
    try {
      await this.grpc.resolveIncident({ incidentKey });
    } catch (error) {
      throw toEngineError(error, `Resolve incident ${incidentKey}`);
    }
  }

  async assignUserTask(userTaskKey: string, assignee: string | null): Promise<void> {
    try {
      if (assignee) await this.rest.assignUserTask({ allowOverride: true, assignee, userTaskKey });
      else await this.rest.unassignUserTask({ userTaskKey });
    } catch (error) {
      throw toEngineError(error, `Assign user task ${userTaskKey}`);
    }
  }

  async completeUserTask(userTaskKey: string, variables: EngineVariables): Promise<void> {
    try {
      await this.rest.completeUserTask({ userTaskKey, variables });
    } catch (error) {
      throw toEngineError(error, `Complete user task ${userTaskKey}`);
    }
  }

  searchProcessInstances(filter: InstanceFilter) {
    return this.history.processInstances(filter);
  }

  searchElementInstances(filter: ElementInstanceFilter) {
    return this.history.elementInstances(filter);
  }

  searchIncidents(filter: IncidentFilter) {
    return this.history.incidents(filter);
  }

  searchVariables(filter: VariableFilter) {
    return this.history.variables(filter);
  }

  userTaskChanges(cursor: string | null, limit: number) {
    return this.history.userTaskChanges(cursor, limit);
  }

  onUserTaskChange(listener: () => void) {
    return this.history.listen('zeebe_user_task', listener);
  }

  activeElementCounts() {
    return this.monitoring.activeElementCounts();
  }

  elementStatistics(filter: ElementStatisticsFilter) {
    return this.monitoring.elementStatistics(filter);
  }

  incidentDetails(filter: IncidentDetailFilter) {
    return this.monitoring.incidentDetails(filter);
  }

  instanceTree(rootProcessInstanceKey: string) {
    return this.monitoring.instanceTree(rootProcessInstanceKey);
  }

  processDefinitionXml(processDefinitionKey: string) {
    return this.monitoring.processDefinitionXml(processDefinitionKey);
  }

  processDefinitions(filter?: ProcessDefinitionFilter) {
    return this.monitoring.processDefinitions(filter);
  }

  rootInstanceKeys(filter: RootInstanceKeyFilter) {
    return this.monitoring.rootInstanceKeys(filter);
  }

  rootInstanceOverviews(rootProcessInstanceKeys: string[]) {
    return this.monitoring.rootInstanceOverviews(rootProcessInstanceKeys);
  }

  async topology(): Promise<Topology> {
    try {
      const response = await fetch(`${this.connection.restAddress}/v2/topology`, { signal: AbortSignal.timeout(3000) });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return (await response.json()) as Topology;
    } catch (error) {
      throw new EngineError(EngineErrorCode.Unavailable, `Topology: ${(error as Error).message}`);
    }
  }

  async advanceClock(milliseconds: number): Promise<Date> {
    return this.clock('POST', '/add', { offsetMilli: milliseconds });
  }

  async pinClock(at: Date): Promise<Date> {
    return this.clock('POST', '/pin', { epochMilli: at.getTime() });
  }

  async resetClock(): Promise<void> {
    await this.clock('DELETE', '', undefined);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.close();
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.grpc.close();
    await this.history.close();
    await this.monitoring.close();
  }

  private async clock(method: string, path: string, body: unknown): Promise<Date> {
    if (!this.connection.managementAddress) {
      throw new EngineError(EngineErrorCode.Rejected, 'Clock control needs the management address of the broker');
    }
    const response = await fetch(`${this.connection.managementAddress}/actuator/clock${path}`, {
      body: body === undefined ? undefined : JSON.stringify(body),
      headers: { 'content-type': 'application/json' },
      method,
    });
    if (!response.ok) {
      throw new EngineError(EngineErrorCode.Rejected, `Clock ${method} ${path}: HTTP ${response.status} (is ZEEBE_CLOCK_CONTROLLED true?)`);
    }
    const text = await response.text();
    return text ? new Date((JSON.parse(text) as { epochMilli: number }).epochMilli) : new Date();
  }
}

const NO_VARIABLES = '__jbt_no_variables__';
const DEFAULT_TENANT = '<default>';

// The SDK's JSON type has no null, which the engine accepts; the port's variable type is narrower anyway.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const asJson = (variables: EngineVariables) => variables as Record<string, any>;

interface RawDeployedProcess {
  bpmnProcessId: string;
  processDefinitionKey: string | number;
  resourceName: string;
  version: string | number;
}

interface RawJob {
  bpmnProcessId: string;
  customHeaders: Record<string, string>;
  deadline: string;
  elementId: string;
  elementInstanceKey: string;
  key: string;
  processDefinitionKey?: string;
  processInstanceKey: string;
  retries: number;
  type: string;
  variables: Record<string, unknown>;
  worker: string;
}

function toEngineJob(job: RawJob): EngineJob {
  const variables = { ...job.variables };
  delete variables[NO_VARIABLES];
  return {
    bpmnProcessId: job.bpmnProcessId,
    customHeaders: job.customHeaders ?? {},
    deadline: String(job.deadline),
    elementId: job.elementId,
    elementInstanceKey: String(job.elementInstanceKey),
    key: String(job.key),
    processDefinitionKey: String(job.processDefinitionKey ?? ''),
    processInstanceKey: String(job.processInstanceKey),
    retries: job.retries,
    type: job.type,
    variables,
    worker: job.worker,
  };
}
