import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../generated/prisma/client';

/**
 * The Prisma client of the case record. Prisma 7 runs queries through its TypeScript query compiler
 * and the `pg` driver adapter, so no native engine binary is needed at run time.
 */
@Injectable()
export class PrismaService extends PrismaClient implements OnModuleDestroy {
  constructor(url: string) {
    super({ adapter: new PrismaPg({ connectionString: url, max: 10 }) });
  }

  async onModuleDestroy(): Promise<void> {
    await this.$disconnect();
  }
}
