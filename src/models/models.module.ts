import { Module } from '@nestjs/common';
import { ModelDeploymentService } from './model-deployment.service';

@Module({ exports: [ModelDeploymentService], providers: [ModelDeploymentService] })
export class ModelsModule {}
