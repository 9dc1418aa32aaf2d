import pino, { type Logger } from 'pino';

/** Structured logs; tokens and secrets are redacted wherever they appear in a logged object. */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: undefined,
      redact: {
        paths: [
          'token',
          '*.token',
          'authorization',
          '*.authorization',
          'headers.authorization',
          'secret',
          '*.secret',
          'botToken',
          'adminToken',
          'webhookSecret',
          '*.webhookSecret',
        ],
        censor: '[redacted]',
      },
    },
    destination,
  );
}

export type { Logger };
