import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commandModules, loadCommands } from '../../commands/index.ts';
import { parseConfig } from '../../src/discord/config.ts';
import { deployCommands, registrationPayload } from '../../src/discord/deploy.ts';
import { APP_ID, FAKE_TOKEN, type FakeDiscord, startFakeDiscord } from './fake-discord.ts';

const GUILD_ID = '555555555555555555';

let fake: FakeDiscord;
beforeEach(async () => {
  fake = await startFakeDiscord();
});
afterEach(async () => {
  await fake.close();
});

function expectLocalized(body: any[]) {
  expect(body.map((command) => command.name)).toEqual(commandModules.map((command) => command.data.name));
  expect(body.map((command) => command.name)).toEqual(expect.arrayContaining(['ask', 'quote', 'facts', 'sources', 'add', 'remove', 'brief', 'timeline', 'Check against the articles']));
  // Changing the articles is for Manage Server (1 << 5) by default, and only inside a server.
  for (const name of ['add', 'remove']) {
    expect(body.find((command) => command.name === name)).toMatchObject({ default_member_permissions: '32', contexts: [0] });
  }
  for (const command of body) {
    expect(command.name_localizations?.ko).toMatch(/[가-힣]/);
    // A message command (type 3) has a name only.
    if (command.type === 3) continue;
    expect(command.description_localizations?.ko).toMatch(/[가-힣]/);
    expect(command.description.length).toBeLessThanOrEqual(100);
    for (const option of command.options ?? []) {
      expect(option.name_localizations?.ko).toMatch(/[가-힣]/);
      expect(option.description_localizations?.ko).toMatch(/[가-힣]/);
    }
  }
  const ask = body.find((command) => command.name === 'ask');
  expect(ask.options.map((o: { name: string }) => o.name)).toEqual(['question', 'hide']);
  const facts = body.find((command) => command.name === 'facts');
  expect(facts.options[1].choices.map((c: { value: string }) => c.value)).toEqual(['money', 'percent', 'area', 'duration', 'date', 'count', 'person', 'quote']);
  const quote = body.find((command) => command.name === 'quote');
  expect(quote.options[0].autocomplete).toBe(true);
}

describe('npm run deploy-commands', () => {
  it('PUTs every command with ko localizations to the guild when DISCORD_GUILD_ID is set', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/deploy-commands.ts'], {
      env: {
        PATH: process.env.PATH,
        DISCORD_TOKEN: FAKE_TOKEN,
        DISCORD_APP_ID: APP_ID,
        DISCORD_GUILD_ID: GUILD_ID,
        DISCORD_API_BASE: fake.apiBase,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    const [code] = await once(child, 'exit');
    clearTimeout(timer);
    expect(code).toBe(0);
    expect(output).toContain(`registered ${commandModules.length} commands in guild ${GUILD_ID}`);
    expect(output).not.toContain(FAKE_TOKEN);
    const put = fake.requests.find((r) => r.method === 'PUT');
    expect(put?.path).toBe(`/api/v10/applications/${APP_ID}/guilds/${GUILD_ID}/commands`);
    expectLocalized(put?.body);
  });
});

describe('deployCommands', () => {
  it('registers globally without a guild id', async () => {
    const parsed = parseConfig({ DISCORD_TOKEN: FAKE_TOKEN, DISCORD_APP_ID: APP_ID, DISCORD_API_BASE: fake.apiBase });
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    const result = await deployCommands(parsed.config, commandModules);
    expect(result).toEqual({ count: commandModules.length, scope: { kind: 'global' } });
    const put = await fake.waitForRequest((r) => r.method === 'PUT');
    expect(put.path).toBe(`/api/v10/applications/${APP_ID}/commands`);
    expect(put.body).toEqual(registrationPayload(commandModules));
  });
});

describe('loadCommands', () => {
  it('reports a malformed module with its reason instead of dropping it', () => {
    expect(() => loadCommands([...commandModules, { data: { name: 'Bad Name', description: '' } }])).toThrow(
      /command Bad Name: data\.name[\s\S]*execute/,
    );
  });

  it('rejects two commands with the same name', () => {
    expect(() => loadCommands([commandModules[0], commandModules[0]])).toThrow(/defined twice/);
  });
});
