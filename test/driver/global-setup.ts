// Starts one Azurite table service for the whole test run; each test makes its own tables (unique prefix).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startEmbeddedAzurite } from '../../src/store/embedded-azurite';

export default async function globalSetup(): Promise<void> {
  const location = fs.mkdtempSync(path.join(os.tmpdir(), 'broedplaats-azurite-'));
  const azurite = await startEmbeddedAzurite({ location });
  process.env.TEST_STORAGE_CONNECTION_STRING = azurite.connectionString;
  process.env.TEST_AZURITE_LOCATION = location;
  (globalThis as { __azurite?: typeof azurite }).__azurite = azurite;
}
