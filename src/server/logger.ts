import type { LogLevel } from './config.js';

const RANK: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };

/** Kumo's log: plain lines on stdout (requests, start-up) and stderr (warnings, errors). */
export class Logger {
  constructor(private readonly level: LogLevel) {}

  enabled(level: LogLevel): boolean {
    return RANK[level] >= RANK[this.level];
  }

  debug(message: string): void {
    if (this.enabled('debug')) process.stdout.write(`${message}\n`);
  }

  info(message: string): void {
    if (this.enabled('info')) process.stdout.write(`${message}\n`);
  }

  warn(message: string): void {
    if (this.enabled('warn')) process.stderr.write(`warning: ${message}\n`);
  }

  error(message: string): void {
    if (this.enabled('error')) process.stderr.write(`error: ${message}\n`);
  }
}
