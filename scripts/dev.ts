// `npm run dev`: the bot on embedded storage plus Microsoft 365 Agents Playground, to chat with it on localhost.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { ConfigError, loadConfig } from '../src/config';
import { deployedNodeFlags } from './node-flags';

/** Compiled to dist/scripts/, so the repository root is two levels up. */
const root = path.resolve(__dirname, '../..');
const PLAYGROUND_PORT = 56150;

async function waitForHealth(url: string, bot: ChildProcess): Promise<void> {
  for (let i = 0; i < 300; i++) {
    if (bot.exitCode !== null) throw new Error('the bot stopped during start (see the lines above)');
    const ok = await fetch(url).then(
      (r) => r.status === 200,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`the bot did not answer on ${url} within 60 s`);
}

async function main(): Promise<void> {
  let port: number;
  try {
    port = loadConfig().port;
  } catch (e) {
    if (e instanceof ConfigError) {
      console.error(e.message);
      process.exit(1);
    }
    throw e;
  }
  // The bot as `npm start` runs it (same heap settings), on embedded storage when none is configured.
  const bot = spawn(
    process.execPath,
    [...deployedNodeFlags(), '--disable-warning=DEP0111', path.join(root, 'dist/src/index.js')],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
  await waitForHealth(`http://localhost:${port}/api/health`, bot);

  const headless = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
  const playground = spawn(
    path.join(root, 'node_modules/.bin/agentsplayground'),
    [
      '-e',
      `http://localhost:${port}/api/messages`,
      '-c',
      'msteams',
      '-p',
      String(PLAYGROUND_PORT),
      '--disable-telemetry',
    ],
    {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: {
        ...process.env,
        ...(headless ? { TEAMSAPPTESTER_BROWSER: 'none' } : {}),
        M365_AGENTS_PLAYGROUND_LOGFILE: path.join(root, 'devTools', 'playground.log'),
      },
    },
  );
  console.log(
    `\nBroedplaats-bot is running: http://localhost:${port}/api/messages (health: /api/health)\n` +
      `Chat with it in the Agents Playground: http://localhost:${PLAYGROUND_PORT}\n` +
      'Stop with Ctrl+C.\n',
  );

  let stopping = false;
  const stop = (code: number) => {
    if (stopping) return;
    stopping = true;
    playground.kill('SIGTERM');
    if (bot.exitCode === null) {
      bot.once('exit', () => process.exit(code));
      bot.kill('SIGTERM');
    } else {
      process.exit(code);
    }
  };
  process.on('SIGINT', () => stop(0));
  process.on('SIGTERM', () => stop(0));
  bot.once('exit', (code) => stop(code ?? 1));
  playground.once('exit', (code) => {
    if (!stopping)
      console.error(`The Agents Playground stopped (exit ${code}); the bot keeps running. Ctrl+C to stop.`);
  });
}

main().catch((e: unknown) => {
  console.error(`npm run dev failed: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
