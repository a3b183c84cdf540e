/**
 * One-line logs (기록) with a timestamp and level. Every secret it is given (the token) is replaced by
 * `[redacted]` wherever it appears, including inside error messages and stacks.
 */

export type LogLevel = 'info' | 'warn' | 'error';

export type Logger = {
  info(message: string): void;
  warn(message: string): void;
  error(message: string, error?: unknown): void;
};

export type LoggerOptions = {
  /** Strings never to print (the bot token). */
  secrets?: readonly string[];
  /** Where lines go (default: stdout for info, stderr for warn/error). */
  write?: (level: LogLevel, line: string) => void;
};

const defaultWrite = (level: LogLevel, line: string) => {
  (level === 'info' ? process.stdout : process.stderr).write(`${line}\n`);
};

/** A logger that redacts `secrets`. */
export function createLogger(options: LoggerOptions = {}): Logger {
  const secrets = (options.secrets ?? []).filter((secret) => secret.length > 0);
  const write = options.write ?? defaultWrite;
  const redact = (text: string) => secrets.reduce((out, secret) => out.split(secret).join('[redacted]'), text);
  const emit = (level: LogLevel, message: string) =>
    write(level, redact(`${new Date().toISOString()} ${level.padEnd(5)} ${message}`));
  return {
    info: (message) => emit('info', message),
    warn: (message) => emit('warn', message),
    error: (message, error) => emit('error', error === undefined ? message : `${message}: ${describeError(error)}`),
  };
}

/** An error as one line: its name and message, plus the first stack frame. */
export function describeError(error: unknown): string {
  if (error instanceof Error) {
    const frame = error.stack?.split('\n').find((line) => line.trim().startsWith('at '));
    return `${error.name}: ${error.message}${frame ? ` (${frame.trim()})` : ''}`;
  }
  return String(error);
}
