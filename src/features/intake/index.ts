// Intake of a network's development question: commands, card actions and the open-flow hook.
import { onVerb, type Command, type Feature } from '../../bot/feature';
import { escapeMarkdown } from '../../domain/text';
import type { FeatureDeps } from '../../bot/deps';
import { confirmIntake } from './confirm';
import { INTAKE_FLOW, IntakeFlow } from './flow';
import { intakeKey } from './keys';
import { onShareChosen, onShareSet, shareCommand } from './sharing';
import * as verbs from './verbs';

/** The intake feature. */
export function intakeFeature(deps: FeatureDeps, commands: () => readonly Command[]): Feature {
  const flow = new IntakeFlow(deps, commands);
  return {
    name: 'intake',
    commands: [
      {
        id: 'intake',
        names: ['intake', 'nieuwe broedplaats', 'new broedplaats', 'new'],
        help: (t) => t.help.commands.intake,
        run: (turn) => flow.start(turn),
      },
      {
        id: 'cancel',
        names: ['annuleer', 'annuleren', 'cancel'],
        help: (t) => t.help.commands.cancel,
        run: (turn) => flow.cancelCommand(turn),
      },
      {
        id: 'share',
        names: ['delen', 'share', 'sharing'],
        help: (t) => t.help.commands.share,
        run: (turn, args) => shareCommand(deps, turn, args),
      },
    ],
    actions: [
      onVerb(verbs.intakeAnswer, {
        run: (turn, data) => flow.onCardAnswer(turn, data),
      }),
      onVerb(verbs.intakeEdit, {
        run: (turn, data) => flow.onEdit(turn, data),
      }),
      onVerb(verbs.intakeConfirm, {
        async run(turn, data) {
          const stored = await deps.store.intakes.get(intakeKey(turn));
          // A summary left by typing a field's name or "terug" is an old card: the question asked now comes first.
          if (stored && stored.value.id === data.flowId && stored.value.position !== 'summary')
            return { message: turn.t.intake.staleCard };
          if (stored && stored.value.id === data.flowId) return confirmIntake(deps, flow, turn, stored);
          const existing = await deps.store.broedplaatsen.get(data.flowId);
          if (
            existing &&
            existing.value.createdBy.aadObjectId === (turn.actor.aadObjectId ?? turn.actor.id)
          ) {
            return {
              message: turn.t.intake.alreadyConfirmed({
                network: escapeMarkdown(existing.value.network.name),
              }),
            };
          }
          return {
            message:
              data.owner && data.owner !== (turn.actor.aadObjectId ?? turn.actor.id)
                ? turn.t.intake.notYours
                : turn.t.intake.staleCard,
          };
        },
      }),
      onVerb(verbs.intakeCancel, {
        run: (turn, data) => flow.onCancel(turn, data),
      }),
      onVerb(verbs.sharingChoose, {
        run: (turn, data) => onShareChosen(deps, turn, data),
      }),
      onVerb(verbs.sharingSet, {
        run: (turn, data) => onShareSet(deps, turn, data),
      }),
    ],
    flow: {
      kind: INTAKE_FLOW,
      onText: (turn, text, command) => flow.onText(turn, text, command),
      prefetch: (turn) => flow.prefetch(turn),
      onStray: (turn, text) => flow.onStray(turn, text),
    },
  };
}
