// The web server: POST /api/messages into the bot, GET /api/health, one log line per turn, graceful close.
import restify, { type Request, type Response } from 'restify';
import type { Bot } from './app';
import { turnLog, type TurnLogFields } from './bot/turn-log';
import type { Logger } from './logger';
import { countStorageCalls, type Tables } from './store/tables';

export interface ServerDeps {
  bot: Bot;
  tables: Tables;
  logger: Logger;
  /** More routes (calendar files, pages), registered after the bot's own. */
  routes?: ((server: restify.Server) => void)[];
}

export interface BotServer {
  server: restify.Server;
  /** Starts listening; resolves with the port. */
  listen(port: number, host?: string): Promise<number>;
  /** Stops taking requests and waits (at most `timeoutMs`) for turns in progress to finish. */
  close(timeoutMs?: number): Promise<void>;
}

const HEALTH_TIMEOUT_MS = 3000;

/** Creates the restify server around the bot. */
export function createServer(deps: ServerDeps): BotServer {
  const { bot, tables, logger } = deps;
  const server = restify.createServer({
    name: 'broedplaats-bot',
    handleUncaughtExceptions: false,
    maxParamLength: 2000,
  });
  server.use(restify.plugins.bodyParser({ maxBodySize: 1_000_000, mapParams: false }));

  let inFlight = 0;
  let closing = false;
  let drained: (() => void) | undefined;

  server.post('/api/messages', async (req: Request, res: Response) => {
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
    inFlight++;
    const started = process.hrtime.bigint();
    const fields: TurnLogFields = {};
    try {
      const { counters } = await countStorageCalls(() =>
        turnLog.run(fields, () => bot.adapter.process(req, res, (context) => bot.run(context))),
      );
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

  server.get('/api/health', async (_req: Request, res: Response) => {
    try {
      await withTimeout(tables.ping(), HEALTH_TIMEOUT_MS);
      res.send(200, { status: 'ok', storage: 'ok' });
    } catch (e) {
      res.send(503, {
        status: 'unavailable',
        storage: `not reachable: ${e instanceof Error ? e.message : String(e)}`,
      });
    }
  });

  for (const register of deps.routes ?? []) register(server);

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
        await withTimeout(new Promise<void>((resolve) => (drained = resolve)), timeoutMs).catch(
          () => undefined,
        );
      }
      server.server.closeAllConnections();
      await closed;
    },
  };
}

interface ActivityShape {
  type: string;
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

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
    promise.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      (e: unknown) => {
        clearTimeout(timer);
        reject(e instanceof Error ? e : new Error(String(e)));
      },
    );
  });
}
