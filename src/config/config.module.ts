import { DynamicModule, Global, Module } from '@nestjs/common';
import { EnvironmentDto } from './environment.dto';

/** Makes the validated environment injectable as EnvironmentDto everywhere. */
@Global()
@Module({})
export class ConfigModule {
  static forRoot(env: EnvironmentDto): DynamicModule {
    return { exports: [EnvironmentDto], module: ConfigModule, providers: [{ provide: EnvironmentDto, useValue: env }] };
  }
}
