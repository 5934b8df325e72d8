// Runs only the memory scenario of the benchmark and prints its numbers as JSON, on a bot process started with the
// node flags given as arguments (none: those of `npm start`; `plain`: no flags), for trying heap settings.
import './quiet';
import path from 'node:path';
import { deployedNodeFlags, startBotProcess } from './bot-process';
import { BotClient } from './client';
import { measureMemory } from './memory';
import { runMain, withStandalone } from './standalone';

runMain(() =>
  withStandalone('memory', async ({ location, connectionString, store, connector }) => {
    const args = process.argv.slice(2);
    const nodeFlags = args.length === 0 ? deployedNodeFlags() : args.filter((a) => a !== 'plain');
    const bot = await startBotProcess({
      connectionString,
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
  }),
);
