import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startEmbeddedAzurite, type EmbeddedAzurite } from '../src/store/embedded-azurite';
import { cardText } from './driver/connector';
import { channel, makeUser, personalChat } from './driver/conversation';
import { givenBroedplaats, givenInvitation, givenMeeting } from './driver/factories';
import { LINK_SECRET, startTestBot, type TestBot } from './driver/test-bot';
import { rsvpToken } from '../src/features/invitations/links';
import { signLink } from '../src/web/signed-links';

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
    // Why it is down (an address, an exception) is in the log only.
    expect(down.body).toEqual({ status: 'unavailable', storage: 'not reachable' });

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

  it('keeps an intake through an outage: the answer typed meanwhile is asked again, and a redelivery of it runs once storage is back', async () => {
    const bram = makeUser('Bram');
    const chat = personalChat(bot, bram);
    await chat.say(bram, 'intake');
    await chat.say(bram, 'Netwerk Oost');
    const port = azurite.port;
    await azurite.stop();

    const typed = chat.activity(bram, { type: 'message', text: '1' });
    const during = await chat.post(typed);
    expect(during.status).toBeLessThan(500);
    expect(during.texts.join(' ')).toContain('probeer het over een minuut opnieuw');
    expect((await fetch(`${bot.url}/api/health`)).status).toBe(503);

    azurite = await startEmbeddedAzurite({ location, port });
    // Teams delivers the same activity again: it was not handled, so now it is.
    const redelivered = await chat.post(typed);
    expect(redelivered.cards.map(cardText).join(' ') + redelivered.texts.join(' ')).toContain(
      'Vraag 3 van 12',
    );
    const draft = await bot.store.intakes.get({ conversationId: chat.id, userKey: bram.aadObjectId });
    expect(draft?.value.answers).toMatchObject({ networkName: 'Netwerk Oost', networkKind: 'informeel' });
    expect(draft?.value.position).toBe('schoolCount');
  });

  it('answers "try again shortly" to a status and a meeting card action whose reads start early, and both work after', async () => {
    bot.clock.set('2027-03-02T09:00:00Z');
    const carla = makeUser('Carla Contact');
    const team = channel(bot, 'netwerk-vooruit');
    const b = await givenBroedplaats(bot, carla, team);
    const m = await givenMeeting(bot, b, { start: '2027-04-16T12:00:00Z', end: '2027-04-16T14:00:00Z' });
    const dm = personalChat(bot, carla);
    await dm.say(carla, 'hulp');
    const keep = () =>
      team.execute(carla, 'meeting.keep', { broedplaatsId: b.id, meetingId: m.id }, m.poll.messageId);
    const port = azurite.port;
    await azurite.stop();

    const status = await dm.say(carla, 'status');
    expect(status.status).toBe(200);
    expect(status.texts).toEqual([expect.stringContaining('probeer het over een minuut opnieuw')]);
    const clicked = await keep();
    expect(clicked.status).toBe(200);
    expect(JSON.stringify(clicked.body)).toContain('probeer het over een minuut opnieuw');

    azurite = await startEmbeddedAzurite({ location, port });
    const statusAfter = await dm.say(carla, 'status');
    expect(statusAfter.cards.map(cardText).join(' ')).toContain(b.network.name);
    const clickedAfter = await keep();
    expect(JSON.stringify(clickedAfter.body)).not.toContain('probeer het over een minuut opnieuw');
    expect(cardText((clickedAfter.body as { value?: unknown }).value)).toContain(b.network.name);
  });

  it('shows an invitee outside Teams a "try again shortly" page while storage is down, and their answer after', async () => {
    bot.clock.set('2027-03-02T09:00:00Z');
    const carla = makeUser('Carla Contact');
    const b = await givenBroedplaats(bot, carla, channel(bot, 'netwerk-storing'));
    const m = await givenMeeting(bot, b, { start: '2027-04-16T12:00:00Z', end: '2027-04-16T14:00:00Z' });
    const inv = await givenInvitation(
      bot,
      m,
      { name: 'Rob Researcher', email: 'rob@uu.example' },
      'tentative',
    );
    const page = `${bot.url}/rsvp/${rsvpToken(LINK_SECRET, inv)}?lang=en`;
    const port = azurite.port;
    await azurite.stop();

    const during = await fetch(page);
    expect(during.status).toBe(503);
    const html = await during.text();
    expect(html).toContain('The data cannot be reached right now; nothing was lost.');
    expect(html).not.toMatch(/Error:|at \w+ \(/);
    // A calendar link says only that it is unavailable for now (restify would send the storage error's text).
    const ics = signLink(LINK_SECRET, { kind: 'ics', ids: [b.id, m.id], exp: 2_000_000_000 });
    const file = await fetch(`${bot.url}/api/calendar/${ics}`);
    expect({ status: file.status, text: await file.text() }).toEqual({
      status: 503,
      text: '{"error":"temporarily unavailable"}',
    });

    azurite = await startEmbeddedAzurite({ location, port });
    const after = await fetch(page);
    expect(after.status).toBe(200);
    expect(await after.text()).toContain('Your answer: Maybe');
  });
});
