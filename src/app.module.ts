import { DynamicModule, Module } from '@nestjs/common';
import { AgreementsModule } from './agreements/agreements.module';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { CasesModule } from './cases/cases.module';
import { ConfigModule } from './config/config.module';
import { EnvironmentDto } from './config/environment.dto';
import { DatabaseModule } from './database/database.module';
import { EngineModule } from './engine/engine.module';
import { ErrorsModule } from './errors/errors.module';
import { FamilyModule } from './family/family.module';
import { HealthModule } from './health/health.module';
import { MailModule } from './mail/mail.module';
import { ModelsModule } from './models/models.module';
import { MonitoringModule } from './monitoring/monitoring.module';
import { PublicFormsModule } from './public-forms/public-forms.module';
import { ReferralsModule } from './referrals/referrals.module';
import { RegionsModule } from './regions/regions.module';
import { Infrastructure } from './runtime/infrastructure';
import { TasksModule } from './tasks/tasks.module';
import { WorkersModule } from './workers/workers.module';

/** The one application; env flags choose which roles (API, workers, web) run in a process. */
@Module({})
export class AppModule {
  static forRoot(env: EnvironmentDto, infrastructure: Pick<Infrastructure, 'databaseUrl' | 'engine'>): DynamicModule {
    return {
      imports: [
        AgreementsModule,
        AuditModule,
        AuthModule,
        CasesModule,
        ConfigModule.forRoot(env),
        DatabaseModule.forRoot(infrastructure.databaseUrl),
        EngineModule.forRoot(infrastructure.engine),
        ErrorsModule,
        FamilyModule,
        HealthModule,
        MailModule,
        ModelsModule,
        MonitoringModule,
        PublicFormsModule,
        ReferralsModule,
        RegionsModule,
        TasksModule,
        WorkersModule,
      ],
      module: AppModule,
    };
  }
}
