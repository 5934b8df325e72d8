// A loopback Bot Connector stand-in for the benchmark: answers like the real service, optionally enforcing Teams' rate limits.
import http from 'node:http';
import type { Limits, Window } from '../src/jobs/rate-limiter';

/** What the stand-in saw, by kind of call. */
export interface ConnectorCounts {
  replies: number;
  sends: number;
  updates: number;
  other: number;
  /** Calls answered 429 (only when limits are enforced), and which window was full. */
  throttled: number;
  throttledByConversation: number;
  throttledByApp: number;
}

/** Sliding windows per key (a conversation, or the app), counting accepted calls only. */
class Windows {
  private readonly stamps = new Map<string, number[]>();

  /** 0 when a call may go now (and records it), else the ms until it may. */
  take(key: string, windows: readonly Window[], now: number, commit: boolean): number {
    const stamps = this.stamps.get(key) ?? [];
    let wait = 0;
    for (const w of windows) {
      let inWindow = 0;
      for (let i = stamps.length - 1; i >= 0 && (stamps[i] ?? 0) > now - w.ms; i--) inWindow++;
      if (inWindow >= w.count) wait = Math.max(wait, (stamps[stamps.length - w.count] ?? now) + w.ms - now);
    }
    if (wait === 0 && commit) {
      stamps.push(now);
      this.stamps.set(key, stamps);
    }
    return wait;
  }
}

/**
 * Answers the Bot Connector calls a bot makes: replies, proactive sends, card updates (ids like the real
 * service). Keeps the last text sent into each conversation (to read what the bot answered) and, for the
 * proactive fan-out, how many times each message text was accepted. With `limits`, a call past Teams'
 * per-conversation or per-app windows is answered 429 with a Retry-After in whole seconds, as Teams does.
 */
export class ConnectorStandIn {
  readonly counts: ConnectorCounts = {
    replies: 0,
    sends: 0,
    updates: 0,
    other: 0,
    throttled: 0,
    throttledByConversation: 0,
    throttledByApp: 0,
  };
  /** Last message text (or "[card]") per conversation id. */
  readonly lastText = new Map<string, string>();
  /** Accepted proactive sends by message text (the fan-out puts a unique id in each text). */
  readonly accepted = new Map<string, number>();
  /** 429 answers by message text. */
  readonly refused = new Map<string, number>();
  /** When (epoch ms) the last proactive send into each conversation was accepted. */
  readonly lastAcceptedAt = new Map<string, number>();
  private readonly windows = new Windows();
  private server: http.Server | undefined;
  private nextId = 1;
  url = '';

  constructor(private readonly limits?: Limits) {}

  async start(): Promise<void> {
    const server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (d: Buffer) => chunks.push(d));
      req.on('end', () => this.answer(req, Buffer.concat(chunks).toString(), res));
    });
    server.keepAliveTimeout = 30_000;
    this.server = server;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    const address = server.address();
    this.url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  private answer(req: http.IncomingMessage, raw: string, res: http.ServerResponse): void {
    const method = req.method ?? 'GET';
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const m = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?$/.exec(path);
    res.setHeader('content-type', 'application/json');
    if (!m) {
      this.counts.other++;
      if (method === 'POST' && path === '/v3/conversations') {
        res.end(JSON.stringify({ id: `a:created-${this.nextId++}`, serviceUrl: this.url }));
        return;
      }
      res.statusCode = 404;
      res.end(JSON.stringify({ error: { code: 'NotFound', message: 'not a connector route' } }));
      return;
    }
    const conversationId = decodeURIComponent(m[1] ?? '');
    let body: { text?: unknown; attachments?: unknown };
    try {
      body = raw ? (JSON.parse(raw) as typeof body) : {};
    } catch {
      body = {};
    }
    if (this.limits) {
      const now = Date.now();
      const conversationWait = this.windows.take(
        `c:${conversationId}`,
        this.limits.perConversation,
        now,
        false,
      );
      const appWait = this.windows.take('app', this.limits.perApp, now, false);
      if (conversationWait > 0 || appWait > 0) {
        this.counts.throttled++;
        if (conversationWait > 0) this.counts.throttledByConversation++;
        if (appWait > 0) this.counts.throttledByApp++;
        if (typeof body.text === 'string')
          this.refused.set(body.text, (this.refused.get(body.text) ?? 0) + 1);
        res.statusCode = 429;
        res.setHeader(
          'retry-after',
          String(Math.max(1, Math.ceil(Math.max(conversationWait, appWait) / 1000))),
        );
        res.end(JSON.stringify({ error: { code: 'Throttled', message: 'too many requests' } }));
        return;
      }
      this.windows.take(`c:${conversationId}`, this.limits.perConversation, now, true);
      this.windows.take('app', this.limits.perApp, now, true);
    }
    const text = typeof body.text === 'string' ? body.text : Array.isArray(body.attachments) ? '[card]' : '';
    if (method === 'PUT') {
      this.counts.updates++;
      res.end(JSON.stringify({ id: m[2] ? decodeURIComponent(m[2]) : '' }));
      return;
    }
    if (m[2]) this.counts.replies++;
    else {
      this.counts.sends++;
      this.accepted.set(text, (this.accepted.get(text) ?? 0) + 1);
      this.lastAcceptedAt.set(conversationId, Date.now());
    }
    this.lastText.set(conversationId, text);
    res.end(JSON.stringify({ id: `bench-msg-${this.nextId++}` }));
  }
}
