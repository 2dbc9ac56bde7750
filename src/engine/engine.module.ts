import { DynamicModule, Global, Module, Provider } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { EngineClock } from './engine-clock.port';
import { ENGINE_CONNECTION, EngineConnection } from './engine-connection';
import { OperatonClock } from './operaton/operaton-clock';
import { OperatonProcessEngine } from './operaton/operaton-process-engine';
import { ENGINE_DATABASE_URL, OperatonHistory } from './operaton/history';
import { ProcessEngine } from './process-engine.port';
import { ProcessHistory } from './process-history.port';
import { JobWorkerRegistry } from './workers/job-worker.registry';

/**
 * Binds the engine ports to the Operaton adapter: ProcessEngine (commands and job workers),
 * ProcessHistory (the read model) and, only when the engine runs its test clock, EngineClock.
 * Starts the job workers found by decorator.
 */
@Global()
@Module({})
export class EngineModule {
  static forRoot(connection: EngineConnection): DynamicModule {
    const clock: Provider[] = connection.testClock ? [{ provide: EngineClock, useClass: OperatonClock }] : [];
    return {
      exports: [JobWorkerRegistry, ProcessEngine, ProcessHistory, ...(connection.testClock ? [EngineClock] : [])],
      imports: [DiscoveryModule],
      module: EngineModule,
      providers: [
        { provide: ENGINE_CONNECTION, useValue: connection },
        { provide: ENGINE_DATABASE_URL, useValue: connection.databaseUrl },
        { provide: ProcessEngine, useClass: OperatonProcessEngine },
        { provide: ProcessHistory, useClass: OperatonHistory },
        ...clock,
        JobWorkerRegistry,
      ],
    };
  }
}
