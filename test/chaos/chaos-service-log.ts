import { LoggerService } from '@nestjs/common';

type Level = 'debug' | 'error' | 'fatal' | 'log' | 'verbose' | 'warn';

/**
 * The in-process service's log, kept instead of printed: the run's own lines stay readable, and the
 * report says how much the service logged during the faults (warnings and errors per source), with
 * the last errors when something went wrong.
 */
export class ServiceLog implements LoggerService {
  private readonly counts = new Map<string, number>();
  private readonly lastErrors: string[] = [];
  private readonly lastWarning = new Map<string, string>();

  log(message: unknown, context?: string): void {
    this.keep('log', message, context);
  }

  warn(message: unknown, context?: string): void {
    this.keep('warn', message, context);
  }

  error(message: unknown, stackOrContext?: string, context?: string): void {
    this.keep('error', message, context ?? stackOrContext);
  }

  fatal(message: unknown, context?: string): void {
    this.keep('fatal', message, context);
  }

  debug(): void {}

  verbose(): void {}

  /** "warn ProcessMessages: 120" lines, most first. */
  summary(): string[] {
    return [...this.counts].sort((a, b) => b[1] - a[1]).map(([key, count]) => `${key}: ${count}`);
  }

  /** Errors no filter answered: Nest's ExceptionsHandler logs each one it turned into a 500. */
  unhandled(): number {
    return this.counts.get('error ExceptionsHandler') ?? 0;
  }

  errors(): string[] {
    return [...this.lastErrors];
  }

  /** The last warning of each source, so that a count in the summary can be read as what it was. */
  lastWarnings(): string[] {
    return [...this.lastWarning].map(([source, message]) => `${source}: ${message}`);
  }

  private keep(level: Level, message: unknown, context?: string): void {
    if (level === 'log') return;
    const key = `${level} ${context ?? '(no source)'}`;
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
    const text = String(message instanceof Error ? message.message : message).split('\n').filter((line) => line.trim() !== '').slice(0, 12).join(' ');
    if (level === 'warn') this.lastWarning.set(context ?? '(no source)', text);
    if (level === 'error' || level === 'fatal') {
      this.lastErrors.push(`${context ?? ''}: ${text}`);
      if (this.lastErrors.length > 20) this.lastErrors.shift();
    }
  }
}
