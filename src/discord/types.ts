/**
 * What the discord stage needs from a command module: its registration data and its handlers.
 * `commands/index.ts` re-exports this as `Command` and validates modules against it.
 */
import type {
  AutocompleteInteraction,
  ButtonInteraction,
  ChatInputCommandInteraction,
  MessageContextMenuCommandInteraction,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
  RESTPostAPIContextMenuApplicationCommandsJSONBody,
} from 'discord.js';
import type { EngineHolder } from '../answer/holder.ts';
import type { FeedbackStore } from '../feedback/store.ts';
import type { Logger } from './logger.ts';
import type { LiveEditor } from '../live/editor.ts';

/** What `/add` and `/remove` need: the live corpus and who may change it. */
export type LiveServices = {
  /** The live corpus's editor: in this thread (`localEditor`) or on the engine thread (`LiveThread.editor`). */
  corpus: LiveEditor;
  /** Roles whose members may add and remove besides those with Manage Server. */
  editorRoleIds: readonly string[];
  /** Whether `/add url:` may reach private addresses (tests). */
  allowPrivateUrls: boolean;
  /**
   * The host of the REST API the bot talks to (DISCORD_API_BASE: a proxy, or the local fake in tests),
   * null for Discord itself. Attachments are fetched as Discord gives them; one served by this same
   * trusted host may be on a private address.
   */
  apiHost?: string | null;
};

/** What every handler is given besides the interaction. */
export type CommandContext = {
  /** The running engine: read `engines.current()` once per interaction (it may be replaced between them). */
  engines: EngineHolder;
  logger: Logger;
  /** Where 👍/👎 presses are recorded (DATA_DIR/feedback.jsonl); absent → feedback is not recorded. */
  feedback?: FeedbackStore;
  /** Present when the corpus is live (the bot); absent in a bot without `/add`. */
  live?: LiveServices;
};

export type CommandModule = {
  /** The slash command as registered (name, description, options, `ko` localizations). */
  data: RESTPostAPIChatInputApplicationCommandsJSONBody;
  execute(interaction: ChatInputCommandInteraction, context: CommandContext): Promise<void>;
  autocomplete?(interaction: AutocompleteInteraction, context: CommandContext): Promise<void>;
  /** Handles buttons whose custom_id starts with `<data.name>:`. */
  button?(interaction: ButtonInteraction, context: CommandContext): Promise<void>;
};

/**
 * A message context-menu command (메시지 명령, "Apps → …" on a message): registration data of type 3
 * (no description, no options) and its handler.
 */
export type MessageCommandModule = {
  data: RESTPostAPIContextMenuApplicationCommandsJSONBody;
  executeMessage(interaction: MessageContextMenuCommandInteraction, context: CommandContext): Promise<void>;
  button?(interaction: ButtonInteraction, context: CommandContext): Promise<void>;
};

/** Any command the bot registers: a slash command or a message command. */
export type AnyCommandModule = CommandModule | MessageCommandModule;

/** Whether a command is a message context-menu command. */
export function isMessageCommand(command: AnyCommandModule): command is MessageCommandModule {
  return 'executeMessage' in command;
}
