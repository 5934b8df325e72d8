// How each intake question is asked: free text as a message, choices and forms as a card (typing works too).
import type { Outgoing } from '../../bot/feature';
import { renderIntakeStepCard, type IntakeStepCardData } from '../../cards/intake-step';
import * as verbs from './verbs';
import { LIMITS, MEETINGS, type Network } from '../../domain/broedplaats';
import {
  isAnswered,
  NETWORK_KIND_OPTIONS,
  progress,
  RESEARCH_OPTIONS,
  STAKEHOLDER_OPTIONS,
  SYSTEM_NOWHERE_NUMBER,
  SYSTEM_OPTIONS,
  THEME_OPTIONS,
  type EditableField,
  type IntakeDraft,
  type IntakeStep,
  type StepError,
} from '../../domain/intake';
import { escapeMarkdown, shorten } from '../../domain/text';
import type { Texts } from '../../i18n';
import { describeField, errorText, optionLabel } from './describe';

/** Characters of an earlier answer quoted when a question is asked again. */
const QUOTED_ANSWER_CHARS = 300;

export interface PromptContext {
  knownNetworks: readonly Network[];
  /** Entra object id (or channel id) of the intake's owner. */
  owner: string;
  error?: StepError;
  /** Values the user submitted on the card, to show again with the error. */
  values?: Record<string, unknown>;
}

/** "Vraag 3 van 10". */
export function progressText(t: Texts, draft: IntakeDraft): string {
  return t.intake.progress(progress(draft));
}

function stepPrompt(t: Texts, draft: IntakeDraft, step: IntakeStep): string {
  const s = t.intake.steps;
  const network = escapeMarkdown(draft.answers.networkName ?? '');
  switch (step) {
    case 'network':
      return s.network.prompt;
    case 'networkKind':
      return s.networkKind.prompt({ network });
    case 'schoolCount':
      return s.schoolCount.prompt({ network });
    case 'question':
      return s.question.prompt;
    case 'tried':
      return s.tried.prompt;
    case 'system':
      return s.system.prompt;
    case 'systemFit':
      return s.systemFit.prompt;
    case 'theme':
      return s.theme.prompt;
    case 'stakeholders':
      return s.stakeholders.prompt;
    case 'research':
      return s.research.prompt;
    case 'facilitator':
      return s.facilitator.prompt;
    case 'meetings':
      return s.meetings.prompt;
    case 'sharing':
      return s.sharing.prompt;
  }
}

/** The question for the draft's current step (with the reason the last answer was refused, if any). */
export function promptFor(t: Texts, draft: IntakeDraft, ctx: PromptContext): Outgoing {
  const step = draft.position;
  if (step === 'summary') throw new Error('The summary is not a step prompt');
  const again = isAnswered(draft);
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
    ? `\n\n${t.intake.keepHintText({ answer: escapeMarkdown(shorten(describeField(t, draft.answers, step as EditableField), QUOTED_ANSWER_CHARS)) })}`
    : '';
  return `${error}_${progressText(t, draft)}_\n\n${stepPrompt(t, draft, step)}${earlier}`;
}

/** An option as the card shows it: with the number that picks it when typed ("2. Examenregels"). */
function numbered(index: number, title: string): string {
  return `${index + 1}. ${title}`;
}

function text(v: unknown): string {
  return typeof v === 'string' ? v : '';
}

function cardFor(
  t: Texts,
  draft: IntakeDraft,
  step: IntakeStep,
  ctx: PromptContext,
): IntakeStepCardData | undefined {
  const a = draft.answers;
  const v = ctx.values ?? {};
  const s = t.intake.steps;
  const base: IntakeStepCardData = {
    progress: progressText(t, draft),
    prompt: stepPrompt(t, draft, step),
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
    verbs: { answer: verbs.intakeAnswer.name },
    flowId: draft.id,
    stepId: step,
    owner: ctx.owner,
  };
  const choice = (fallback: string) => (ctx.values ? text(v.choice) : fallback);
  switch (step) {
    case 'network':
      if (ctx.knownNetworks.length === 0) return undefined;
      return {
        ...base,
        known: ctx.knownNetworks.map((n) => ({ title: n.name, value: n.id })),
        knownLabel: s.network.known,
        knownPlaceholder: s.network.knownPlaceholder,
        knownValue: ctx.values ? text(v.known) : (a.knownNetwork?.id ?? ''),
        inputs: [
          {
            id: 'name',
            label: '',
            placeholder: s.network.namePlaceholder,
            value: ctx.values ? text(v.name) : a.knownNetwork ? '' : (a.networkName ?? ''),
            maxLength: LIMITS.networkName.max,
            multiline: false,
          },
        ],
      };
    case 'networkKind':
      return {
        ...base,
        choices: NETWORK_KIND_OPTIONS.map(({ code }, i) => ({
          title: numbered(i, optionLabel(t, 'networkKind', code)),
          value: code,
        })),
        choiceValue: choice(a.networkKind ?? ''),
      };
    case 'system':
      return {
        ...base,
        multi: true,
        choices: [
          ...SYSTEM_OPTIONS.map(({ code }, i) => ({
            title: numbered(i, optionLabel(t, 'system', code)),
            value: code,
          })),
          { title: numbered(SYSTEM_NOWHERE_NUMBER - 1, s.system.nowhere), value: 'nergens' },
        ],
        choiceValue: choice(a.systemNowhere ? 'nergens' : (a.systemBarriers ?? []).join(',')),
        inputs: [
          {
            id: 'note',
            label: '',
            placeholder: s.system.notePlaceholder,
            value: ctx.values ? text(v.note) : (a.systemNote ?? ''),
            maxLength: LIMITS.other.max,
            multiline: false,
          },
        ],
      };
    case 'systemFit':
      return yesNo(base, s.systemFit);
    case 'theme':
      return {
        ...base,
        choices: THEME_OPTIONS.map(({ code }, i) => ({
          title: numbered(i, optionLabel(t, 'theme', code)),
          value: code,
        })),
        choiceValue: choice(a.theme ?? ''),
        inputs: [otherInput(s.theme.otherPlaceholder, ctx.values ? text(v.other) : (a.themeOther ?? ''))],
      };
    case 'stakeholders':
      return {
        ...base,
        multi: true,
        choices: STAKEHOLDER_OPTIONS.map(({ code }, i) => ({
          title: numbered(i, optionLabel(t, 'stakeholders', code)),
          value: code,
        })),
        choiceValue: choice((a.stakeholders ?? []).join(',')),
        inputs: [
          otherInput(
            s.stakeholders.otherPlaceholder,
            ctx.values ? text(v.other) : (a.stakeholderOther ?? ''),
          ),
        ],
      };
    case 'research':
      return {
        ...base,
        choices: RESEARCH_OPTIONS.map(({ code }, i) => ({
          title: numbered(i, optionLabel(t, 'research', code)),
          value: code,
        })),
        choiceValue: choice(a.research?.wish ?? ''),
        inputs: [
          {
            id: 'topic',
            label: '',
            placeholder: s.research.topicPlaceholder,
            value: ctx.values ? text(v.topic) : (a.research?.topic ?? ''),
            maxLength: LIMITS.other.max,
            multiline: false,
          },
        ],
      };
    case 'facilitator': {
      const current = a.facilitator?.chosen ? a.facilitator : undefined;
      return {
        ...base,
        inputs: [
          {
            id: 'name',
            label: '',
            placeholder: s.facilitator.namePlaceholder,
            value: ctx.values ? text(v.name) : (current?.name ?? ''),
            maxLength: LIMITS.personName.max,
            multiline: false,
          },
          {
            id: 'email',
            label: '',
            placeholder: s.facilitator.emailPlaceholder,
            value: ctx.values ? text(v.email) : (current?.email ?? ''),
            maxLength: LIMITS.email.max,
            multiline: false,
          },
        ],
        buttons: [{ title: s.facilitator.notChosen, button: 'notChosen' }],
      };
    }
    case 'meetings':
      return {
        ...base,
        choices: [1, 2, 3].map((n) => ({ title: String(n), value: String(n) })),
        choiceValue: ctx.values ? text(v.choice) : String(a.meetings?.count ?? MEETINGS.default),
        inputs: [
          {
            id: 'period',
            label: '',
            placeholder: s.meetings.periodPlaceholder,
            value: ctx.values ? text(v.period) : (a.meetings?.period ?? ''),
            maxLength: LIMITS.period.max,
            multiline: false,
          },
        ],
      };
    case 'sharing':
      return yesNo(base, s.sharing);
    default:
      return undefined;
  }
}

/** A question answered with one of two buttons (read as "ja" / "nee", as typing them is). */
function yesNo(base: IntakeStepCardData, labels: { yes: string; no: string }): IntakeStepCardData {
  return {
    ...base,
    submitLabel: '',
    buttons: [
      { title: labels.yes, button: 'ja' },
      { title: labels.no, button: 'nee' },
    ],
  };
}

function otherInput(placeholder: string, value: string) {
  return { id: 'other', label: '', placeholder, value, maxLength: LIMITS.other.max, multiline: false };
}
