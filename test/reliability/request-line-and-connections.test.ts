// Attacks below the routes: a request target restify cannot parse (it ended the process), Upgrade requests (their
// sockets were kept for good), many near-limit bodies held at once (memory), and activity fields of the wrong type.
import net from 'node:net';
import { makeUser, personalChat } from '../driver/conversation';
import { startTestBot, type TestBot } from '../driver/test-bot';

/** Sends raw bytes on a new connection; resolves with what came back when the bot closes it (or after `ms`). */
function raw(port: number, bytes: string, ms = 5000): Promise<{ text: string; closedByBot: boolean }> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    let text = '';
    const timer = setTimeout(() => {
      socket.destroy();
      resolve({ text, closedByBot: false });
    }, ms);
    socket.on('data', (d: Buffer) => (text += d.toString()));
    socket.on('close', () => {
      clearTimeout(timer);
      resolve({ text, closedByBot: true });
    });
    socket.on('error', () => undefined);
    socket.write(bytes);
  });
}

describe('requests below the routes', () => {
  let bot: TestBot;
  let port: number;
  beforeAll(async () => {
    bot = await startTestBot();
    port = Number(new URL(bot.url).port);
  });
  afterAll(() => bot.stop());

  async function stillServes(): Promise<void> {
    const anna = makeUser('Anna');
    expect((await personalChat(bot, anna).say(anna, 'hulp')).cards).toHaveLength(1);
  }

  it('answers a request target it cannot parse with 400, and keeps running', async () => {
    for (const target of ['http://[/', 'http://[::1/api/health']) {
      const answer = await raw(port, `GET ${target} HTTP/1.1\r\nHost: x\r\n\r\n`);
      expect([target, answer.text.split('\r\n')[0]]).toEqual([target, 'HTTP/1.1 400 Bad Request']);
    }
    await stillServes();
  });

  it('refuses an Upgrade request and closes its connection instead of keeping it', async () => {
    const answers = await Promise.all(
      Array.from({ length: 20 }, () =>
        raw(
          port,
          'GET /api/health HTTP/1.1\r\nHost: x\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n' +
            'Sec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n',
        ),
      ),
    );
    for (const a of answers) {
      expect(a.text.split('\r\n')[0]).toBe('HTTP/1.1 400 Bad Request');
      expect(a.closedByBot).toBe(true);
    }
    await stillServes();
  });

  it('answers 503 once the bodies held at once would pass its memory budget, and serves again after', async () => {
    const body = JSON.stringify({ padding: 'x'.repeat(980_000) });
    const sockets: net.Socket[] = [];
    const head = `POST /api/messages HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${body.length + 10}\r\n\r\n`;
    for (let i = 0; i < 52; i++) {
      const s = net.connect(port, '127.0.0.1');
      s.on('error', () => undefined);
      await new Promise<void>((r) => s.once('connect', () => r()));
      s.write(head + body); // ten bytes short: each body stays held until its deadline
      sockets.push(s);
    }
    // Asked again until the bot has read what was sent (well within the bodies' 15 s deadline).
    const probe = `POST /api/messages HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 900000\r\n\r\n`;
    let status = '';
    for (const until = Date.now() + 10_000; Date.now() < until && !status.includes('503');)
      status = (await raw(port, probe, 500)).text.split('\r\n')[0] ?? '';
    expect(status).toBe('HTTP/1.1 503 Service Unavailable');
    for (const s of sockets) s.destroy();
    await new Promise((r) => setTimeout(r, 300));
    await stillServes();
  });

  it('refuses a flood of posts to a page before reading their bodies', async () => {
    for (let i = 0; i < 60; i++) await fetch(`${bot.url}/rsvp/x`);
    const post = await raw(
      port,
      'POST /rsvp/x HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 60000\r\n\r\n',
      3000,
    );
    expect(post.text.split('\r\n')[0]).toBe('HTTP/1.1 429 Too Many Requests');
  });

  it('answers an activity whose locale is no text without a failure', async () => {
    const anna = makeUser('Anna');
    const chat = personalChat(bot, anna);
    const result = await chat.post({
      ...chat.activity(anna, { type: 'message', text: 'hulp' }),
      locale: { a: 1 },
    });
    expect(result.status).toBeLessThan(500);
    expect(result.cards).toHaveLength(1);
  });
});
