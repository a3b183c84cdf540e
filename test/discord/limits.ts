/** Checks a message body the bot sent against Discord's limits (numbers restated on purpose). */
import { expect } from 'vitest';

export function expectWithinDiscordLimits(body: any): void {
  expect(body.allowed_mentions).toEqual({ parse: [] });
  if (body.content !== undefined && body.content !== null) expect(body.content.length).toBeLessThanOrEqual(2000);
  const embeds: any[] = body.embeds ?? [];
  expect(embeds.length).toBeLessThanOrEqual(10);
  let total = 0;
  for (const embed of embeds) {
    expect(embed.title?.length ?? 0).toBeLessThanOrEqual(256);
    expect(embed.description?.length ?? 0).toBeLessThanOrEqual(4096);
    expect(embed.author?.name.length ?? 0).toBeLessThanOrEqual(256);
    expect(embed.footer?.text.length ?? 0).toBeLessThanOrEqual(2048);
    expect(embed.fields?.length ?? 0).toBeLessThanOrEqual(25);
    total += (embed.title?.length ?? 0) + (embed.description?.length ?? 0) + (embed.author?.name.length ?? 0);
    total += embed.footer?.text.length ?? 0;
    for (const field of embed.fields ?? []) {
      expect(field.name.length).toBeLessThanOrEqual(256);
      expect(field.value.length).toBeLessThanOrEqual(1024);
      total += field.name.length + field.value.length;
    }
  }
  expect(total).toBeLessThanOrEqual(6000);
  for (const row of body.components ?? []) {
    for (const component of row.components ?? []) {
      if (component.custom_id !== undefined) expect(component.custom_id.length).toBeLessThanOrEqual(100);
    }
  }
}
