/**
 * 기사와 대조 replies: one field per claim of the message — agrees (with the sentence that says so),
 * differs ("기사: 약 2,700억 원" with its sentence) or not in the articles. Only the claims' own words
 * are echoed, never the whole message, and no payload pings anyone.
 */
import type { APIEmbedField } from 'discord.js';
import type { ClaimCheck, Fact, MessageCheck } from '../answer/types.ts';
import { type BriefingLabels, briefingLabelsFor } from './briefingLabels.ts';
import { oneLine, sourceLine } from './citation.ts';
import { cut } from './cut.ts';
import { inert } from './echo.ts';
import { labelsFor, type Labels } from './labels.ts';
import { EMBED_FIELD_NAME_MAX, EMBED_FIELD_VALUE_MAX } from './limits.ts';
import { message, type ReplyPayload } from './payload.ts';

const COLORS = { agrees: 0x2e9e6b, differs: 0xd9822b, unknown: 0x8a8f98 } as const;

export function renderCheck(check: MessageCheck, options: { locale?: string | null } = {}): ReplyPayload {
  const labels = labelsFor(options.locale);
  const words = briefingLabelsFor(options.locale);
  if (check.claims.length === 0) return message({ content: words.noClaims });
  const worst = check.claims.some((c) => c.verdict === 'differs') ? 'differs' : check.claims.every((c) => c.verdict === 'agrees') ? 'agrees' : 'unknown';
  return message({
    embeds: [
      {
        color: COLORS[worst],
        title: words.checkTitle,
        fields: check.claims.map((claim) => claimField(claim, words, labels)),
      },
    ],
  });
}

/** The words a fact states, as a reader would say them: the span, or for a quote its words. */
export function factText(fact: Fact): string {
  if (fact.type === 'quote') return `“${cut(oneLine(fact.value), 200)}”${fact.speaker ? ` — ${fact.speaker}` : ''}`;
  if (fact.type === 'person') return [fact.organization, fact.name, fact.title].filter(Boolean).join(' ');
  return oneLine(fact.text);
}

function claimField(check: ClaimCheck, words: BriefingLabels, labels: Labels): APIEmbedField {
  const claimed = check.claim.type === 'quote' ? `“${oneLine(check.claim.type === 'quote' ? check.claim.value : '')}”` : oneLine(check.claim.text);
  const name = cut(`${words.verdicts[check.verdict]}: ${inert(claimed)}`, EMBED_FIELD_NAME_MAX);
  if (check.verdict === 'unknown' || !check.stated || !check.citation) {
    return { name, value: cut(words.notInArticles(inert(oneLine(check.topic))), EMBED_FIELD_VALUE_MAX) };
  }
  const stated = `**${words.articleSays(factText(check.stated))}**`;
  const source = `— ${cut(oneLine(check.citation.title), 120)} · ${sourceLine(check.citation, labels)}`;
  const room = EMBED_FIELD_VALUE_MAX - stated.length - source.length - 6;
  return { name, value: `${cut(stated, 400)}\n> ${cut(oneLine(check.citation.text), Math.max(40, room))}\n${source}` };
}
