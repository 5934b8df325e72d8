// Starts the real bot (restify + teams-ai + store on the test Azurite) on a free port, with its own tables.
import { Writable } from 'node:stream';
import { createBot, type Bot } from '../../src/app';
import { loadConfig, type Config } from '../../src/config';
import { createLogger } from '../../src/logger';
import { createServer, type BotServer } from '../../src/server';
import { openStore, type Store } from '../../src/store';
import { Tables, type StorageCounters } from '../../src/store/tables';
import { FakeConnector } from './connector';

/** The link key of test bots; links they hand out start with https://broedplaats.test. */
export const LINK_SECRET = 'test-link-secret-that-is-long-enough-0123456789';

/** A settable clock for tests; no test sleeps. */
export class TestClock {
  constructor(private current = new Date('2026-03-02T09:00:00Z')) {}
  now = (): Date => new Date(this.current);
  set(iso: string): void {
    this.current = new Date(iso);
  }
  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
}

export interface TestBot {
  url: string;
  config: Config;
  store: Store;
  tables: Tables;
  connector: FakeConnector;
  clock: TestClock;
  /** Every JSON log line the bot wrote. */
  logs: Record<string, unknown>[];
  /** Waits for what turns left running after their answer (shared card updates), as Teams would see it later. */
  settle(): Promise<void>;
  /** Runs the jobs that are due at the test clock's time, as the poller would; returns how many ran. */
  runJobs(): Promise<number>;
  /** Stops this bot instance and starts a new one on the same tables (a restart or deploy). */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

export interface TestBotOptions {
  /** Environment overrides (same names as in .env.sample). */
  env?: Record<string, string>;
  /** Share tables with another test bot (two instances on one storage). */
  tablePrefix?: string;
  connector?: FakeConnector;
  clock?: TestClock;
  /** Storage to use instead of the test run's shared Azurite. */
  connectionString?: string;
  /** Pause between updates of one shared card (default 0 in tests; the bot's own default is 300 ms). */
  cardUpdateGapMs?: number;
}

/** The storage calls of the last turn `bot` logged (its `turn` log line). */
export function lastTurnStorage(bot: TestBot): StorageCounters {
  const turns = bot.logs.filter((l) => (l as { msg?: string }).msg === 'turn');
  return (turns.at(-1) as { turn: { storage: StorageCounters } }).turn.storage;
}

/** A table prefix no other test uses. */
export function uniquePrefix(): string {
  return 't' + Math.random().toString(36).slice(2, 10) + Date.now().toString(36).slice(-5);
}

/** Starts a second instance of `bot`: same tables, connector and clock (two instances on one storage). */
export function startOtherInstance(bot: TestBot, options: TestBotOptions = {}): Promise<TestBot> {
  return startTestBot({
    tablePrefix: bot.config.tablePrefix,
    connector: bot.connector,
    clock: bot.clock,
    ...options,
  });
}

/** Starts a bot for one test file or test. */
export async function startTestBot(options: TestBotOptions = {}): Promise<TestBot> {
  const connectionString = options.connectionString ?? process.env.TEST_STORAGE_CONNECTION_STRING;
  if (!connectionString)
    throw new Error('TEST_STORAGE_CONNECTION_STRING missing: jest globalSetup did not run');
  const config = loadConfig({
    NODE_ENV: 'test',
    STORAGE_CONNECTION_STRING: connectionString,
    TABLE_PREFIX: options.tablePrefix ?? uniquePrefix(),
    LOG_LEVEL: 'info',
    ...options.env,
  });
  const connector = options.connector ?? new FakeConnector();
  if (!connector.url) await connector.start();
  const clock = options.clock ?? new TestClock();
  const logs: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const line of chunk.toString().split('\n').filter(Boolean))
        logs.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  const tables = new Tables({ connectionString }, config.tablePrefix);
  const store = await openStore(tables);

  let server: BotServer;
  let bot: Bot;
  let url = '';
  const boot = async () => {
    const logger = createLogger(config.logLevel, sink);
    const links = { secret: LINK_SECRET, baseUrl: 'https://broedplaats.test' };
    const liveStore = await openStore(tables);
    bot = createBot({
      config,
      store: liveStore,
      logger,
      now: clock.now,
      links,
      cardUpdateGapMs: options.cardUpdateGapMs ?? 0,
    });
    server = createServer({
      bot,
      tables,
      logger,
      trustedProxyHops: config.trustedProxyHops,
    });
    const port = await server.listen(0, '127.0.0.1');
    url = `http://127.0.0.1:${port}`;
  };
  await boot();

  const handle: TestBot = {
    get url() {
      return url;
    },
    config,
    store,
    tables,
    connector,
    clock,
    logs,
    settle: () => bot.settle(),
    runJobs: () => bot.jobs.runDue(),
    async restart() {
      await bot.settle();
      await server.close();
      await boot();
    },
    async stop() {
      await bot.settle();
      await server.close();
      if (!options.connector) await connector.stop();
      if (connector.cardProblems.length > 0) {
        throw new Error(
          `Cards the bot sent have problems:\n${[...new Set(connector.cardProblems)].join('\n')}`,
        );
      }
    },
  };
  return handle;
}
