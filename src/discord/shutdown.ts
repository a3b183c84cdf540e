/**
 * Graceful shutdown (정상 종료): on SIGTERM/SIGINT stop taking interactions, let the replies in flight
 * finish, destroy the client, exit 0 — all within `deadlineMs` (Discord hosts give 10 s).
 */
import type { Client } from 'discord.js';
import type { Dispatcher } from './dispatch.ts';
import type { Logger } from './logger.ts';

export type ShutdownOptions = {
  client: Client;
  dispatcher: Dispatcher;
  logger: Logger;
  /** Time allowed from the signal to exit (default 4500 ms: a stopped bot is gone within 5 s). */
  deadlineMs?: number;
  exit?: (code: number) => void;
  signals?: readonly NodeJS.Signals[];
  /**
   * Runs once the client is destroyed, just before `exit` (stopping the engine thread: the replies in
   * flight had their grace period). Bounded by the same deadline.
   */
  beforeExit?: () => Promise<void>;
};

/** Shuts the bot down once (later calls return the same promise). */
export function createShutdown(options: ShutdownOptions): (reason: string) => Promise<void> {
  const { client, dispatcher, logger } = options;
  const deadlineMs = options.deadlineMs ?? 4500;
  const exit = options.exit ?? ((code: number) => process.exit(code));
  let done: Promise<void> | null = null;
  // Exit once: when the deadline has already exited, the path that finishes late must not exit again
  // (with a real process.exit it could not; an injected exit must see one call too).
  let exited = false;
  const exitOnce = (code: number) => {
    if (exited) return;
    exited = true;
    exit(code);
  };
  return (reason) => {
    done ??= (async () => {
      const hardStop = setTimeout(() => {
        logger.warn('shutdown deadline reached; exiting now');
        exitOnce(0);
      }, deadlineMs);
      hardStop.unref();
      logger.info(`shutting down (${reason}); ${dispatcher.inFlight()} interaction(s) in flight`);
      dispatcher.stopAccepting();
      // Leave a second for client.destroy() within the deadline.
      const finished = await dispatcher.drain(Math.max(0, deadlineMs - 1000));
      if (!finished) logger.warn(`${dispatcher.inFlight()} interaction(s) did not finish in time`);
      await client.destroy().catch((error: unknown) => logger.error('client.destroy failed', error));
      await options.beforeExit?.().catch((error: unknown) => logger.error('stopping failed', error));
      clearTimeout(hardStop);
      logger.info('bye');
      exitOnce(0);
    })();
    return done;
  };
}
