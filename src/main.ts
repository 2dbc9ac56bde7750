import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { config as loadDotenv } from 'dotenv';
import { ConfigurationError, loadEnvironment } from './config/load-environment';
import { PrismaService } from './database/prisma.service';
import { createApp, logLevels } from './http/create-app';
import { ModelDeploymentService } from './models/model-deployment.service';
import { startInfrastructure } from './runtime/infrastructure';
import { seedDemoData } from './seed/demo-seed';
import { StartupError } from './runtime/ports';

/**
 * `npm start`: validates the environment, starts PostgreSQL and the engine (or connects to them),
 * deploys changed models, starts workers, API and web app, and prints where everything is.
 */
async function main(): Promise<void> {
  loadDotenv({ quiet: true });
  const started = Date.now();
  const env = loadEnvironment();
  Logger.overrideLogger(logLevels(env.LOG_LEVEL));
  const logger = new Logger('JBT');
  const infrastructure = await startInfrastructure(env);
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.log(`${signal}: stopping`);
    await app?.close().catch((error) => logger.warn(String(error)));
    await infrastructure.stop();
    process.exit(0);
  };
  let app: Awaited<ReturnType<typeof createApp>> | undefined;
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGHUP', () => void stop('SIGHUP'));
  try {
    app = await createApp(env, infrastructure);
    await app.init();
    if (env.RUN_API) await app.get(ModelDeploymentService).deployChangedModels();
    if (env.RUN_API && (env.SEED_DEMO_DATA ?? !env.DATABASE_URL)) {
      const users = await seedDemoData(app.get(PrismaService));
      logger.log(`Demo data ready: ${users.length} demo users (README, "Demo users")`);
    }
    await app.listen(env.PORT, env.HOST);
  } catch (error) {
    await app?.close().catch(() => undefined);
    await infrastructure.stop();
    throw error;
  }
  const base = `http://${env.HOST === '0.0.0.0' ? 'localhost' : env.HOST}:${env.PORT}`;
  logger.log(`Ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  logger.log(`  Web app:      ${base}/`);
  logger.log(`  API:          ${base}/api  (OpenAPI: ${base}/api/docs)`);
  logger.log(`  Health:       ${base}/api/health`);
  if (env.MAIL_CATCHER) logger.log(`  Mail:         ${base}/mail  (the local mail catcher, a development tool)`);
  logger.log(`  Engine:       Operaton ${infrastructure.engineVersion}, REST ${infrastructure.engine.restUrls.join(', ')} (bearer token in ${env.ENGINE_TOKEN ? 'ENGINE_TOKEN' : `${env.DATA_DIR}/engine-token`})`);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigurationError) {
    for (const problem of error.problems) console.error(`Configuration error: ${problem}`);
  } else if (error instanceof StartupError) {
    console.error(`Cannot start: ${error.message}`);
  } else {
    console.error(error);
  }
  process.exit(1);
});
