// What the benchmark's stand-alone scripts (fan-out, memory, profile) share: a temporary folder with Azurite in a
// child process, a store on it and a loopback connector, stopped and removed afterwards; and how they exit.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openStore, type Store } from '../src/store';
import { startEmbeddedAzurite } from '../src/store/embedded-azurite';
import { Tables } from '../src/store/tables';
import { ConnectorStandIn } from './connector';

export interface Standalone {
  /** The temporary folder (Azurite's tables are in `tables/` under it). */
  location: string;
  connectionString: string;
  /** The store on table prefix `name`. */
  store: Store;
  connector: ConnectorStandIn;
}

/**
 * Runs `work` on fresh embedded storage and a connector stand-in, named `name` (folder and table prefix); the
 * folder is removed afterwards unless `keepFolder` (for files `work` leaves there).
 */
export async function withStandalone<T>(
  name: string,
  work: (s: Standalone) => Promise<T>,
  options: { keepFolder?: boolean } = {},
): Promise<T> {
  const location = fs.mkdtempSync(path.join(os.tmpdir(), `broedplaats-${name}-`));
  const azurite = await startEmbeddedAzurite({ location: path.join(location, 'tables') });
  const connector = new ConnectorStandIn();
  try {
    await connector.start();
    const connectionString = azurite.connectionString;
    const store = await openStore(new Tables({ connectionString }, name));
    return await work({ location, connectionString, store, connector });
  } finally {
    await connector.stop();
    await azurite.stop();
    if (!options.keepFolder) fs.rmSync(location, { recursive: true, force: true });
  }
}

/** Runs a script's `main`: exit code 0 when it completes, 1 with the error on standard error when it fails. */
export function runMain(main: () => Promise<void>): void {
  main().then(
    () => process.exit(0),
    (e: unknown) => {
      process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      process.exit(1);
    },
  );
}
