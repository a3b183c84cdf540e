/**
 * 잘못된 상호작용 (malformed interactions): a payload discord.js cannot even build an interaction
 * from — no user and no member, no `data`, a button without its message — throws inside discord.js's
 * gateway handler, before any listener of ours runs, and surfaces as an unhandled rejection with no
 * reply to the user. This guard wraps that one step: such a payload is logged and, when it carries an
 * id and a token, answered straight over REST (an ephemeral apology, or no choices for autocomplete).
 *
 * It wraps `client.actions.InteractionCreate.handle`, which discord.js does not document; when that
 * is missing (a future discord.js), the guard says so once and the bot runs without it.
 */
import { type Client, InteractionResponseType, InteractionType, MessageFlags, Routes } from 'discord.js';
import { renderApology } from '../render/index.ts';
import { describeError, type Logger } from './logger.ts';

type RawInteraction = { id?: unknown; token?: unknown; type?: unknown; locale?: unknown };
type Action = { handle(data: unknown): unknown };

/** Interaction types Discord sends over the gateway (ping only goes to HTTP endpoints). */
const KNOWN_TYPES: ReadonlySet<number> = new Set([
  InteractionType.ApplicationCommand,
  InteractionType.MessageComponent,
  InteractionType.ApplicationCommandAutocomplete,
  InteractionType.ModalSubmit,
]);

/** Installs the guard on `client` (once). */
export function guardMalformedInteractions(client: Client, logger: Logger): void {
  const action = (client as unknown as { actions?: { InteractionCreate?: Action } }).actions?.InteractionCreate;
  if (!action || typeof action.handle !== 'function') {
    logger.warn('malformed-interaction guard not installed: discord.js has no actions.InteractionCreate.handle');
    return;
  }
  const handle = action.handle.bind(action);
  action.handle = (data: unknown) => {
    const type = (data as RawInteraction | null)?.type;
    if (typeof type !== 'number' || !KNOWN_TYPES.has(type)) {
      // Nothing to answer with (no response type exists for it): ignored by design, and said so.
      logger.warn(`ignored interaction of unknown type ${String(type).slice(0, 10)}`);
      return undefined;
    }
    try {
      return handle(data);
    } catch (error) {
      const raw = (data ?? {}) as RawInteraction;
      logger.warn(`malformed interaction ${String(raw.id).slice(0, 30)} (type ${String(raw.type).slice(0, 10)}): ${describeError(error)}`);
      void answerRaw(client, raw).catch((replyError: unknown) =>
        logger.warn(`could not answer malformed interaction ${String(raw.id).slice(0, 30)}: ${describeError(replyError)}`),
      );
      return undefined;
    }
  };
}

/** Answers a raw interaction by its id and token, without discord.js's interaction classes. */
async function answerRaw(client: Client, raw: RawInteraction): Promise<void> {
  if (typeof raw.id !== 'string' || typeof raw.token !== 'string' || !/^\d{1,25}$/.test(raw.id)) return;
  const body =
    raw.type === InteractionType.ApplicationCommandAutocomplete
      ? { type: InteractionResponseType.ApplicationCommandAutocompleteResult, data: { choices: [] } }
      : {
          type: InteractionResponseType.ChannelMessageWithSource,
          data: {
            content: renderApology(typeof raw.locale === 'string' ? raw.locale : null).content,
            flags: MessageFlags.Ephemeral,
            allowed_mentions: { parse: [] },
          },
        };
  await client.rest.post(Routes.interactionCallback(raw.id, raw.token.slice(0, 500)), { body, auth: false });
}
