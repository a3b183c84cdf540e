/**
 * Autocomplete choices (자동 완성): at most 25, each name and value at most 100 characters.
 */
import type { APIApplicationCommandOptionChoice } from 'discord.js';
import { cut } from './cut.ts';
import { AUTOCOMPLETE_CHOICE_MAX, AUTOCOMPLETE_CHOICES_MAX } from './limits.ts';

/** Choices for a string option from candidate names (empty and duplicate names skipped). */
export function renderChoices(names: readonly string[]): APIApplicationCommandOptionChoice<string>[] {
  const seen = new Set<string>();
  const choices: APIApplicationCommandOptionChoice<string>[] = [];
  for (const raw of names) {
    const name = cut(raw.replace(/\s+/g, ' ').trim(), AUTOCOMPLETE_CHOICE_MAX);
    if (name === '' || seen.has(name)) continue;
    seen.add(name);
    choices.push({ name, value: name });
    if (choices.length === AUTOCOMPLETE_CHOICES_MAX) break;
  }
  return choices;
}
