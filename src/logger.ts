// Structured JSON logs (pino). Never log message texts, card inputs or other personal answers.
import pino, { type Logger } from 'pino';

export type { Logger } from 'pino';

/** A JSON-lines logger writing to stdout (or the given stream, for tests). */
export function createLogger(level: string, destination?: NodeJS.WritableStream): Logger {
  return pino(
    { level, base: { app: 'broedplaats-bot' }, timestamp: pino.stdTimeFunctions.isoTime },
    destination ?? process.stdout,
  );
}
