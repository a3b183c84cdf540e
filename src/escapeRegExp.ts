/**
 * Text to match literally inside a `RegExp` pattern: every character with a meaning in a pattern
 * escaped ("K-바이오(주)" → "K-바이오\(주\)"). One home for the escape every module building a
 * pattern from a word of a question or an article needs.
 * @example
 * new RegExp(`${escapeRegExp('1.5배')}$`, 'u').test('약 1.5배') // true
 */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}
