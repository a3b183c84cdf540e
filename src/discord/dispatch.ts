/**
 * The interaction dispatcher (상호작용 분배): routes slash commands, autocomplete and buttons to their
 * command module, keeps count of the work in flight (for graceful shutdown), and turns any error in a
 * handler into an ephemeral apology and a log line, never a crash.
 */
import type { Interaction, RepliableInteraction } from 'discord.js';
import { CUSTOM_ID_MAX, renderApology, renderShuttingDown } from '../render/index.ts';
import { describeError, type Logger } from './logger.ts';
import { type AnyCommandModule, type CommandContext, isMessageCommand } from './types.ts';

export type Dispatcher = {
  /** Handles one interaction; resolves when its reply is sent (never rejects). */
  handle(interaction: Interaction): Promise<void>;
  /** Stops taking new interactions (they get a short "restarting" notice instead). */
  stopAccepting(): void;
  /** Resolves when every accepted interaction has finished, or after `timeoutMs`; true if all finished. */
  drain(timeoutMs: number): Promise<boolean>;
  /** Interactions being handled right now. */
  inFlight(): number;
};

export type DispatcherOptions = {
  commands: ReadonlyMap<string, AnyCommandModule>;
  context: CommandContext;
  logger: Logger;
};

/** A dispatcher over `commands` (keyed by command name). */
export function createDispatcher({ commands, context, logger }: DispatcherOptions): Dispatcher {
  const running = new Set<Promise<void>>();
  let accepting = true;

  const route = async (interaction: Interaction): Promise<void> => {
    if (interaction.isChatInputCommand()) {
      const command = commands.get(interaction.commandName);
      if (!command || isMessageCommand(command)) throw new UnknownInteraction(`unknown command /${interaction.commandName.slice(0, 40)}`);
      return command.execute(interaction, context);
    }
    if (interaction.isMessageContextMenuCommand()) {
      const command = commands.get(interaction.commandName);
      if (!command || !isMessageCommand(command)) throw new UnknownInteraction(`unknown message command "${interaction.commandName.slice(0, 40)}"`);
      return command.executeMessage(interaction, context);
    }
    if (interaction.isAutocomplete()) {
      const command = commands.get(interaction.commandName);
      if (!command || isMessageCommand(command) || !command.autocomplete) throw new UnknownInteraction(`no autocomplete for /${interaction.commandName.slice(0, 40)}`);
      return command.autocomplete(interaction, context);
    }
    if (interaction.isButton()) {
      // Discord caps a custom_id at 100 characters; a longer one is not ours and is not scanned.
      const owner = interaction.customId.slice(0, CUSTOM_ID_MAX).split(':', 1)[0] ?? '';
      const command = commands.get(owner);
      if (!command?.button) throw new UnknownInteraction(`no button handler for custom_id "${interaction.customId.slice(0, 40)}"`);
      return command.button(interaction, context);
    }
    // Context-menu commands, modals, select menus this bot never registered: the user still gets the
    // ephemeral apology (through recover), and the log says what came.
    throw new UnknownInteraction(`no handler for ${describeInteraction(interaction)}`);
  };

  const handle = async (interaction: Interaction): Promise<void> => {
    if (!accepting) {
      await refuse(interaction).catch((error) => logger.warn(`could not refuse ${interaction.id}: ${describeError(error)}`));
      return;
    }
    const work = route(interaction).catch((error) => recover(interaction, error, logger));
    running.add(work);
    try {
      await work;
    } finally {
      running.delete(work);
    }
  };

  return {
    handle,
    stopAccepting: () => {
      accepting = false;
    },
    drain: async (timeoutMs) => {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<false>((resolve) => {
        timer = setTimeout(() => resolve(false), timeoutMs);
      });
      // Loop: work may finish while new work (accepted just before stopAccepting) is still listed.
      const all = (async () => {
        for (let round = 0; running.size > 0 && round < 1000; round++) await Promise.allSettled([...running]);
        return true as const;
      })();
      try {
        return await Promise.race([all, timeout]);
      } finally {
        clearTimeout(timer);
      }
    },
    inFlight: () => running.size,
  };
}

/** A one-word name for the log line: `/ask`, `autocomplete /quote`, `button ask:more:…`. */
function describeInteraction(interaction: Interaction): string {
  if (interaction.isChatInputCommand()) return `/${interaction.commandName.slice(0, 40)}`;
  if (interaction.isMessageContextMenuCommand()) return `message command ${interaction.commandName.slice(0, 40)}`;
  if (interaction.isAutocomplete()) return `autocomplete /${interaction.commandName.slice(0, 40)}`;
  if (interaction.isContextMenuCommand()) return `context menu "${interaction.commandName.slice(0, 40)}"`;
  if (interaction.isModalSubmit()) return `modal ${interaction.customId.slice(0, 40)}`;
  if (interaction.isAnySelectMenu()) return `select menu ${interaction.customId.slice(0, 40)}`;
  if (interaction.isButton()) return `button ${interaction.customId.slice(0, 40)}`;
  return `interaction type ${interaction.type}`;
}

/** An interaction no command of this bot handles (a stale command, another app's component): not a bug. */
class UnknownInteraction extends Error {}

async function recover(interaction: Interaction, error: unknown, logger: Logger): Promise<void> {
  if (error instanceof UnknownInteraction) logger.warn(`${error.message} (${interaction.id}); answered with the apology`);
  else logger.error(`handler failed for ${describeInteraction(interaction)} (${interaction.id})`, error);
  try {
    if (interaction.isAutocomplete()) {
      if (!interaction.responded) await interaction.respond([]);
      return;
    }
    if (interaction.isRepliable()) await apologize(interaction);
  } catch (replyError) {
    logger.error(`could not send the apology for ${interaction.id}`, replyError);
  }
}

/** The apology goes ephemeral: a fresh reply, or (after a public defer) the deferred reply is removed first. */
async function apologize(interaction: RepliableInteraction): Promise<void> {
  const apology = renderApology(interaction.locale);
  if (!interaction.deferred && !interaction.replied) {
    await interaction.reply(apology);
    return;
  }
  if (interaction.deferred && !interaction.replied && !interaction.ephemeral) {
    await interaction.deleteReply().catch(() => undefined);
  }
  await interaction.followUp(apology);
}

async function refuse(interaction: Interaction): Promise<void> {
  if (interaction.isAutocomplete()) await interaction.respond([]);
  else if (interaction.isRepliable()) await interaction.reply(renderShuttingDown(interaction.locale));
}
