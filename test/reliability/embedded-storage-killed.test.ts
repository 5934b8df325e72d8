// Attack: the embedded storage's Azurite process is killed (kill -9), and another Azurite sits on its port.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { RestError, TableClient } from '@azure/data-tables';
import {
  azuriteConnectionString,
  findFreePort,
  startEmbeddedAzurite,
  type EmbeddedAzurite,
  type StorageLog,
} from '../../src/store/embedded-azurite';
import { storageFault, StorageUnavailableError } from '../../src/store/json-table';
import { Tables } from '../../src/store/tables';

/** Longer than the writes a hard kill may lose (README: at most ~0.5 s), so rows written before it are on disk. */
const LOSS_WINDOW_MS = 1000;
const DEADLINE_MS = 20_000;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls `probe` until it resolves, at most DEADLINE_MS; rejects with the last error. */
async function eventually<T>(probe: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + DEADLINE_MS;
  for (;;) {
    try {
      return await probe();
    } catch (e) {
      if (Date.now() > deadline) throw e;
      await sleep(50);
    }
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Kills the storage's Azurite with SIGKILL and waits until the process is gone. */
async function killStorage(azurite: EmbeddedAzurite): Promise<number> {
  const pid = azurite.pid;
  if (pid === undefined) throw new Error('no storage process to kill');
  process.kill(pid, 'SIGKILL');
  await eventually(async () => {
    if (isAlive(pid)) throw new Error(`process ${pid} still alive`);
  });
  return pid;
}

/** Pids of embedded-storage processes started by `parent` (Linux `ps`), but for those in `besides`. */
function storageChildren(besides: readonly number[] = [], parent = process.pid): number[] {
  let out = '';
  try {
    out = execFileSync('ps', ['-o', 'pid=,args=', '--ppid', String(parent)], { encoding: 'utf8' });
  } catch {
    // ps exits with 1 when there are none
  }
  return out
    .split('\n')
    .filter((l) => l.includes('broedplaats-embedded-storage-ready'))
    .map((l) => Number(l.trim().split(/\s+/)[0]))
    .filter((pid) => !besides.includes(pid));
}

function recordingLog(): StorageLog & { lines: { level: string; details: object; message: string }[] } {
  const lines: { level: string; details: object; message: string }[] = [];
  const at = (level: string) => (details: object, message: string) => lines.push({ level, details, message });
  return { lines, info: at('info'), warn: at('warn'), error: at('error') };
}

/** A plain Azurite table service (the CLI) on `port` over `location`, as another bot on the machine runs it. */
function startStranger(port: number, location: string): { child: ChildProcess; listening: Promise<boolean> } {
  const main = require.resolve('azurite/dist/src/table/main.js');
  const child = spawn(
    process.execPath,
    [
      main,
      '--tableHost',
      '127.0.0.1',
      '--tablePort',
      String(port),
      '--location',
      location,
      '--skipApiVersionCheck',
      '--disableTelemetry',
      '--silent',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const listening = new Promise<boolean>((resolve) => {
    let out = '';
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('successfully started')) resolve(true);
    });
    child.once('exit', () => resolve(false));
  });
  return { child, listening };
}

const client = (connectionString: string, table: string) =>
  TableClient.fromConnectionString(connectionString, table, {
    allowInsecureConnection: true,
    retryOptions: { maxRetries: 0 },
  });

describe('embedded storage that is killed', () => {
  const folders: string[] = [];
  const running: EmbeddedAzurite[] = [];
  const strangers: ChildProcess[] = [];
  const folder = (name: string) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), `broedplaats-${name}-`));
    folders.push(dir);
    return dir;
  };
  const start = async (options: { location: string; port?: number; log?: StorageLog }) => {
    const azurite = await startEmbeddedAzurite(options);
    running.push(azurite);
    return azurite;
  };

  afterEach(async () => {
    await Promise.all(running.splice(0).map((a) => a.stop()));
    for (const s of strangers.splice(0)) if (s.exitCode === null && s.signalCode === null) s.kill('SIGKILL');
    for (const dir of folders.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
  });
  // Run in band, this process also holds the test run's own storage.
  let before: number[] = [];
  beforeAll(() => (before = storageChildren()));
  afterAll(() => {
    expect(storageChildren(before)).toEqual([]);
  });

  it('is restarted on the same folder and port, and the same Tables client reads the rows written before the kill', async () => {
    const log = recordingLog();
    const azurite = await start({ location: folder('killed'), log });
    const tables = new Tables({ connectionString: azurite.connectionString }, `k${Date.now()}`);
    await tables.ensure(['rows']);
    const rows = tables.table('rows');
    for (let i = 0; i < 20; i++) await rows.upsertEntity({ partitionKey: 'p', rowKey: `r${i}`, n: i });
    await sleep(LOSS_WINDOW_MS);

    const killed = await killStorage(azurite);
    // In the gap (one attempt, no retries), storage is down the way the turns' outage handling knows.
    const during = await client(azurite.connectionString, tables.prefix + 'rows')
      .getEntity('p', 'r0')
      .then(
        () => undefined,
        (e: unknown) => storageFault(e),
      );
    expect(during).toBeInstanceOf(StorageUnavailableError);

    await eventually(() => rows.getEntity('p', 'r0'));
    expect(azurite.pid).not.toBe(killed);
    expect(azurite.restarts).toBe(1);
    const back: number[] = [];
    for await (const e of rows.listEntities<{ n: number }>()) back.push(e.n);
    expect(back.sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i));
    await rows.upsertEntity({ partitionKey: 'p', rowKey: 'after', n: 20 });
    expect((await rows.getEntity<{ n: number }>('p', 'after')).n).toBe(20);
    await tables.ping();
    expect(log.lines).toContainEqual(
      expect.objectContaining({
        level: 'warn',
        message: expect.stringContaining('restarting'),
        details: { storage: expect.objectContaining({ pid: killed, signal: 'SIGKILL' }) },
      }),
    );
  });

  it('keeps coming back when killed again and again, waiting longer each time', async () => {
    const log = recordingLog();
    const azurite = await start({ location: folder('killed-again'), log });
    const rows = client(azurite.connectionString, 'again');
    await rows.createTable();
    for (let round = 0; round < 3; round++) {
      await rows.upsertEntity({ partitionKey: 'p', rowKey: `round${round}` });
      await sleep(LOSS_WINDOW_MS);
      await killStorage(azurite);
      await eventually(() => rows.getEntity('p', `round${round}`));
    }
    expect(azurite.restarts).toBe(3);
    const delays = log.lines
      .filter((l) => l.level === 'warn')
      .map((l) => (l.details as { storage: { restartInMs: number } }).storage.restartInMs);
    expect(delays).toHaveLength(3);
    expect(delays[0]).toBeLessThan(delays[1] ?? 0);
    expect(delays[1]).toBeLessThan(delays[2] ?? 0);
  });

  it('never uses another Azurite that listens on its preferred port', async () => {
    const port = await findFreePort();
    const stranger = startStranger(port, folder('stranger'));
    strangers.push(stranger.child);
    expect(await stranger.listening).toBe(true);
    const theirs = client(azuriteConnectionString(port), 'shared');
    await theirs.createTable();
    await theirs.upsertEntity({ partitionKey: 'p', rowKey: 'theirs' });

    const azurite = await start({ location: folder('ours'), port });
    expect(azurite.port).not.toBe(port);
    const ours = client(azurite.connectionString, 'shared');
    await expect(ours.getEntity('p', 'theirs')).rejects.toMatchObject({ statusCode: 404 });
    await ours.createTable();
    await ours.upsertEntity({ partitionKey: 'p', rowKey: 'ours' });
    await expect(theirs.getEntity('p', 'ours')).rejects.toMatchObject({ statusCode: 404 });
    await expect(ours.getEntity('p', 'theirs')).rejects.toMatchObject({ statusCode: 404 });
  });

  it('keeps talking to its own storage when another Azurite tries to take its port after its own was killed', async () => {
    const port = await findFreePort();
    const azurite = await start({ location: folder('ours'), port });
    expect(azurite.port).toBe(port);
    const tables = new Tables({ connectionString: azurite.connectionString }, `o${Date.now()}`);
    await tables.ensure(['rows']);
    const ours = tables.table('rows');
    await ours.upsertEntity({ partitionKey: 'p', rowKey: 'ours' });
    await sleep(LOSS_WINDOW_MS);

    await killStorage(azurite);
    const stranger = startStranger(port, folder('stranger'));
    strangers.push(stranger.child);
    if (await stranger.listening) {
      const theirs = client(azuriteConnectionString(port), tables.prefix + 'rows');
      await theirs.createTable();
      await theirs.upsertEntity({ partitionKey: 'p', rowKey: 'theirs' });
    }

    await eventually(() => ours.getEntity('p', 'ours'));
    await expect(ours.getEntity('p', 'theirs')).rejects.toMatchObject({ statusCode: 404 });
    // The port stayed ours the whole time, so the stranger could not start on it.
    expect(await stranger.listening).toBe(false);
  });

  it('stops without a restart, also while a restart is pending, and leaves no storage process behind', async () => {
    const azurite = await start({ location: folder('stopped') });
    const first = azurite.pid;
    await azurite.stop();
    expect(typeof first).toBe('number');
    expect(isAlive(Number(first))).toBe(false);

    const again = await start({ location: folder('stopped-pending') });
    const rows = client(again.connectionString, 'pending');
    await rows.createTable();
    const killed = await killStorage(again);
    await again.stop();
    expect(isAlive(killed)).toBe(false);
    expect(again.restarts).toBe(0);
    // Past the first restart delay: nothing came back.
    await sleep(1000);
    expect(again.restarts).toBe(0);
    expect(storageChildren(before)).toEqual([]);
    await expect(rows.getEntity('p', 'x')).rejects.toBeInstanceOf(RestError);
  });
});

describe('the bot process (dist/src/index.js) on embedded storage', () => {
  const entry = path.resolve(__dirname, '../../dist/src/index.js');
  beforeAll(() => {
    if (!fs.existsSync(entry))
      throw new Error('dist/src/index.js missing: run `npm run build` first (npm test does)');
  });

  /** Runs the built bot on embedded storage in a fresh data folder, and removes the folder when `work` ends. */
  async function withBot(
    work: (bot: {
      child: ChildProcess & { pid: number };
      output: () => string;
      exited: Promise<number | null>;
      healthy: () => Promise<void>;
    }) => Promise<void>,
  ): Promise<void> {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'broedplaats-bot-killed-'));
    const port = await findFreePort();
    const child = spawn(process.execPath, [entry], {
      env: { PATH: process.env.PATH ?? '', DATA_DIR: dataDir, PORT: String(port), LOG_LEVEL: 'info' },
      cwd: os.tmpdir(),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    const healthy = async () => {
      const res = await fetch(`http://127.0.0.1:${port}/api/health`);
      if (res.status !== 200) throw new Error(`health ${res.status}: ${await res.text()}`);
    };
    try {
      await work({
        child: Object.assign(child, { pid: Number(child.pid) }),
        output: () => output,
        exited,
        healthy,
      });
    } finally {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  }

  it.each(['SIGTERM', 'SIGINT'] as const)(
    'gets healthy again by itself after its storage is killed, and stops cleanly on %s without a restart',
    (signal) =>
      withBot(async (bot) => {
        await eventually(bot.healthy);
        const [first] = storageChildren([], bot.child.pid);
        expect(first).toBeDefined();
        process.kill(Number(first), 'SIGKILL');

        const second = await eventually(async () => {
          await bot.healthy();
          const [now] = storageChildren([], bot.child.pid);
          if (now === undefined || now === first) throw new Error('storage not restarted yet');
          return now;
        });
        expect(bot.output()).toContain('embedded storage stopped unexpectedly');

        bot.child.kill(signal);
        expect(await bot.exited).toBe(0);
        expect(isAlive(second)).toBe(false);
        // Only the kill was an unexpected exit: the stop itself restarted nothing.
        expect(bot.output().match(/embedded storage stopped unexpectedly/g)).toHaveLength(1);
        expect(bot.output().match(/embedded storage restarted/g)).toHaveLength(1);
      }),
    60_000,
  );

  it(
    'killed itself (kill -9), leaves no storage process and no socket folder behind',
    () =>
      withBot(async (bot) => {
        await eventually(bot.healthy);
        const [storage] = storageChildren([], bot.child.pid);
        // The child's last argument is its private socket folder.
        const args = fs
          .readFileSync(`/proc/${Number(storage)}/cmdline`, 'utf8')
          .split('\0')
          .filter(Boolean);
        const socketDir = String(args[args.length - 1]);
        expect(fs.existsSync(socketDir)).toBe(true);

        bot.child.kill('SIGKILL');
        await bot.exited;
        await eventually(async () => {
          if (isAlive(Number(storage))) throw new Error('storage still running');
          if (fs.existsSync(socketDir)) throw new Error(`${socketDir} still there`);
        });
      }),
    60_000,
  );
});
