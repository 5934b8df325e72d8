// Server start: configuration, storage (embedded when none is configured), bot, web server; graceful stop.
import path from 'node:path';
import { createBot } from './app';
import { ConfigError, loadConfig, type Config } from './config';
import { createLogger } from './logger';
import { createServer } from './server';
import { openStore } from './store';
import { startEmbeddedAzurite, type EmbeddedAzurite } from './store/embedded-azurite';
import { Tables } from './store/tables';
import { localLinkSecret } from './web/signed-links';

/** Preferred port of the embedded storage (a free one is taken when it is in use; it stays across restarts). */
const EMBEDDED_STORAGE_PORT = 10102;

async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      process.stderr.write(`${e.message}\n`);
      process.exit(1);
    }
    throw e;
  }
  const logger = createLogger(config.logLevel);

  let embedded: EmbeddedAzurite | undefined;
  let tables: Tables;
  if (config.storage.kind === 'embedded') {
    const location = path.resolve(config.storage.dataDir, 'tables');
    embedded = await startEmbeddedAzurite({ location, port: EMBEDDED_STORAGE_PORT, log: logger });
    logger.info({ storage: { kind: 'embedded', location, port: embedded.port } }, 'embedded storage started');
    tables = new Tables({ connectionString: embedded.connectionString }, config.tablePrefix);
  } else if (config.storage.kind === 'connectionString') {
    tables = new Tables({ connectionString: config.storage.connectionString }, config.tablePrefix);
  } else {
    tables = new Tables({ accountUrl: config.storage.accountUrl }, config.tablePrefix);
  }

  const store = await openStore(tables);
  // The clock; browser tests (TEST_HOOKS) may move it ahead to see reminders and reflection prompts.
  let clockOffsetMs = 0;
  const now = () => new Date(Date.now() + clockOffsetMs);
  const links = {
    secret: config.linkSecret ?? localLinkSecret(config.dataDir),
    baseUrl: config.publicBaseUrl ?? `http://localhost:${config.port}`,
  };
  const bot = createBot({
    config,
    store,
    logger,
    now,
    links,
    clock: { setOffsetMs: (ms) => (clockOffsetMs = ms) },
  });
  const server = createServer({ bot, tables, logger, trustedProxyHops: config.trustedProxyHops });
  const port = await server.listen(config.port);
  await bot.start(config.jobsPollSeconds * 1000);
  logger.info(
    { port, authenticated: Boolean(config.bot.appId), storage: config.storage.kind },
    `bot listening on http://localhost:${port}/api/messages`,
  );

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping: finishing turns in progress');
    await server.close();
    // Shared cards still being updated after their turns answered get a few seconds to finish.
    await Promise.race([bot.settle(), new Promise((r) => setTimeout(r, 5000).unref())]);
    await bot.jobs.stop();
    await embedded?.stop();
    logger.info('stopped');
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

main().catch((e: unknown) => {
  process.stderr.write(`Start failed: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
