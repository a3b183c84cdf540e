/**
 * Text from a user shown back inertly: markdown characters escaped so a claim like "**3천억**" or
 * "`code`" shows as typed, and mentions broken so they could not ping even without
 * `allowedMentions` (which every payload also sets to none).
 */
export function inert(text: string): string {
  return text
    .replace(/[\\*_~`|>]/gu, (char) => `\\${char}`)
    .replace(/@(everyone|here)/gu, '@\u200b$1')
    .replace(/<(@[!&]?|#)(\d+)>/gu, '<$1\u200b$2>');
}
