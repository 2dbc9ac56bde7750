import { Injectable } from '@nestjs/common';
import { PrismaService } from '../database/prisma.service';
import { ProcessEngine } from '../engine/process-engine.port';

export interface ComponentHealth {
  detail?: string;
  status: 'up' | 'down';
}

export interface HealthReport {
  database: ComponentHealth;
  engine: ComponentHealth & { name: string; version?: string };
  status: 'up' | 'down';
}

/** Checks the two parts the service cannot work without: its database and the engine. */
@Injectable()
export class HealthService {
  constructor(
    private readonly engine: ProcessEngine,
    private readonly prisma: PrismaService,
  ) {}

  async check(): Promise<HealthReport> {
    const [database, engine] = await Promise.all([this.database(), this.engineHealth()]);
    return { database, engine, status: database.status === 'up' && engine.status === 'up' ? 'up' : 'down' };
  }

  private async database(): Promise<ComponentHealth> {
    try {
      await this.prisma.$queryRaw`SELECT 1`;
      return { status: 'up' };
    } catch (error) {
      return { detail: (error as Error).message, status: 'down' };
    }
  }

  private async engineHealth(): Promise<HealthReport['engine']> {
    const { detail, name, status, version } = await this.engine.health();
    return { ...(detail ? { detail } : {}), name, status, ...(version ? { version } : {}) };
  }
}
