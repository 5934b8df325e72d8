// Attacks on the HTTP envelope before authentication: compressed bodies (broken gzip, a gzip bomb, a small gzip of a
// large activity) and multipart uploads must get a plain 4xx, leave no file behind, and never end the process.
import { gzipSync } from 'node:zlib';
import { rsvpToken } from '../../src/features/invitations/links';
import { channel, makeUser, personalChat } from '../driver/conversation';
import { givenBroedplaats, givenInvitation, givenMeeting } from '../driver/factories';
import { LINK_SECRET, startTestBot, type TestBot } from '../driver/test-bot';
import { rawRequest, uploadFiles } from './http-envelope';

const JSON_TYPE = { 'content-type': 'application/json' };
const FORM_TYPE = { 'content-type': 'application/x-www-form-urlencoded' };

describe('request bodies the routes do not accept', () => {
  let bot: TestBot;
  let rsvpPath: string;
  beforeAll(async () => {
    bot = await startTestBot();
    bot.clock.set('2027-03-02T09:00:00Z');
    const b = await givenBroedplaats(bot, makeUser('Carla Contact'), channel(bot, 'netwerk'));
    const m = await givenMeeting(bot, b, { start: '2027-04-16T12:00:00Z', end: '2027-04-16T14:00:00Z' });
    const inv = await givenInvitation(bot, m, { name: 'Rob Researcher', email: 'rob@uu.example' });
    rsvpPath = `/rsvp/${rsvpToken(LINK_SECRET, inv)}`;
  });
  afterAll(() => bot.stop());

  /** The bot still answers a real turn: the process is up and its storage in use. */
  async function stillServes(): Promise<void> {
    const anna = makeUser('Anna');
    const turn = await personalChat(bot, anna).say(anna, 'hulp');
    expect(turn.status).toBe(200);
    expect(turn.cards).toHaveLength(1);
    expect((await fetch(`${bot.url}/api/health`)).status).toBe(200);
  }

  it('refuses a 5-byte body that claims to be gzip with 415, on the messages endpoint and the answer page', async () => {
    const bad = await rawRequest(`${bot.url}/api/messages`, {
      headers: { ...JSON_TYPE, 'content-encoding': 'gzip' },
      body: 'hello',
    });
    expect(bad.status).toBe(415);
    const page = await rawRequest(`${bot.url}${rsvpPath}`, {
      headers: { ...FORM_TYPE, 'content-encoding': 'gzip' },
      body: 'h',
    });
    expect(page.status).toBe(415);
    await stillServes();
  });

  it('refuses a small gzip body that expands to an activity far past the size limit, unread', async () => {
    const anna = makeUser('Anna');
    const chat = personalChat(bot, anna);
    const huge = chat.activity(anna, { type: 'message', text: 'hulp ' + 'a'.repeat(20_000_000) });
    const body = gzipSync(JSON.stringify(huge));
    expect(body.length).toBeLessThan(100_000);
    const answer = await rawRequest(`${bot.url}/api/messages`, {
      headers: { ...JSON_TYPE, 'content-encoding': 'gzip' },
      body,
    });
    expect(answer.status).toBe(415);
    expect(bot.connector.calls.filter((c) => c.conversationId === chat.id)).toHaveLength(0);
    await stillServes();
  });

  it('refuses every content coding but identity, also deflate, br and a list of codings', async () => {
    for (const coding of ['deflate', 'br', 'gzip, identity', 'x-gzip', 'compress']) {
      const answer = await rawRequest(`${bot.url}/api/messages`, {
        headers: { ...JSON_TYPE, 'content-encoding': coding },
        body: '{}',
      });
      expect([coding, answer.status]).toEqual([coding, 415]);
    }
    const identity = await rawRequest(`${bot.url}/api/messages`, {
      headers: { ...JSON_TYPE, 'content-encoding': 'identity' },
      body: '{}',
    });
    expect(identity.status).toBe(400);
  });

  it('refuses a multipart upload with 415 and leaves no file in the temp folder', async () => {
    const before = uploadFiles();
    const boundary = 'x-boundary';
    const file = Buffer.alloc(5_000_000, 'a');
    const body = Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="f"; filename="a.bin"\r\n` +
          'Content-Type: application/octet-stream\r\n\r\n',
      ),
      file,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    for (const path of ['/api/messages', rsvpPath, '/rsvp/x']) {
      const answer = await rawRequest(`${bot.url}${path}`, {
        headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
        body,
        chunks: 20,
      });
      expect([path, answer.status === 415 || answer.status === -1]).toEqual([path, true]);
    }
    const after = [...uploadFiles()].filter((f) => !before.has(f));
    expect(after).toEqual([]);
    await stillServes();
  });

  it('refuses JSON posted to a page and a form posted to the messages endpoint with 415', async () => {
    const json = await rawRequest(`${bot.url}${rsvpPath}`, {
      headers: JSON_TYPE,
      body: '{"answer":"accepted"}',
    });
    expect(json.status).toBe(415);
    const form = await rawRequest(`${bot.url}/api/messages`, { headers: FORM_TYPE, body: 'type=message' });
    expect(form.status).toBe(415);
    const none = await rawRequest(`${bot.url}/api/messages`, { headers: {}, body: '{}' });
    expect(none.status).toBe(415);
  });

  it('counts the bytes that are parsed: an activity over 1 MB is refused with 413, sent whole or in chunks', async () => {
    const anna = makeUser('Anna');
    const chat = personalChat(bot, anna);
    const big = JSON.stringify(chat.activity(anna, { type: 'message', text: 'é'.repeat(600_000) }));
    const withLength = await rawRequest(`${bot.url}/api/messages`, { headers: JSON_TYPE, body: big });
    expect(withLength.status === 413 || withLength.status === -1).toBe(true);
    const chunked = await rawRequest(`${bot.url}/api/messages`, {
      headers: { ...JSON_TYPE, 'transfer-encoding': 'chunked' },
      body: big,
      chunks: 50,
    });
    expect(chunked.status === 413 || chunked.status === -1).toBe(true);
    expect(bot.connector.calls.filter((c) => c.conversationId === chat.id)).toHaveLength(0);
    await stillServes();
  });

  it('reads a Dutch activity sent in many small chunks exactly', async () => {
    const anna = makeUser('Anna');
    const chat = personalChat(bot, anna);
    const body = JSON.stringify(chat.activity(anna, { type: 'message', text: 'hulp' }));
    const answer = await rawRequest(`${bot.url}/api/messages`, {
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body,
      chunks: 30,
    });
    expect(answer.status).toBe(200);
    expect(bot.connector.calls.filter((c) => c.conversationId === chat.id).length).toBeGreaterThan(0);
  });
});
