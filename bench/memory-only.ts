// Runs only the memory scenario of the benchmark and prints its numbers as JSON, on a bot process started with the
// node flags given as arguments (none: those of `npm start`; `plain`: no flags), for trying heap settings.
import './quiet';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openStore } from '../src/store';
import { startEmbeddedAzurite } from '../src/store/embedded-azurite';
import { Tables } from '../src/store/tables';
import { deployedNodeFlags, startBotProcess } from './bot-process';
import { BotClient } from './client';
import { ConnectorStandIn } from './connector';
import { measureMemory } from './memory';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const nodeFlags = args.length === 0 ? deployedNodeFlags() : args.filter((a) => a !== 'plain');
  const location = fs.mkdtempSync(path.join(os.tmpdir(), 'broedplaats-memory-'));
  const azurite = await startEmbeddedAzurite({ location: path.join(location, 'tables') });
  const connector = new ConnectorStandIn();
  await connector.start();
  try {
    const store = await openStore(new Tables({ connectionString: azurite.connectionString }, 'memory'));
    const bot = await startBotProcess({
      connectionString: azurite.connectionString,
      tablePrefix: 'memory',
      dataDir: path.join(location, 'bot'),
      nodeFlags,
    });
    const client = new BotClient(bot.url);
    try {
      const memory = await measureMemory(client, bot, store, connector.url);
      process.stdout.write(`${JSON.stringify({ nodeFlags, ...memory }, null, 2)}\n`);
    } finally {
      client.close();
      await bot.stop();
    }
  } finally {
    await connector.stop();
    await azurite.stop();
    fs.rmSync(location, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exit(1);
  },
);
