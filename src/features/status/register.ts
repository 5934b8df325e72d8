// Status: the overview of all broedplaatsen (project lead) or one's own (contact, facilitator), paged, with details.
import { z } from 'zod';
import { cardAction, type Feature } from '../../bot/feature';
import type { FeatureDeps } from '..';
import { Status } from './status';

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
      cardAction({
        verb: 'status.page',
        schema: z.object({ page: z.coerce.number().int().min(0).max(1000) }).passthrough(),
        run: (turn, d) => status.page(turn, d.page),
        prefetch: (turn) => status.prefetch(turn),
      }),
      cardAction({
        verb: 'status.seen',
        schema: z
          .object({ broedplaatsId: z.string().min(1).max(100), upTo: z.string().datetime().optional() })
          .passthrough(),
        run: (turn, d) => status.seen(turn, d.broedplaatsId, d.upTo ?? new Date(0).toISOString()),
      }),
      cardAction({
        verb: 'status.detail',
        schema: z.object({ broedplaatsId: z.string().min(1).max(100) }).passthrough(),
        run: (turn, d) => status.detail(turn, d.broedplaatsId),
        prefetch: (turn) => status.prefetch(turn),
      }),
    ],
  };
}
