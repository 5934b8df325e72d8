// Runs only the proactive fan-out part of the benchmark (quick check of the outbox and rate limiter).
import './quiet';
import { createLogger } from '../src/logger';
import { runFanout } from './fanout';
import { runMain, withStandalone } from './standalone';

runMain(() =>
  withStandalone('fanout', async ({ store }) => {
    const r = await runFanout(store, createLogger('warn'));
    process.stdout.write(`${JSON.stringify(r, null, 2)}\n`);
  }),
);
