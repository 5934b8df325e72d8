// Attacks that fish for internal detail without credentials: the health check and a request with a token while the
// Bot Framework's signing keys cannot be fetched get fixed short texts (details only in the log), never a 500 with an
// address or an exception, and a flood of such requests does not start a fetch each.
import nock from 'nock';
import { makeUser, personalChat } from '../driver/conversation';
import { startTestBot, type TestBot } from '../driver/test-bot';

const APP_ID = '11111111-2222-3333-4444-555555555555';

/** A token shaped like the Bot Framework's (issuer, audience, key id), not signed by it. */
function forgedToken(): string {
  const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const now = Math.floor(Date.now() / 1000);
  return [
    part({ alg: 'RS256', typ: 'JWT', kid: 'forged-key' }),
    part({ iss: 'https://api.botframework.com', aud: APP_ID, nbf: now - 60, exp: now + 3600 }),
    'c2lnbmF0dXJl',
  ].join('.');
}

describe('a caller without credentials learns nothing internal', () => {
  let bot: TestBot;
  beforeAll(async () => {
    nock.disableNetConnect();
    nock.enableNetConnect('127.0.0.1');
    bot = await startTestBot({
      env: { MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'test-secret-not-real' },
    });
  });
  afterAll(async () => {
    await bot.stop();
    nock.cleanAll();
    nock.enableNetConnect();
  });

  it('answers a token while the signing keys cannot be fetched with 503 and a short text, fetching once', async () => {
    let fetches = 0;
    nock('https://login.botframework.com')
      .get(/.*/)
      .times(20)
      .reply(() => {
        fetches++;
        return [503, 'metadata service at https://login.botframework.com is down: internal detail'];
      });
    const anna = makeUser('Anna');
    const chat = personalChat(bot, anna);
    const answers = [];
    for (let i = 0; i < 5; i++) {
      const res = await fetch(`${bot.url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${forgedToken()}` },
        body: JSON.stringify(chat.activity(anna, { type: 'message', text: 'hulp' })),
      });
      answers.push({ status: res.status, text: await res.text() });
    }
    for (const a of answers) {
      expect(a).toEqual({ status: 503, text: '{"error":"temporarily unavailable"}' });
    }
    expect(fetches).toBe(1);
    expect(bot.connector.calls).toHaveLength(0);
  });

  it('answers a flood of health checks from one address with 429 past 60 a minute, without asking storage', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 70; i++) statuses.push((await fetch(`${bot.url}/api/health`)).status);
    expect(statuses.slice(0, 60).every((s) => s === 200)).toBe(true);
    expect(statuses.slice(60)).toEqual(Array(10).fill(429));
  });

  it('answers a path that does not exist with a short text, not the path', async () => {
    const res = await fetch(`${bot.url}/api/<script>nope`);
    expect({ status: res.status, text: await res.text() }).toEqual({
      status: 404,
      text: '{"error":"not found"}',
    });
  });

  it('answers a wrong token with 401 and a short text', async () => {
    const anna = makeUser('Anna');
    const chat = personalChat(bot, anna);
    const res = await chat.post(chat.activity(anna, { type: 'message', text: 'hulp' }), {
      authorization: 'Bearer not-a-jwt',
    });
    expect({ status: res.status, body: res.body }).toEqual({ status: 401, body: { error: 'unauthorized' } });
  });
});

describe('health checks behind the proxy of App Service', () => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startTestBot({ env: { TRUSTED_PROXY_HOPS: '1' } });
  });
  afterAll(() => bot.stop());

  it('are limited per client address that the proxy reports, so one client cannot use up everyone’s', async () => {
    const from = (address: string) =>
      fetch(`${bot.url}/api/health`, { headers: { 'x-forwarded-for': `${address}:51234` } });
    const statuses: number[] = [];
    for (let i = 0; i < 61; i++) statuses.push((await from('203.0.113.7')).status);
    expect(statuses.slice(0, 60).every((s) => s === 200)).toBe(true);
    expect(statuses[60]).toBe(429);
    expect((await from('198.51.100.9')).status).toBe(200);
  });
});
