import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { INestApplication, LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import cookieParser from 'cookie-parser';
import express from 'express';
import { AppModule } from '../app.module';
import { EnvironmentDto } from '../config/environment.dto';
import { modelBodyParser } from '../models/http/model-body-parser';
import { Infrastructure } from '../runtime/infrastructure';
import { bodyParserErrors, bodyParsers } from './body-parsers';
import { NumberRangePipe } from './number-range.pipe';
import { apiDocument } from './openapi/api-document';
import { requestInputGuard } from './request-input.guard';
import { RouteParameterPipe } from './route-parameter.pipe';
import { securityHeaders } from './security-headers';
import { createValidationPipe } from './validation.pipe';

/** The built browser app, the same from src/ (tests) and dist/ (service). */
export const WEB_DIR = resolve(__dirname, '..', '..', 'dist', 'web');

/** Paths that Nest serves as server-rendered pages rather than as API or browser app. */
const SERVER_PAGES = ['feedback', 'gezin', 'mail', 'reactie'];

const LEVELS: LogLevel[] = ['error', 'warn', 'log', 'debug', 'verbose'];

/** The log levels at and above LOG_LEVEL. */
export function logLevels(level: string): LogLevel[] {
  return LEVELS.slice(0, LEVELS.indexOf(level as LogLevel) + 1);
}

/** The API under /api; the server's pages (mail catcher, forms behind links in mail) outside it. */
export function setApiPrefix(app: INestApplication): void {
  app.setGlobalPrefix('api', { exclude: SERVER_PAGES.flatMap((page) => [page, `${page}/*path`]) });
}

/**
 * Builds the Nest application with everything but listening: the API under /api with validation and
 * OpenAPI at /api/docs, and the web app at /. Used by main.ts and by the integration tests. Signals
 * are main.ts's business: it stops the app first and the engine and database after it.
 */
export async function createApp(env: EnvironmentDto, infrastructure: Pick<Infrastructure, 'databaseUrl' | 'engine'>): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(env, infrastructure), {
    // The body parsers are ours (below), so that the request input guard runs right after them.
    bodyParser: false,
    logger: logLevels(env.LOG_LEVEL),
  });
  app.disable('x-powered-by');
  app.use(securityHeaders());
  // Pages outside the API: the mail catcher (a development tool) and the forms behind links in mail.
  setApiPrefix(app);
  app.use(cookieParser());
  // Models are larger than the default 100 kB JSON limit; only their routes get more (see the parser).
  app.use('/api/models', modelBodyParser());
  app.use(...bodyParsers());
  app.use(bodyParserErrors());
  // Hostile input (control characters, over-deep or over-wide JSON, numbers out of range) is refused
  // here, for every route at once; route parameters by the first pipe, typed numbers by the last.
  app.use(requestInputGuard());
  app.useGlobalPipes(new RouteParameterPipe(), createValidationPipe(), new NumberRangePipe());
  app.set('trust proxy', 'loopback');
  const document = apiDocument(app);
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
  if (env.RUN_WEB && existsSync(WEB_DIR)) {
    app.use(express.static(WEB_DIR, { index: false }));
    // The browser app routes on the client: every path but the API and the server's pages gets index.html.
    app.use(new RegExp(`^/(?!(api|${SERVER_PAGES.join('|')})(/|$)).*`), (_request: express.Request, response: express.Response) => response.sendFile(resolve(WEB_DIR, 'index.html')));
  }
  return app;
}
