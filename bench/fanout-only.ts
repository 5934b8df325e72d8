// Runs only the proactive fan-out part of the benchmark (quick check of the outbox and rate limiter).
import './quiet';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createLogger } from '../src/logger';
import { openStore } from '../src/store';
import { startEmbeddedAzurite } from '../src/store/embedded-azurite';
import { Tables } from '../src/store/tables';
import { runFanout } from './fanout';

async function main(): Promise<void> {
  const location = fs.mkdtempSync(path.join(os.tmpdir(), 'broedplaats-fanout-'));
  const azurite = await startEmbeddedAzurite({ location: path.join(location, 'tables') });
  try {
    const store = await openStore(new Tables({ connectionString: azurite.connectionString }, 'fanout'));
    const r = await runFanout(store, createLogger('warn'));
    process.stdout.write(`${JSON.stringify(r, null, 2)}\n`);
  } finally {
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
