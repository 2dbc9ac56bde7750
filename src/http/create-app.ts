import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { INestApplication, LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import cookieParser from 'cookie-parser';
import express from 'express';
import { AppModule } from '../app.module';
import { EnvironmentDto } from '../config/environment.dto';
import { modelBodyParser } from '../models/http/model-body-parser';
import { Infrastructure } from '../runtime/infrastructure';
import { createValidationPipe } from './validation.pipe';

/** The built browser app, the same from src/ (tests) and dist/ (service). */
export const WEB_DIR = resolve(__dirname, '..', '..', 'dist', 'web');

/** Paths that Nest serves as server-rendered pages rather than as API or browser app. */
const SERVER_PAGES = ['feedback', 'mail', 'reactie'];

const LEVELS: LogLevel[] = ['error', 'warn', 'log', 'debug', 'verbose'];

/** The log levels at and above LOG_LEVEL. */
export function logLevels(level: string): LogLevel[] {
  return LEVELS.slice(0, LEVELS.indexOf(level as LogLevel) + 1);
}

/**
 * Builds the Nest application with everything but listening: the API under /api with validation and
 * OpenAPI at /api/docs, and the web app at /. Used by main.ts and by the integration tests. Signals
 * are main.ts's business: it stops the app first and the engine and database after it.
 */
export async function createApp(env: EnvironmentDto, infrastructure: Pick<Infrastructure, 'databaseUrl' | 'engine'>): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(env, infrastructure), {
    logger: logLevels(env.LOG_LEVEL),
  });
  // Pages outside the API: the mail catcher (a development tool) and the forms behind links in mail.
  app.setGlobalPrefix('api', { exclude: SERVER_PAGES.flatMap((page) => [page, `${page}/*path`]) });
  app.use(cookieParser());
  // Models are larger than the default 100 kB JSON limit; only their routes get more (see the parser).
  app.use('/api/models', modelBodyParser());
  app.useGlobalPipes(createValidationPipe());
  app.set('trust proxy', 'loopback');
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('JBT Orchestrator')
      .setDescription('Referrals, cases, tasks, monitoring and models of the Jeugdbeschermingstafel')
      .setVersion('0.1.0')
      .addBearerAuth()
      .addCookieAuth('jbt_session')
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
  if (env.RUN_WEB && existsSync(WEB_DIR)) {
    app.use(express.static(WEB_DIR, { index: false }));
    // The browser app routes on the client: every path but the API and the server's pages gets index.html.
    app.use(new RegExp(`^/(?!(api|${SERVER_PAGES.join('|')})(/|$)).*`), (_request: express.Request, response: express.Response) => response.sendFile(resolve(WEB_DIR, 'index.html')));
  }
  return app;
}
