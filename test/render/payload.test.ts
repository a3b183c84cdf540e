import { describe, expect, it } from 'vitest';
import {
  CONTENT_MAX,
  EMBED_FIELD_VALUE_MAX,
  EMBED_FIELDS_MAX,
  EMBEDS_PER_MESSAGE_MAX,
  EMBEDS_TOTAL_MAX,
} from '../../src/render/limits.ts';
import { embedLength, ephemeral, message } from '../../src/render/payload.ts';

const long = (n: number) => '아주 긴 문장입니다. '.repeat(Math.ceil(n / 12)).slice(0, n);

describe('message', () => {
  it('always sets allowedMentions parse []', () => {
    expect(message({ content: '@everyone <@123> <@&456>' }).allowedMentions).toEqual({ parse: [] });
  });

  it('cuts content to 2000', () => {
    expect(message({ content: long(5000) }).content?.length).toBeLessThanOrEqual(CONTENT_MAX);
  });

  it('keeps every embed part, field count, embed count and the 6000 total within limits', () => {
    const embed = {
      title: long(400),
      description: long(9000),
      author: { name: long(400) },
      footer: { text: long(3000) },
      fields: Array.from({ length: 40 }, () => ({ name: long(300), value: long(2000) })),
    };
    const payload = message({ embeds: Array.from({ length: 12 }, () => embed) });
    expect(payload.embeds.length).toBeLessThanOrEqual(EMBEDS_PER_MESSAGE_MAX);
    const total = payload.embeds.reduce((sum, e) => sum + embedLength(e), 0);
    expect(total).toBeLessThanOrEqual(EMBEDS_TOTAL_MAX);
    for (const e of payload.embeds) {
      expect(e.fields?.length ?? 0).toBeLessThanOrEqual(EMBED_FIELDS_MAX);
      for (const f of e.fields ?? []) expect(f.value.length).toBeLessThanOrEqual(EMBED_FIELD_VALUE_MAX);
    }
  });
});

describe('ephemeral', () => {
  it('adds the ephemeral flag (64)', () => {
    expect(ephemeral(message({ content: 'x' })).flags).toBe(64);
  });
});
