import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { ENGINE_CONNECTION, EngineConnection } from '../engine-connection';
import { EngineError, EngineErrorCode } from '../engine.errors';
import {
  Deployment,
  DeploymentResource,
  EngineHealth,
  EngineVariables,
  JobHandler,
  JobWorkerOptions,
  MessageCorrelation,
  StartedInstance,
  WorkerHandle,
} from '../engine.types';
import { ProcessEngine } from '../process-engine.port';
import { call, engineRestClient, EngineRest, RestSchemas } from './engine-rest.client';
import { ExternalTaskPoller } from './external-task-poller';
import { toEngineValues } from './operaton-variables';
import { OutputMappings } from './output-mappings';

/** The engine product this adapter drives, as health reports it. */
export const ENGINE_NAME = 'Operaton';

/**
 * The ProcessEngine port on Operaton's REST API (/engine-rest, types generated from its OpenAPI
 * document). Commands go to the first node; all nodes share one database, so any node would do. Job
 * workers poll every node (ExternalTaskPoller). Definition ids are the port's processDefinitionKey,
 * instance ids its processInstanceKey, external task ids its job keys.
 */
@Injectable()
export class OperatonProcessEngine extends ProcessEngine implements OnApplicationShutdown {
  private readonly nodes: EngineRest[];
  private poller?: ExternalTaskPoller;
  /** The node commands go to; moves on to the next when a node cannot be reached. */
  private current = 0;
  private closed = false;

  constructor(@Inject(ENGINE_CONNECTION) private readonly connection: EngineConnection) {
    super();
    this.nodes = connection.restUrls.map((url) => engineRestClient(url, connection.token));
  }

  /**
   * Runs a command on the current node, and on the next ones when a node cannot be reached: all nodes
   * share one database, so any of them can take it. A node that refuses (a real answer) is not asked again.
   */
  private async command<T>(run: (rest: EngineRest, restUrl: string) => Promise<T>): Promise<T> {
    for (let tried = 1; ; tried++) {
      const node = this.current;
      try {
        return await run(this.nodes[node], this.connection.restUrls[node]);
      } catch (error) {
        const unreachable = error instanceof EngineError && error.code === EngineErrorCode.Unavailable;
        if (!unreachable || tried >= this.nodes.length) throw error;
        if (this.current === node) this.current = (node + 1) % this.nodes.length;
      }
    }
  }

  async deploy(resources: DeploymentResource[]): Promise<Deployment> {
    const form = new FormData();
    form.append('deployment-name', 'jbt-orchestrator');
    form.append('deployment-source', 'jbt-orchestrator');
    // Every deployment makes new versions: the service decides itself what changed (ModelDeploymentService).
    form.append('enable-duplicate-filtering', 'false');
    for (const resource of resources) form.append(resource.name, new Blob([Buffer.from(resource.content)], { type: 'application/octet-stream' }), resource.name);
    // Multipart is sent with fetch itself: the generated client types the form, not its file parts.
    const response = await this.command((_rest, restUrl) =>
      fetch(`${restUrl}/deployment/create`, { body: form, headers: { authorization: `Bearer ${this.connection.token}` }, method: 'POST' }).catch((error: Error) => {
        throw new EngineError(EngineErrorCode.Unavailable, `Deploy: ${error.message}`);
      }),
    );
    const body = (await response.json().catch(() => ({}))) as RestSchemas['DeploymentWithDefinitionsDto'] & RestSchemas['ParseExceptionDto'];
    if (!response.ok) throw new EngineError(response.status >= 502 ? EngineErrorCode.Unavailable : EngineErrorCode.Rejected, `Deploy: ${deploymentProblem(body)}`);
    return {
      key: body.id!,
      processes: Object.values(body.deployedProcessDefinitions ?? {}).map((definition) => ({
        bpmnProcessId: definition.key!,
        processDefinitionKey: definition.id!,
        resourceName: definition.resource!,
        version: definition.version!,
      })),
    };
  }

  async createInstance(bpmnProcessId: string, variables: EngineVariables, version?: number, businessKey?: string): Promise<StartedInstance> {
    const body = { ...(businessKey === undefined ? {} : { businessKey }), variables: toEngineValues(variables) };
    const action = `Start ${bpmnProcessId}`;
    const started = await this.command(async (rest) => {
      if (version === undefined) return call(action, () => rest.POST('/process-definition/key/{key}/start', { body, params: { path: { key: bpmnProcessId } } }));
      const definitionId = await this.definitionId(rest, bpmnProcessId, version);
      return call(action, () => rest.POST('/process-definition/{id}/start', { body, params: { path: { id: definitionId } } }));
    });
    return { bpmnProcessId, processDefinitionKey: started.definitionId!, processInstanceKey: started.id!, version: version ?? versionOf(started.definitionId!) };
  }

  async cancelInstance(processInstanceKey: string): Promise<void> {
    // Output mappings of the steps that are ended are skipped: nothing flows out of a cancelled case.
    await this.command((rest) =>
      call(`Cancel ${processInstanceKey}`, () => rest.DELETE('/process-instance/{id}', { params: { path: { id: processInstanceKey }, query: { failIfNotExists: true, skipIoMappings: true } } })),
    );
  }

  async correlateMessage(message: MessageCorrelation): Promise<{ processInstanceKey: string }> {
    const correlationKeys = toEngineValues(message.correlationKeys);
    const results = await this.command((rest) =>
      call(`Correlate ${message.name}`, () =>
        rest.POST('/message', { body: { correlationKeys, messageName: message.name, processVariables: toEngineValues(message.variables ?? {}), resultEnabled: true } }),
      ),
    );
    const first = results?.[0];
    const processInstanceKey = first?.execution?.processInstanceId ?? first?.processInstance?.id;
    if (!processInstanceKey) throw new EngineError(EngineErrorCode.NotFound, `Correlate ${message.name}: no instance took the message`);
    return { processInstanceKey };
  }

  async createWorker(options: JobWorkerOptions, handler: JobHandler): Promise<WorkerHandle> {
    this.poller ??= new ExternalTaskPoller(this.nodes, new OutputMappings(this.nodes), options.workerName);
    return this.poller.subscribe(options, handler);
  }

  async retryJob(jobKey: string, retries: number): Promise<void> {
    // An incident's job is an external task (a worker's) or a job of the engine's own (a timer, an
    // asynchronous continuation); the key does not say which, and ids never collide.
    await this.command(async (rest) => {
      try {
        await call(`Set retries of job ${jobKey}`, () => rest.PUT('/external-task/{id}/retries', { body: { retries }, params: { path: { id: jobKey } } }));
      } catch (error) {
        if (!(error instanceof EngineError) || error.code !== EngineErrorCode.NotFound) throw error;
        await call(`Set retries of job ${jobKey}`, () => rest.PUT('/job/{id}/retries', { body: { retries }, params: { path: { id: jobKey } } }));
      }
    });
    this.poller?.fetchAgain();
  }

  async assignUserTask(userTaskKey: string, assignee: string | null): Promise<void> {
    await this.command((rest) => call(`Assign user task ${userTaskKey}`, () => rest.POST('/task/{id}/assignee', { body: { userId: assignee }, params: { path: { id: userTaskKey } } })));
  }

  async completeUserTask(userTaskKey: string, variables: EngineVariables): Promise<void> {
    await this.command((rest) =>
      call(`Complete user task ${userTaskKey}`, () =>
        rest.POST('/task/{id}/complete', { body: { variables: toEngineValues(variables), withVariablesInReturn: false }, params: { path: { id: userTaskKey } } }),
      ),
    );
  }

  /** Up when at least one node answers; the detail names nodes that do not. */
  async health(): Promise<EngineHealth> {
    const answers = await Promise.all(
      this.nodes.map((node) => call('Health', () => node.GET('/version', { signal: AbortSignal.timeout(3000) })).then((version) => version.version ?? 'unknown', (error: Error) => error)),
    );
    const versions = answers.filter((answer): answer is string => typeof answer === 'string');
    const down = answers.map((answer, index) => (answer instanceof Error ? `node ${index + 1}: ${answer.message}` : null)).filter(Boolean);
    if (versions.length === 0) return { detail: down.join('; '), name: ENGINE_NAME, status: 'down' };
    return { detail: down.length > 0 ? `${down.length} of ${this.nodes.length} nodes down (${down.join('; ')})` : undefined, name: ENGINE_NAME, status: 'up', version: versions[0] };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.close();
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.poller?.close();
  }

  private async definitionId(rest: EngineRest, bpmnProcessId: string, version: number): Promise<string> {
    const [definition] = await call(`Find ${bpmnProcessId} version ${version}`, () => rest.GET('/process-definition', { params: { query: { key: bpmnProcessId, version } } }));
    if (!definition?.id) throw new EngineError(EngineErrorCode.NotFound, `Version ${version} of ${bpmnProcessId} is not deployed`);
    return definition.id;
  }
}

/** Operaton names a definition `<process id>:<version>:<unique id>`. */
function versionOf(definitionId: string): number {
  return Number(definitionId.split(':')[1]);
}

/** The engine's reason for refusing a deployment, with the elements it names. */
function deploymentProblem(body: RestSchemas['ParseExceptionDto']): string {
  const problems = Object.entries(body.details ?? {}).flatMap(([resource, report]) =>
    (report.errors ?? []).map((error) => `${resource}${error.mainElementId ? ` (${error.mainElementId})` : ''}: ${error.message}`),
  );
  return problems.length > 0 ? problems.join('; ') : (body.message ?? 'refused');
}
