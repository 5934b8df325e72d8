// Browser-test stack: the built bot on embedded storage, the Agents Playground and headless Debian chromium.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { ARTIFACTS_DIR } from './artifacts';

const root = path.resolve(__dirname, '../..');
export const CHROMIUM_PATH = '/usr/bin/chromium';
/** The playground's signed-in user (Alex Wilber): made a project lead so every flow is open to them. */
export const PLAYGROUND_USER_ID = '00000000-0000-0000-0000-0000000000020';
const START_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 10_000;
const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Everything one run uses; `stop()` ends what was started, also after a partial start. */
export interface Stack {
  page: Page;
  botUrl: string;
  playgroundUrl: string;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Polls `probe` until it returns a value, the child exits, or the start timeout passes. */
async function waitUntil<T>(
  what: string,
  child: ChildProcess,
  log: () => string,
  probe: () => Promise<T | undefined>,
) {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error(`${what} stopped during start (exit ${child.exitCode ?? child.signalCode}):\n${log()}`);
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${what} did not come up within ${START_TIMEOUT_MS / 1000} s:\n${log()}`);
}

/** Keeps a child's output in memory (for start errors) and in a log file under the artifacts folder. */
function capture(child: ChildProcess, file: string): () => string {
  let text = '';
  const out = fs.createWriteStream(file);
  const keep = (chunk: Buffer) => {
    text = (text + chunk.toString()).slice(-20_000);
    out.write(chunk);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  child.once('exit', () => out.end());
  return () => text.slice(-4_000);
}

/** Sends `signal`, then SIGKILL when the child has not exited in time. */
async function stopChild(child: ChildProcess | undefined, signal: NodeJS.Signals): Promise<void> {
  if (!child?.pid || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  child.kill(signal);
  const timer = new Promise<'late'>((r) => setTimeout(() => r('late'), STOP_TIMEOUT_MS).unref());
  if ((await Promise.race([exited, timer])) === 'late') {
    child.kill('SIGKILL');
    await exited;
  }
}

/**
 * Starts the bot (`dist/src/index.js`, so build first) on a free port with an empty data folder, the Agents
 * Playground pointed at it, and chromium on the playground's personal chat.
 */
export async function startStack(): Promise<Stack> {
  // Only this run's pictures and logs, so an old failure picture is not taken for a new one.
  fs.rmSync(ARTIFACTS_DIR, { recursive: true, force: true });
  fs.mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'broedplaats-e2e-'));
  const children: ChildProcess[] = [];
  const playgroundLog = path.join(tmp, 'playground.log');
  let context: BrowserContext | undefined;
  // The bot's embedded storage ends with the bot; this only matters when the test run itself is cut short.
  const killAll = () => children.forEach((child) => child.kill('SIGKILL'));
  process.once('exit', killAll);

  const stop = async () => {
    await context?.close().catch(() => undefined);
    const [bot, playground] = children;
    // SIGTERM lets the bot finish its turns and close its embedded storage.
    await Promise.all([stopChild(bot, 'SIGTERM'), stopChild(playground, 'SIGTERM')]);
    process.removeListener('exit', killAll);
    if (fs.existsSync(playgroundLog))
      fs.copyFileSync(playgroundLog, path.join(ARTIFACTS_DIR, 'playground.log'));
    fs.rmSync(tmp, { recursive: true, force: true });
  };

  try {
    const botPort = await freePort();
    const dataDir = path.join(tmp, 'data');
    fs.mkdirSync(dataDir);
    const env: NodeJS.ProcessEnv = { ...process.env };
    for (const key of [
      'STORAGE_CONNECTION_STRING',
      'STORAGE_ACCOUNT_URL',
      'MicrosoftAppId',
      'ALLOWED_TENANT_IDS',
    ])
      delete env[key];
    // The data folder is the working directory, so a developer's `.env` is not read.
    const bot = spawn(process.execPath, ['--disable-warning=DEP0111', path.join(root, 'dist/src/index.js')], {
      cwd: dataDir,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...env,
        NODE_ENV: 'development',
        PORT: String(botPort),
        DATA_DIR: dataDir,
        LOG_LEVEL: 'warn',
        PROJECT_LEAD_IDS: PLAYGROUND_USER_ID,
        // The tests move the bot's clock past a meeting and run its due jobs (POST /api/test/…).
        TEST_HOOKS: 'true',
      },
    });
    children.push(bot);
    const botLog = capture(bot, path.join(ARTIFACTS_DIR, 'bot.log'));
    const botUrl = `http://localhost:${botPort}`;
    await waitUntil('The bot', bot, botLog, async () =>
      (await fetch(`${botUrl}/api/health`)).status === 200 ? true : undefined,
    );

    const playground = spawn(
      path.join(root, 'node_modules/.bin/agentsplayground'),
      [
        '-e',
        `${botUrl}/api/messages`,
        '-c',
        'msteams',
        '-p',
        String(await freePort()),
        '--disable-telemetry',
      ],
      {
        cwd: tmp,
        stdio: ['ignore', 'pipe', 'pipe'],
        env: {
          ...process.env,
          TEAMSAPPTESTER_BROWSER: 'none',
          M365_AGENTS_PLAYGROUND_LOGFILE: playgroundLog,
        },
      },
    );
    children.push(playground);
    const playgroundOut = capture(playground, path.join(ARTIFACTS_DIR, 'playground-output.log'));
    // It takes another port when the asked one is in use, and says which.
    const playgroundPort = await waitUntil('The Agents Playground', playground, playgroundOut, async () => {
      const port = /Listening on (\d+)/.exec(playgroundOut())?.[1];
      return port && (await fetch(`http://localhost:${port}/`)).status === 200 ? port : undefined;
    });
    const playgroundUrl = `http://localhost:${playgroundPort}`;

    context = await chromium.launchPersistentContext(path.join(tmp, 'chromium-profile'), {
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: CHROMIUM_FLAGS,
      // Tall enough that the tallest card fits, so card pictures are not cut by the playground's header.
      viewport: { width: 1280, height: 1800 },
    });
    const page = context.pages()[0] ?? (await context.newPage());
    return { page, botUrl, playgroundUrl, stop };
  } catch (e) {
    await stop();
    throw e;
  }
}
