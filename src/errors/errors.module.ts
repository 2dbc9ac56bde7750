import { Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { UnavailableFilter } from './unavailable.filter';

/**
 * Registers the application's one exception filter: domain errors by their kind, a database or engine
 * out of reach as 503, everything else as Nest answers it.
 */
@Module({ providers: [{ provide: APP_FILTER, useClass: UnavailableFilter }] })
export class ErrorsModule {}
