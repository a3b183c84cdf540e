/**
 * Long replies (briefs, timelines) in pages: lines packed into embed descriptions that fit, and
 * "previous / next" buttons whose custom_id holds the page to show.
 */
import type { APIActionRowComponent, APIButtonComponent } from 'discord.js';
import { ButtonStyle, ComponentType } from 'discord.js';
import type { BriefingLabels } from './briefingLabels.ts';
import { cut } from './cut.ts';
import { BUTTON_LABEL_MAX } from './limits.ts';
import { pageId } from './pageId.ts';

/** Characters of a page's description: under the 4096 limit, leaving the 6000 total room for the rest. */
export const PAGE_CHARS = 3000;
/** Pages a reply may have (buttons beyond would page through text nobody reads in a briefing). */
export const MAX_PAGES = 20;

/** Packs lines into pages of at most `PAGE_CHARS`; a line too long for a page is cut. */
export function paginate(lines: readonly string[], size = PAGE_CHARS): string[] {
  const pages: string[] = [];
  let current = '';
  for (const raw of lines) {
    const line = cut(raw, size);
    if (current.length > 0 && current.length + 1 + line.length > size) {
      pages.push(current);
      current = '';
    }
    current = current.length > 0 ? `${current}\n${line}` : line;
  }
  if (current.length > 0) pages.push(current);
  return pages.slice(0, MAX_PAGES);
}

/** The previous/next buttons for page `page` (0-based) of `pages`; none for a single page. */
export function pageButtons(
  owner: string,
  kind: string,
  text: string,
  page: number,
  pages: number,
  labels: BriefingLabels,
): APIActionRowComponent<APIButtonComponent>[] {
  if (pages <= 1) return [];
  const button = (label: string, target: number, disabled: boolean): APIButtonComponent => ({
    type: ComponentType.Button,
    style: ButtonStyle.Secondary,
    label: cut(label, BUTTON_LABEL_MAX),
    // Disabled buttons still need distinct ids: the target page keeps them apart.
    custom_id: pageId(owner, kind, disabled ? (target < page ? MAX_PAGES + 1 : MAX_PAGES + 2) : target, text),
    disabled,
  });
  return [
    {
      type: ComponentType.ActionRow,
      components: [button(labels.previous, page - 1, page <= 0), button(labels.next, page + 1, page >= pages - 1)],
    },
  ];
}
