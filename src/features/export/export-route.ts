// GET /api/export/:token — one CSV dataset of the research export, for a valid signed link of a project lead.
import type { Request, Response, Server } from 'restify';
import type { Config } from '../../config';
import {
  EXPORT_DATASETS,
  EXPORT_LINK_KIND,
  exportCsv,
  loadSnapshot,
  stillLead,
  type ExportDataset,
} from './export';
import type { Store } from '../../store';
import { RequestLimit, tooMany } from '../../web/request-limit';
import { verifyLink } from '../../web/signed-links';

/** Downloads per client address per minute (each reads the whole programme). */
const EXPORTS_PER_MINUTE = 20;

export interface ExportDeps {
  config: Config;
  store: Store;
  secret: string;
  now: () => Date;
}

function isDataset(v: string | undefined): v is ExportDataset {
  return (EXPORT_DATASETS as readonly string[]).includes(v ?? '');
}

/** Registers the export route: the link's signature, expiry and the asker's current role are all checked. */
export function registerExportRoute(server: Server, deps: ExportDeps): void {
  const limit = new RequestLimit(EXPORTS_PER_MINUTE, 60_000);
  server.get('/api/export/:token', async (req: Request, res: Response) => {
    if (tooMany(limit, req, res, deps.config.trustedProxyHops)) return;
    const check = verifyLink(
      deps.secret,
      String(req.params.token ?? ''),
      EXPORT_LINK_KIND,
      Math.floor(deps.now().getTime() / 1000),
    );
    if (!check.ok) {
      res.send(check.reason === 'expired' ? 410 : 404, {
        error:
          check.reason === 'expired'
            ? 'This link has expired; type export in Teams for a new one.'
            : 'Unknown link.',
      });
      return;
    }
    const [asker, dataset] = check.ids;
    if (!asker || !isDataset(dataset)) {
      res.send(404, { error: 'Unknown link.' });
      return;
    }
    if (!(await stillLead(deps, deps.secret, asker))) {
      res.send(403, { error: 'The export is for project leads only.' });
      return;
    }
    const snapshot = await loadSnapshot(deps);
    const file = exportCsv(dataset, snapshot, deps.secret, deps.now().toISOString());
    res.writeHead(200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${file.name}"`,
      'cache-control': 'no-store',
    });
    res.end(file.content);
  });
}
