import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startEmbeddedAzurite, type EmbeddedAzurite } from '../src/store/embedded-azurite';
import { makeUser, personalChat } from './driver/conversation';
import { startTestBot, type TestBot } from './driver/test-bot';

describe('health and storage outages', () => {
  let location: string;
  let azurite: EmbeddedAzurite;
  let bot: TestBot;

  beforeAll(async () => {
    location = fs.mkdtempSync(path.join(os.tmpdir(), 'broedplaats-health-'));
    azurite = await startEmbeddedAzurite({ location });
    bot = await startTestBot({ connectionString: azurite.connectionString });
  });
  afterAll(async () => {
    await bot.stop();
    await azurite.stop();
    fs.rmSync(location, { recursive: true, force: true });
  });

  const health = async () => {
    const res = await fetch(`${bot.url}/api/health`);
    return { status: res.status, body: (await res.json()) as { status: string; storage: string } };
  };

  it('says 200 when storage answers', async () => {
    expect(await health()).toEqual({ status: 200, body: { status: 'ok', storage: 'ok' } });
  });

  it('says 503 with a reason when storage is down, tells users to try again, and recovers when storage is back', async () => {
    const anna = makeUser('Anna');
    const chat = personalChat(bot, anna);
    await chat.say(anna, 'hulp');
    const port = azurite.port;
    await azurite.stop();

    const down = await health();
    expect(down.status).toBe(503);
    expect(down.body.status).toBe('unavailable');
    expect(down.body.storage).toMatch(/not reachable/);

    const during = await chat.say(anna, 'hulp');
    expect(during.status).toBe(200);
    expect(during.texts).toEqual([expect.stringContaining('probeer het over een minuut opnieuw')]);
    expect(
      bot.logs.some((l) => (l.turn as { outcome?: string } | undefined)?.outcome === 'error:storage'),
    ).toBe(true);

    azurite = await startEmbeddedAzurite({ location, port });
    expect((await health()).status).toBe(200);
    const after = await chat.say(anna, 'hulp');
    expect(after.cards).toHaveLength(1);
  });
});
