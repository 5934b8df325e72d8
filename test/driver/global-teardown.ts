// Stops the test run's Azurite and removes its data folder.
import fs from 'node:fs';
import type { EmbeddedAzurite } from '../../src/store/embedded-azurite';

export default async function globalTeardown(): Promise<void> {
  const azurite = (globalThis as { __azurite?: EmbeddedAzurite }).__azurite;
  await azurite?.stop();
  const location = process.env.TEST_AZURITE_LOCATION;
  if (location) fs.rmSync(location, { recursive: true, force: true });
}
