// Export: `export`, the project lead downloads the programme's data for research, pseudonymised, behind a link.
import type { Feature } from '../../bot/feature';
import type { FeatureDeps } from '../../bot/deps';
import { Export } from './export';
import { registerExportRoute } from './export-route';

export function exportFeature(deps: FeatureDeps): Feature {
  const exporter = new Export(deps);
  return {
    name: 'export',
    routes: [
      (server) =>
        registerExportRoute(server, {
          config: deps.config,
          store: deps.store,
          secret: deps.links.secret,
          now: deps.now,
        }),
    ],
    commands: [
      {
        id: 'export',
        names: ['export', 'exporteer', 'exporteren'],
        help: (t) => t.help.commands.export,
        run: (turn) => exporter.command(turn),
      },
    ],
  };
}
