// The web server: POST /api/messages into the bot, GET /api/health, one log line per turn, graceful close.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { parse as parseUrl } from 'node:url';
import restify, { type Request, type Response } from 'restify';
import type { Bot } from './app';
import { withDeadline } from './bot/deadline';
import { turnLog, type TurnLogFields } from './bot/turn-log';
import type { Logger } from './logger';
import { failureKind } from './bot/failures';
import { countStorageCalls, type Tables } from './store/tables';
import { AUTH_METADATA_UNAVAILABLE } from './teams/auth-metadata';
import { readBody, refuseEncodedBodies } from './web/body';
import { RequestLimit, tooMany } from './web/request-limit';

export interface ServerDeps {
  bot: Bot;
  tables: Tables;
  logger: Logger;
  /** Proxies in front of the bot that add the client's address to X-Forwarded-For. */
  trustedProxyHops?: number;
}

export interface BotServer {
  server: restify.Server;
  /** Starts listening; resolves with the port. */
  listen(port: number, host?: string): Promise<number>;
  /** Stops taking requests and waits (at most `timeoutMs`) for turns in progress to finish. */
  close(timeoutMs?: number): Promise<void>;
}

const HEALTH_TIMEOUT_MS = 3000;
/** The largest activity Teams sends is far below this (its own message limit is 40 KB of text plus a card). */
const MAX_ACTIVITY_BYTES = 1_000_000;
/** Health checks per client address per minute (each one calls storage). */
const HEALTH_CHECKS_PER_MINUTE = 60;

/** Creates the restify server around the bot. */
export function createServer(deps: ServerDeps): BotServer {
  const { bot, tables, logger } = deps;
  const server = restify.createServer({
    name: 'broedplaats-bot',
    handleUncaughtExceptions: false,
    maxParamLength: 2000,
  });
  guardConnections(server);
  refuseEncodedBodies(server);
  answerFailuresBriefly(server, logger);

  let inFlight = 0;
  let closing = false;
  let drained: (() => void) | undefined;

  server.post('/api/messages', readBody('json', MAX_ACTIVITY_BYTES), async (req: Request, res: Response) => {
    if (closing) {
      res.send(503, { error: 'shutting down' });
      return;
    }
    const activity: unknown = req.body;
    if (!isActivityShaped(activity)) {
      res.send(400, {
        error: 'expected a Bot Framework activity (JSON with type, conversation.id, from.id)',
      });
      return;
    }
    // Teams sends the client's language as text; anything else is as good as not said.
    if ('locale' in activity && typeof activity.locale !== 'string') delete activity.locale;
    inFlight++;
    const answer = new CapturedAnswer();
    const started = process.hrtime.bigint();
    const fields: TurnLogFields = {};
    try {
      const { counters } = await countStorageCalls(() =>
        turnLog.run(fields, () => bot.adapter.process(req, answer, (context) => bot.run(context))),
      );
      answer.sendTo(res, logger);
      logger.info(
        {
          turn: {
            type: activity.type,
            name: typeof activity.name === 'string' ? activity.name : undefined,
            conversationType: activity.conversation.conversationType,
            status: res.statusCode,
            durationMs: Number(process.hrtime.bigint() - started) / 1e6,
            storage: counters,
            ...fields,
          },
        },
        'turn',
      );
    } catch (e) {
      logger.error({ err: e, turn: { type: activity.type, ...fields } }, 'turn failed outside the bot');
      if (!res.headersSent) res.send(500, { error: 'internal error' });
    } finally {
      inFlight--;
      if (inFlight === 0) drained?.();
    }
  });

  const healthLimit = new RequestLimit(HEALTH_CHECKS_PER_MINUTE, 60_000);
  server.get('/api/health', async (req: Request, res: Response) => {
    if (tooMany(healthLimit, req, res, deps.trustedProxyHops ?? 0)) return;
    try {
      await withDeadline(tables.ping(), HEALTH_TIMEOUT_MS);
      res.send(200, { status: 'ok', storage: 'ok' });
    } catch (e) {
      logger.warn({ err: e }, 'health: storage not reachable');
      res.send(503, { status: 'unavailable', storage: 'not reachable' });
    }
  });

  // The features' pages behind personal links, calendar files and downloads.
  for (const register of deps.bot.routes) register(server);

  return {
    server,
    listen: (port, host = '0.0.0.0') =>
      new Promise((resolve) => {
        server.listen(port, host, () => resolve(server.address().port));
      }),
    async close(timeoutMs = 10_000) {
      closing = true;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.server.closeIdleConnections();
      if (inFlight > 0) {
        await withDeadline(new Promise<void>((resolve) => (drained = resolve)), timeoutMs).catch(
          () => undefined,
        );
      }
      server.server.closeAllConnections();
      await closed;
    },
  };
}

/** Most connections served at once; more wait in the kernel's queue (a flood must not take every file descriptor). */
const MAX_CONNECTIONS = 2000;

/**
 * What restify leaves to chance before any route runs: a request target it cannot parse (`GET http://[/`) throws
 * outside every handler and would end the process; an `Upgrade` request is handed to no one and its socket kept for
 * good. The first gets 400, the second is refused and closed; and connections are capped.
 */
function guardConnections(server: restify.Server): void {
  const http = server.server;
  http.maxConnections = MAX_CONNECTIONS;
  for (const event of ['request', 'checkContinue'] as const) {
    const handlers = http.listeners(event) as ((req: IncomingMessage, res: ServerResponse) => void)[];
    http.removeAllListeners(event);
    http.on(event, (req: IncomingMessage, res: ServerResponse) => {
      if (!parsableTarget(req.url)) {
        res.writeHead(400, { 'content-type': 'application/json', connection: 'close' });
        res.end(JSON.stringify({ error: 'bad request' }));
        return;
      }
      for (const handle of handlers) handle.call(http, req, res);
    });
  }
  http.removeAllListeners('upgrade');
  http.on('upgrade', (_req: IncomingMessage, socket: Duplex) => {
    socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
    // Whatever the client does next, the socket goes (end waits for the client to read).
    setTimeout(() => socket.destroy(), 1000).unref();
  });
}

/** Whether restify can read the request target (it parses it with url.parse, which throws on some). */
function parsableTarget(target: string | undefined): boolean {
  try {
    parseUrl(target ?? '/');
    return true;
  } catch {
    return false;
  }
}

/**
 * A route that fails (storage down, a bug) or a path that does not exist is answered with a fixed short text; the
 * error itself goes to the log only (restify would send its message, an address or an exception, to the caller).
 */
function answerFailuresBriefly(server: restify.Server, logger: Logger): void {
  server.on(
    'restifyError',
    (req: Request, _res: Response, err: Error & { statusCode?: number }, done: () => void) => {
      const status = failureKind(err) === 'storage' ? 503 : (err.statusCode ?? 500);
      if (status >= 500) logger.error({ err, path: req.path() }, 'request failed');
      const text =
        REFUSALS[status] ?? (status === 404 ? 'not found' : status >= 500 ? 'internal error' : 'refused');
      Object.assign(err, { statusCode: status, toJSON: () => ({ error: text }), toString: () => text });
      if ('body' in err) Object.assign(err, { body: { error: text } });
      return done();
    },
  );
}

/** Short fixed texts for the refusals of the Bot Framework adapter, whose own texts carry internal detail. */
const REFUSALS: Record<number, string> = {
  400: 'bad request',
  401: 'unauthorized',
  403: 'forbidden',
  405: 'method not allowed',
  503: 'temporarily unavailable',
};

/**
 * What the adapter answers, held until the turn is done: a success goes out as it is (an invoke's card), a
 * refusal or failure with a fixed short text (its detail only in the log), and a failure while the signing keys
 * cannot be had as 503.
 */
class CapturedAnswer {
  socket: unknown = undefined;
  private code = 200;
  private body: unknown;
  private readonly headers: [string, unknown][] = [];
  status(code: number): this {
    this.code = code;
    return this;
  }
  header(name: string, value: unknown): this {
    this.headers.push([name, value]);
    return this;
  }
  send(body?: unknown): this {
    this.body = body;
    return this;
  }
  end(): this {
    return this;
  }

  sendTo(res: Response, logger: Logger): void {
    if (res.headersSent) return;
    if (this.code < 400) {
      for (const [name, value] of this.headers) res.header(name, value);
      if (this.body === undefined) {
        res.status(this.code);
        res.end();
      } else res.send(this.code, this.body);
      return;
    }
    const code = this.code >= 500 && this.body === AUTH_METADATA_UNAVAILABLE ? 503 : this.code;
    logger.warn({ status: this.code, detail: String(this.body ?? '').slice(0, 500) }, 'request refused');
    if (code === 503) res.setHeader('retry-after', '30');
    res.send(code, { error: REFUSALS[code] ?? (code >= 500 ? 'internal error' : 'refused') });
  }
}

interface ActivityShape {
  type: string;
  locale?: unknown;
  name?: unknown;
  conversation: { id: string; conversationType?: string };
  from: { id: string };
}

function isActivityShaped(body: unknown): body is ActivityShape {
  if (!body || typeof body !== 'object') return false;
  const a = body as Record<string, unknown>;
  const conversation = a.conversation as Record<string, unknown> | undefined;
  const from = a.from as Record<string, unknown> | undefined;
  return (
    typeof a.type === 'string' &&
    typeof a.serviceUrl === 'string' &&
    typeof conversation?.id === 'string' &&
    typeof from?.id === 'string'
  );
}
