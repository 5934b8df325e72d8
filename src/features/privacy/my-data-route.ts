// GET /api/mydata/:token — everything stored about one person, as a JSON download behind their own signed link.
import type { Request, Response, Server } from 'restify';
import { RequestLimit, tooMany } from '../../web/request-limit';

/** What the link's holder gets: the file, or why not (a wrong or expired link, or asked too often just now). */
export type MyDataDownload =
  { ok: true; fileName: string; json: string } | { ok: false; reason: 'invalid' | 'expired' | 'busy' };

export interface MyDataRouteDeps {
  download(token: string): Promise<MyDataDownload>;
  trustedProxyHops: number;
}

/** Downloads per client address per minute. */
const DOWNLOADS_PER_MINUTE = 10;

const REFUSALS = {
  invalid: [404, 'unknown link'],
  expired: [410, 'this link has expired'],
  busy: [429, 'too many requests; try again in a few minutes'],
} as const;

export function registerMyDataRoute(server: Server, deps: MyDataRouteDeps): void {
  const limit = new RequestLimit(DOWNLOADS_PER_MINUTE, 60_000);
  server.get('/api/mydata/:token', async (req: Request, res: Response) => {
    if (tooMany(limit, req, res, deps.trustedProxyHops)) return;
    const file = await deps.download(String(req.params.token ?? ''));
    if (!file.ok) {
      const [status, error] = REFUSALS[file.reason];
      res.send(status, { error });
      return;
    }
    res.writeHead(200, {
      'content-type': 'application/json; charset=utf-8',
      'content-disposition': `attachment; filename="${file.fileName}"`,
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    });
    res.end(file.json);
  });
}
