/**
 * The commands folder's contract: the `Command` type every module satisfies, the zod schema a module
 * is checked against when loaded (a bad module stops startup with the reason, never silently
 * dropped), and the list of commands.
 */
import { z } from 'zod';
import type { AnyCommandModule, CommandModule } from '../src/discord/types.ts';
import add from './add.ts';
import ask from './ask.ts';
import brief from './brief.ts';
import check from './check.ts';
import timeline from './timeline.ts';
import facts from './facts.ts';
import quote from './quote.ts';
import remove from './remove.ts';
import sources from './sources.ts';

export type { CommandContext } from '../src/discord/types.ts';
export type Command = CommandModule;
export type { MessageCommandModule as MessageCommand } from '../src/discord/types.ts';

/** Discord's rule for command and option names (lowercase letters of any script, digits, - and _). */
const NAME = /^[-_\p{Ll}\p{Lo}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

const localizations = z.record(z.string(), z.string()).optional();

const option = z.object({
  name: z.string().regex(NAME),
  description: z.string().min(1).max(100),
  name_localizations: z.record(z.string(), z.string().regex(NAME)).optional(),
  description_localizations: localizations,
});

/** Discord's rule for message command names: 1–32 characters, spaces and capitals allowed. */
const MENU_NAME = /^[^\n]{1,32}$/u;

/** What a message context-menu command module must look like (type 3: no description, no options). */
const messageSchema = z.object({
  data: z.object({
    type: z.literal(3),
    name: z.string().regex(MENU_NAME),
    name_localizations: z.record(z.string(), z.string().regex(MENU_NAME)).optional(),
  }).loose(),
  executeMessage: z.function(),
  button: z.function().optional(),
});

/** What a loaded slash command module must look like. */
const slashSchema = z.object({
  data: z.object({
    name: z.string().regex(NAME),
    description: z.string().min(1).max(100),
    name_localizations: z.record(z.string(), z.string().regex(NAME)).optional(),
    description_localizations: localizations,
    options: z.array(option.loose()).max(25).optional(),
  }).loose(),
  execute: z.function(),
  autocomplete: z.function().optional(),
  button: z.function().optional(),
});

/** What a loaded command module must look like: a slash command or a message command. */
export const schema = z.union([slashSchema, messageSchema]);

/**
 * Checks each module and keys it by name. Throws one error listing every problem (module and path),
 * so a broken command stops startup instead of vanishing from the bot.
 */
export function loadCommands(modules: readonly unknown[]): Map<string, AnyCommandModule> {
  const loaded = new Map<string, AnyCommandModule>();
  const problems: string[] = [];
  modules.forEach((module, i) => {
    // A message command says so (type 3); anything else is checked as a slash command.
    const isMenu = (module as { data?: { type?: unknown } } | null)?.data?.type === 3;
    const parsed = (isMenu ? messageSchema : slashSchema).safeParse(module);
    if (!parsed.success) {
      const label = (module as { data?: { name?: unknown } } | null)?.data?.name ?? `#${i}`;
      for (const issue of parsed.error.issues) problems.push(`command ${String(label)}: ${issue.path.join('.') || '(module)'}: ${issue.message}`);
      return;
    }
    const command = module as AnyCommandModule;
    if (loaded.has(command.data.name)) problems.push(`command ${command.data.name}: defined twice`);
    loaded.set(command.data.name, command);
  });
  if (problems.length > 0) throw new Error(`invalid command modules:\n${problems.join('\n')}`);
  return loaded;
}

/** Every slash command of the bot, in registration order. */
export const commandModules: readonly AnyCommandModule[] = [ask, quote, facts, sources, add, remove, brief, timeline, check];

/** The commands, checked and keyed by name. */
export function commands(): Map<string, AnyCommandModule> {
  return loadCommands(commandModules);
}
