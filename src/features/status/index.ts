// Status: the overview of all broedplaatsen (project lead) or one's own (contact, facilitator), paged, with details.
import { onVerb, type Feature } from '../../bot/feature';
import type { FeatureDeps } from '../../bot/deps';
import { Status } from './status';
import * as verbs from './verbs';

export function statusFeature(deps: FeatureDeps): Feature {
  const status = new Status(deps);
  return {
    name: 'status',
    commands: [
      {
        id: 'status',
        names: ['status', 'overzicht', 'overview'],
        help: (t) => t.help.commands.status,
        run: (turn, args) => status.command(turn, args),
        prefetch: (turn) => status.prefetch(turn),
      },
    ],
    actions: [
      onVerb(verbs.statusPage, {
        run: (turn, d) => status.page(turn, d.page),
        prefetch: (turn) => status.prefetch(turn),
      }),
      onVerb(verbs.statusSeen, {
        run: (turn, d) => status.seen(turn, d.broedplaatsId, d.upTo ?? new Date(0).toISOString()),
      }),
      onVerb(verbs.statusDetail, {
        run: (turn, d) => status.detail(turn, d.broedplaatsId),
        prefetch: (turn) => status.prefetch(turn),
      }),
    ],
  };
}
