import { DynamicModule, Global, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { ProcessEngine } from './process-engine.port';
import { JobWorkerRegistry } from './workers/job-worker.registry';
import { ZEEBE_CONNECTION, ZeebeConnection } from './zeebe/zeebe-connection';
import { ZeebeProcessEngine } from './zeebe/zeebe-process-engine';
import { ENGINE_HISTORY_URL, ZeebeHistoryReader } from './zeebe/zeebe-history.reader';
import { ZeebeMonitoringReader } from './zeebe/zeebe-monitoring.reader';

/** Binds the ProcessEngine port to the Zeebe adapter and starts the job workers found by decorator. */
@Global()
@Module({})
export class EngineModule {
  static forRoot(connection: ZeebeConnection, historyUrl: string): DynamicModule {
    return {
      exports: [JobWorkerRegistry, ProcessEngine],
      imports: [DiscoveryModule],
      module: EngineModule,
      providers: [
        { provide: ENGINE_HISTORY_URL, useValue: historyUrl },
        { provide: ZEEBE_CONNECTION, useValue: connection },
        { provide: ProcessEngine, useClass: ZeebeProcessEngine },
        JobWorkerRegistry,
        ZeebeHistoryReader,
        ZeebeMonitoringReader,
      ],
    };
  }
}
