import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ConfigError, loadConfig } from '../src/config';
import { findFreePort } from '../src/store/embedded-azurite';
import { FakeConnector } from './driver/connector';
import { makeUser } from './driver/conversation';

describe('configuration', () => {
  it('starts with defaults when nothing is set: embedded storage, port 3978, Dutch-first, no tenant filter', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3978);
    expect(config.storage).toEqual({ kind: 'embedded', dataDir: '.data' });
    expect(config.allowedTenantIds).toEqual([]);
    expect(config.bot.appId).toBeUndefined();
  });

  it.each([
    [{ PORT: 'abc' }, /^Invalid configuration: PORT .*got "abc"/],
    [{ PORT: '70000' }, /PORT/],
    [{ NODE_ENV: 'staging' }, /NODE_ENV/],
    [{ MicrosoftAppId: 'not-a-guid', MicrosoftAppPassword: 'x' }, /MicrosoftAppId must be a GUID/],
    [{ MicrosoftAppId: '11111111-2222-3333-4444-555555555555' }, /MicrosoftAppPassword must be set/],
    [{ ALLOWED_TENANT_IDS: 'contoso' }, /ALLOWED_TENANT_IDS/],
    [{ PROJECT_LEAD_IDS: '11111111-2222-3333-4444-555555555555,jan' }, /PROJECT_LEAD_IDS/],
    [{ TABLE_PREFIX: 'bad-prefix' }, /TABLE_PREFIX/],
    [{ PUBLIC_BASE_URL: 'localhost' }, /PUBLIC_BASE_URL/],
    [{ LOG_LEVEL: 'loud' }, /LOG_LEVEL/],
    [{ STORAGE_CONNECTION_STRING: 'x', STORAGE_ACCOUNT_URL: 'https://a.table.core.windows.net' }, /both set/],
    [{ GRAPH_USER_LOOKUP: 'true' }, /MAIL_TENANT_ID must be set too when GRAPH_USER_LOOKUP=true/],
    [{ GRAPH_USER_LOOKUP: 'yes' }, /GRAPH_USER_LOOKUP/],
  ])('refuses %j with one line naming the variable', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
    try {
      loadConfig(env);
    } catch (e) {
      expect((e as Error).message.split('\n')).toHaveLength(1);
    }
  });

  it('refuses the test hooks in production, and has them off by default', () => {
    expect(() =>
      loadConfig({
        NODE_ENV: 'production',
        MicrosoftAppId: '11111111-2222-3333-4444-555555555555',
        MicrosoftAppPassword: 'x',
        LINK_SIGNING_SECRET: 'a'.repeat(40),
        TEST_HOOKS: 'true',
      }),
    ).toThrow(/TEST_HOOKS cannot be true when NODE_ENV=production/);
    expect(loadConfig({}).testHooks).toBe(false);
    expect(loadConfig({ TEST_HOOKS: 'true' }).testHooks).toBe(true);
  });

  it('never opens the unauthenticated test hooks when an app id is set, whatever NODE_ENV says', () => {
    expect(() =>
      loadConfig({
        NODE_ENV: 'test',
        MicrosoftAppId: '11111111-2222-3333-4444-555555555555',
        MicrosoftAppPassword: 'x',
        TEST_HOOKS: 'true',
      }),
    ).toThrow(/TEST_HOOKS cannot be true when MicrosoftAppId is set/);
  });

  it('serves every tenant in production only when that is chosen explicitly', () => {
    const production = {
      NODE_ENV: 'production',
      MicrosoftAppId: '11111111-2222-3333-4444-555555555555',
      MicrosoftAppPassword: 'x',
      LINK_SIGNING_SECRET: 'a'.repeat(40),
    };
    expect(() => loadConfig(production)).toThrow(
      /ALLOWED_TENANT_IDS must be set when NODE_ENV=production, or ALLOW_ALL_TENANTS=true/,
    );
    expect(loadConfig({ ...production, ALLOW_ALL_TENANTS: 'true' }).allowedTenantIds).toEqual([]);
    expect(
      loadConfig({ ...production, ALLOWED_TENANT_IDS: '72f988bf-86f1-41af-91ab-2d7cd011db47' })
        .allowedTenantIds,
    ).toEqual(['72f988bf-86f1-41af-91ab-2d7cd011db47']);
    expect(() =>
      loadConfig({
        ...production,
        ALLOW_ALL_TENANTS: 'true',
        ALLOWED_TENANT_IDS: '72f988bf-86f1-41af-91ab-2d7cd011db47',
      }),
    ).toThrow(/set one/);
  });

  it('refuses a production start without an app id', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(
      /MicrosoftAppId must be set when NODE_ENV=production/,
    );
  });

  it('never shows a secret in an error', () => {
    expect(() => loadConfig({ MicrosoftAppId: 'x', MicrosoftAppPassword: 'supersecret' })).not.toThrow(
      /supersecret/,
    );
  });

  it('reads comma-separated lists, trimmed and lowercased', () => {
    const config = loadConfig({
      PROJECT_LEAD_IDS: ' AAAAAAAA-2222-3333-4444-555555555555 , 11111111-2222-3333-4444-555555555555 ',
    });
    expect(config.projectLeadIds).toEqual([
      'aaaaaaaa-2222-3333-4444-555555555555',
      '11111111-2222-3333-4444-555555555555',
    ]);
  });
});

describe('the start command (dist/src/index.js)', () => {
  const entry = path.resolve(__dirname, '../dist/src/index.js');
  beforeAll(() => {
    if (!fs.existsSync(entry))
      throw new Error('dist/src/index.js missing: run `npm run build` first (npm test does)');
  });

  const started: ReturnType<typeof spawn>[] = [];
  afterEach(() => started.forEach((c) => c.exitCode === null && c.kill('SIGKILL')));

  const run = (env: Record<string, string>) => {
    const child = spawn(process.execPath, [entry], {
      env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'warn', ...env },
      cwd: os.tmpdir(),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    started.push(child);
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    return { child, exited, stderr: () => stderr };
  };

  it('stops a wrong configuration with one clear line and exit code 1', async () => {
    const proc = run({ PORT: 'abc' });
    expect(await proc.exited).toBe(1);
    const lines = proc
      .stderr()
      .split('\n')
      .filter((l) => l && !l.includes('DeprecationWarning') && !l.includes('--trace-deprecation'));
    expect(lines).toEqual(['Invalid configuration: PORT Expected number, received nan (got "abc").']);
  });

  it('starts with embedded storage on an empty data folder, keeps data across a restart, and stops on SIGTERM', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'broedplaats-start-'));
    const connector = new FakeConnector();
    await connector.start();
    const anna = makeUser('Anna');
    const port = await findFreePort();
    const say = (text: string) =>
      fetch(`http://127.0.0.1:${port}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          type: 'message',
          id: `m-${text}-${Date.now()}`,
          text,
          channelId: 'msteams',
          serviceUrl: connector.url,
          from: { id: anna.id, aadObjectId: anna.aadObjectId, name: anna.name },
          recipient: { id: '28:bot', name: 'Broedplaats-bot' },
          conversation: { id: 'a:start-test', conversationType: 'personal' },
        }),
      });
    /** Waits for health 200 (at most 60 s: the bot starts its own storage first), or says why the bot ended. */
    const waitHealthy = async (proc: ReturnType<typeof run>) => {
      let ended: number | null | undefined;
      void proc.exited.then((code) => (ended = code));
      const deadline = Date.now() + 60_000;
      while (Date.now() < deadline && ended === undefined) {
        const ok = await fetch(`http://127.0.0.1:${port}/api/health`).then(
          (r) => r.status === 200,
          () => false,
        );
        if (ok) return;
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error(
        `bot did not become healthy (${ended === undefined ? 'still starting after 60 s' : `exited with ${ended}`}): ${proc.stderr()}`,
      );
    };
    try {
      const first = run({ DATA_DIR: dataDir, PORT: String(port) });
      await waitHealthy(first);
      expect((await say('goedemorgen')).status).toBe(200);
      expect(connector.calls.map((c) => c.body.text)).toContainEqual(expect.stringContaining('Welkom'));
      first.child.kill('SIGTERM');
      expect(await first.exited).toBe(0);
      expect(fs.existsSync(path.join(dataDir, 'tables'))).toBe(true);

      const mark = connector.calls.length;
      const second = run({ DATA_DIR: dataDir, PORT: String(port) });
      await waitHealthy(second);
      await say('goedemorgen');
      const texts = connector.since(mark).map((c) => String(c.body.text ?? ''));
      expect(texts.join()).not.toContain('Welkom');
      // Greeted once, across the restart: now the greeting is answered as one.
      expect(texts.join()).toContain('Hallo! Waarmee kan ik je helpen?');
      second.child.kill('SIGTERM');
      expect(await second.exited).toBe(0);
    } finally {
      await connector.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  }, 180_000);
});
