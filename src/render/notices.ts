/**
 * Short notices that are not answers: the apology after an unexpected error, the restart notice.
 * Both are ephemeral: only the user who asked sees them.
 */
import { labelsFor } from './labels.ts';
import { type EphemeralPayload, ephemeral, message } from './payload.ts';

/** "Sorry, something went wrong" (ephemeral), for a handler that failed. */
export function renderApology(locale?: string | null): EphemeralPayload {
  return ephemeral(message({ content: `❌ ${labelsFor(locale).apology}` }));
}

/** "The bot is restarting" (ephemeral), for interactions that arrive during shutdown. */
export function renderShuttingDown(locale?: string | null): EphemeralPayload {
  return ephemeral(message({ content: labelsFor(locale).shuttingDown }));
}
