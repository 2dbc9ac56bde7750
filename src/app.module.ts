import { DynamicModule, Module } from '@nestjs/common';
import { ConfigModule } from './config/config.module';
import { EnvironmentDto } from './config/environment.dto';
import { DatabaseModule } from './database/database.module';
import { EngineModule } from './engine/engine.module';
import { HealthModule } from './health/health.module';
import { ModelsModule } from './models/models.module';
import { Infrastructure } from './runtime/infrastructure';

/** The one application; env flags choose which roles (API, workers, web) run in a process. */
@Module({})
export class AppModule {
  static forRoot(env: EnvironmentDto, infrastructure: Pick<Infrastructure, 'databaseUrl' | 'engineHistoryUrl' | 'zeebe'>): DynamicModule {
    return {
      imports: [
        ConfigModule.forRoot(env),
        DatabaseModule.forRoot(infrastructure.databaseUrl),
        EngineModule.forRoot(infrastructure.zeebe, infrastructure.engineHistoryUrl),
        HealthModule,
        ModelsModule,
      ],
      module: AppModule,
    };
  }
}
