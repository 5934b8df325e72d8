// How the current intake question is asked: as its step's card when it has one, else as a message (typing works too).
import type { Outgoing } from '../../bot/feature';
import { renderIntakeStepCard, type IntakeStepCardData } from '../../cards/intake-step';
import * as verbs from './verbs';
import type { Network } from '../../domain/broedplaats';
import {
  isAnswered,
  progress,
  type IntakeDraft,
  type IntakeStep,
  type StepError,
  type StepInput,
} from '../../domain/intake';
import { escapeMarkdown, shorten } from '../../domain/text';
import type { Texts } from '../../i18n';
import { errorText } from './describe';
import { cardParts, STEP_VIEWS } from './steps';

/** Characters of an earlier answer quoted when a question is asked again. */
const QUOTED_ANSWER_CHARS = 300;

export interface PromptContext {
  knownNetworks: readonly Network[];
  /** Entra object id (or channel id) of the intake's owner. */
  owner: string;
  error?: StepError;
  /** The answer sent on the card, shown on it again with the error. */
  sent?: StepInput;
}

/** "Vraag 3 van 10". */
export function progressText(t: Texts, draft: IntakeDraft): string {
  return t.intake.progress(progress(draft));
}

/** The question for the draft's current step (with the reason the last answer was refused, if any). */
export function promptFor(t: Texts, draft: IntakeDraft, ctx: PromptContext): Outgoing {
  const step = draft.position;
  if (step === 'summary') throw new Error('The summary is not a step prompt');
  const again = isAnswered(draft);
  const view = STEP_VIEWS[step];
  const card = cardFor(t, draft, step, ctx);
  if (card) {
    return {
      card: renderIntakeStepCard(
        again ? { ...card, prompt: `${card.prompt}\n\n${t.intake.keepHintCard}` } : card,
      ),
    };
  }
  const error = ctx.error ? `${errorText(t, ctx.error)}\n\n` : '';
  const earlier = again
    ? `\n\n${t.intake.keepHintText({ answer: escapeMarkdown(shorten(view.describe(t, draft.answers), QUOTED_ANSWER_CHARS)) })}`
    : '';
  return `${error}_${progressText(t, draft)}_\n\n${view.prompt(t, draft.answers)}${earlier}`;
}

/** The step's card for this draft, or undefined when the question is asked as a message. */
function cardFor<S extends IntakeStep>(
  t: Texts,
  draft: IntakeDraft,
  step: S,
  ctx: PromptContext & { sent?: StepInput<S> },
): IntakeStepCardData | undefined {
  const parts = cardParts(t, step, {
    answers: draft.answers,
    values: ctx.sent?.kind === 'card' ? ctx.sent.values : undefined,
    knownNetworks: ctx.knownNetworks,
  });
  if (!parts) return undefined;
  return {
    progress: progressText(t, draft),
    prompt: STEP_VIEWS[step].prompt(t, draft.answers),
    error: ctx.error ? errorText(t, ctx.error) : '',
    known: [],
    knownLabel: '',
    knownPlaceholder: '',
    knownValue: '',
    choices: [],
    multi: false,
    choiceValue: '',
    inputs: [],
    submitLabel: t.intake.submit,
    buttons: [],
    ...parts,
    verbs: { answer: verbs.intakeAnswer.name },
    flowId: draft.id,
    stepId: step,
    owner: ctx.owner,
  };
}
