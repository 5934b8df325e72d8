// Browser tests only (TEST_HOOKS=true, never in production): move the bot's clock and run the due jobs.
import type { Request, Response, Server } from 'restify';
import { z } from 'zod';
import { readBody } from './body';

export interface TestHooksDeps {
  /** Sets how far the bot's clock runs ahead of real time. */
  setOffsetMs: (ms: number) => void;
  runJobs: () => Promise<number>;
}

const clockBody = z.object({ now: z.string().datetime({ offset: true }) });

export function registerTestHooks(server: Server, deps: TestHooksDeps): void {
  server.post('/api/test/clock', readBody('json', 10_000), async (req: Request, res: Response) => {
    const parsed = clockBody.safeParse(req.body);
    if (!parsed.success) {
      res.send(400, { error: 'expected {"now": "<ISO date-time>"}' });
      return;
    }
    const offset = Date.parse(parsed.data.now) - Date.now();
    deps.setOffsetMs(offset);
    res.send(200, { now: parsed.data.now, offsetMs: offset });
  });
  server.post('/api/test/run-jobs', async (_req: Request, res: Response) => {
    res.send(200, { ran: await deps.runJobs() });
  });
}
