// Privacy: `mijn gegevens` shows (and downloads) what is stored about the person; `verwijder mijn gegevens` removes it.
import { onVerb, type Feature } from '../../bot/feature';
import type { FeatureDeps } from '../../bot/deps';
import { registerMyDataRoute } from './my-data-route';
import { Privacy } from './privacy';
import * as verbs from './verbs';

export function privacyFeature(deps: FeatureDeps): Feature {
  const privacy = new Privacy(deps);
  return {
    name: 'privacy',
    routes: [
      (server) =>
        registerMyDataRoute(server, {
          download: (token) => privacy.download(token),
          trustedProxyHops: deps.config.trustedProxyHops,
        }),
    ],
    commands: [
      {
        id: 'myData',
        names: ['mijn gegevens', 'my data', 'privacy'],
        help: (t) => t.help.commands.myData,
        run: (turn) => privacy.show(turn),
      },
      {
        id: 'deleteData',
        names: ['verwijder mijn gegevens', 'delete my data', 'vergeet mij', 'forget me'],
        help: (t) => t.help.commands.deleteData,
        run: (turn) => privacy.ask(turn),
      },
    ],
    actions: [
      onVerb(verbs.privacyDelete, { run: (turn) => privacy.forget(turn) }),
      onVerb(verbs.privacyKeep, { run: async (turn) => privacy.keep(turn) }),
    ],
  };
}

// What the export uses of privacy: the one pseudonym of a person across every file.
export { pseudonymOf } from './privacy';
