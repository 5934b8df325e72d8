// Half-days: `dagdeel`, the facilitator logs the half-days spent on a broedplaats, within its budget.
import { onVerb, type Feature } from '../../bot/feature';
import type { FeatureDeps } from '../../bot/deps';
import { HalfDays } from './halfdays';
import * as verbs from './verbs';

export function halfDaysFeature(deps: FeatureDeps): Feature {
  const halfDays = new HalfDays(deps);
  return {
    name: 'halfDays',
    commands: [
      {
        id: 'halfDays',
        names: ['dagdeel', 'dagdelen', 'half-day', 'halfday', 'half day', 'half-days'],
        help: (t) => t.help.commands.halfDays,
        run: (turn, args) => halfDays.command(turn, args),
      },
    ],
    actions: [
      onVerb(verbs.halfDayChoose, { run: (turn, d) => halfDays.choose(turn, d.broedplaatsId) }),
      onVerb(verbs.halfDayCreate, { run: (turn, d) => halfDays.create(turn, d) }),
    ],
  };
}
