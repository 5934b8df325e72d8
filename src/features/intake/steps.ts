// Each intake step in one record: its question, its card (choices, inputs, buttons and how their values are read), and
// its answer in words. The step's rules (what counts as answered, skipped, valid) are its entry in domain/intake.ts.
import { z } from 'zod';
import type { IntakeStepCardData } from '../../cards/intake-step';
import { LIMITS, MEETINGS, type Network } from '../../domain/broedplaats';
import {
  EDITABLE_FIELDS,
  NETWORK_KIND_OPTIONS,
  RESEARCH_OPTIONS,
  STAKEHOLDER_OPTIONS,
  SYSTEM_NOWHERE_NUMBER,
  SYSTEM_OPTIONS,
  THEME_OPTIONS,
  type CardValuesOf,
  type EditableField,
  type IntakeAnswers,
  type IntakeStep,
  type StepInput,
} from '../../domain/intake';
import { escapeMarkdown } from '../../domain/text';
import type { Texts } from '../../i18n';
import { optionLabel } from './describe';

type Labels = Texts['intake']['options'];

/** What a step's card shows of its own: choices, inputs and buttons (progress, question and error are common). */
export type StepCardParts = Partial<
  Pick<
    IntakeStepCardData,
    | 'known'
    | 'knownLabel'
    | 'knownPlaceholder'
    | 'knownValue'
    | 'choices'
    | 'multi'
    | 'choiceValue'
    | 'inputs'
    | 'submitLabel'
    | 'buttons'
  >
>;

/** What a card is filled with: the answers given before, or the values just sent back when they were refused. */
export interface StepCardContext<S extends IntakeStep> {
  answers: IntakeAnswers;
  values: CardValuesOf<S> | undefined;
  /** The networks the user may pick (network step). */
  knownNetworks: readonly Network[];
}

/** A step's card: what it shows, and how what it sends back is read into the values its domain entry checks. */
export interface StepCard<S extends IntakeStep> {
  form: z.ZodType<CardValuesOf<S>, z.ZodTypeDef, unknown>;
  /** The card's own parts; undefined: the question is asked as a message this time. */
  show(t: Texts, c: StepCardContext<S>): StepCardParts | undefined;
}

/** How one step of the intake is asked and shown. */
export interface StepView<S extends IntakeStep> {
  /** The question, in the user's language (user text in it escaped). */
  prompt(t: Texts, a: IntakeAnswers): string;
  /** Without a card the question is a message and the answer is typed (typing works at every step). */
  card?: StepCard<S>;
  /** The answer in words (user text as typed, "—" when not answered): on the summary, notices and answered cards. */
  describe(t: Texts, a: IntakeAnswers): string;
  /** The line of the answered card, when it is not "<field>: <answer>" (`declined`: the intake pauses). */
  answered?(t: Texts, a: IntakeAnswers, declined: boolean): string;
  /** The step offers the networks the user may pick and refuses taken names: the flow looks them up for it. */
  picksNetwork?: true;
}

/**
 * A card input's value as the step reads it: the text Teams sends (a number as its digits); anything else reads as
 * empty, so the step says what is missing.
 */
const value = z.union([z.string(), z.number().transform(String)]).catch('');
/** The `button` of the facilitator card's "not chosen yet". */
const NOT_CHOSEN = 'notChosen';
/** The `button` values of a yes / no card: read as typing "ja" / "nee" is. */
const YES_NO = { yes: 'ja', no: 'nee' } as const;

/** A card answered by one of its buttons only. */
const buttonForm = z.object({ button: value }).transform(({ button }) => ({ choice: button }));

/** An option as the card shows it: with the number that picks it when typed ("2. Examenregels"). */
function numbered(index: number, title: string): string {
  return `${index + 1}. ${title}`;
}

function choicesOf<K extends keyof Labels>(
  t: Texts,
  group: K,
  options: readonly { code: keyof Labels[K] & string }[],
): { title: string; value: string }[] {
  return options.map(({ code }, i) => ({ title: numbered(i, optionLabel(t, group, code)), value: code }));
}

/** A one-line text input of a step card. */
function textInput(id: string, placeholder: string, shown: string, maxLength: number) {
  return { id, label: '', placeholder, value: shown, maxLength, multiline: false };
}

/** A question answered with one of two buttons. */
function yesNo(labels: { yes: string; no: string }): StepCardParts {
  return {
    submitLabel: '',
    buttons: [
      { title: labels.yes, button: YES_NO.yes },
      { title: labels.no, button: YES_NO.no },
    ],
  };
}

function networkOf(a: IntakeAnswers): { network: string } {
  return { network: escapeMarkdown(a.networkName ?? '') };
}

/** Every step of the intake, by its id in domain/intake.ts. */
export const STEP_VIEWS: { [S in IntakeStep]: StepView<S> } = {
  network: {
    picksNetwork: true,
    prompt: (t) => t.intake.steps.network.prompt,
    card: {
      form: z.object({ known: value, name: value }),
      show(t, { answers: a, values, knownNetworks }) {
        // Without networks to pick from, the name is simply typed.
        if (knownNetworks.length === 0) return undefined;
        const s = t.intake.steps.network;
        return {
          known: knownNetworks.map((n) => ({ title: n.name, value: n.id })),
          knownLabel: s.known,
          knownPlaceholder: s.knownPlaceholder,
          knownValue: values?.known ?? a.knownNetwork?.id ?? '',
          inputs: [
            textInput(
              'name',
              s.namePlaceholder,
              values?.name ?? (a.knownNetwork ? '' : (a.networkName ?? '')),
              LIMITS.networkName.max,
            ),
          ],
        };
      },
    },
    describe: (t, a) => a.networkName ?? t.intake.summary.none,
  },
  networkKind: {
    prompt: (t, a) => t.intake.steps.networkKind.prompt(networkOf(a)),
    card: {
      form: z.object({ choice: value }),
      show: (t, { answers: a, values }) => ({
        choices: choicesOf(t, 'networkKind', NETWORK_KIND_OPTIONS),
        choiceValue: values?.choice ?? a.networkKind ?? '',
      }),
    },
    describe: (t, a) =>
      a.networkKind ? optionLabel(t, 'networkKind', a.networkKind) : t.intake.summary.none,
  },
  schoolCount: {
    prompt: (t, a) => t.intake.steps.schoolCount.prompt(networkOf(a)),
    describe: (t, a) =>
      a.schoolCount !== undefined ? t.intake.summary.schools({ n: a.schoolCount }) : t.intake.summary.none,
  },
  question: {
    prompt: (t) => t.intake.steps.question.prompt,
    describe: (t, a) => a.question ?? t.intake.summary.none,
  },
  tried: {
    prompt: (t) => t.intake.steps.tried.prompt,
    describe: (t, a) => a.tried ?? t.intake.summary.none,
  },
  system: {
    prompt: (t) => t.intake.steps.system.prompt,
    card: {
      form: z.object({ choice: value, note: value }),
      show(t, { answers: a, values }) {
        const s = t.intake.steps.system;
        return {
          multi: true,
          choices: [
            ...choicesOf(t, 'system', SYSTEM_OPTIONS),
            { title: numbered(SYSTEM_NOWHERE_NUMBER - 1, s.nowhere), value: 'nergens' },
          ],
          choiceValue: values?.choice ?? (a.systemNowhere ? 'nergens' : (a.systemBarriers ?? []).join(',')),
          inputs: [
            textInput('note', s.notePlaceholder, values?.note ?? a.systemNote ?? '', LIMITS.other.max),
          ],
        };
      },
    },
    describe(t, a) {
      const s = t.intake.summary;
      // "Toch doorgaan" only once the contact said so.
      if (a.systemNowhere) return a.systemFitContinue ? s.nowhere : s.nowhereOpen;
      const list = (a.systemBarriers ?? []).map((b) => optionLabel(t, 'system', b)).join(', ');
      return [list || s.none, a.systemNote].filter(Boolean).join(' — ');
    },
  },
  systemFit: {
    prompt: (t) => t.intake.steps.systemFit.prompt,
    card: { form: buttonForm, show: (t) => yesNo(t.intake.steps.systemFit) },
    describe: (t, a) => (a.systemFitContinue ? t.intake.steps.systemFit.yes : t.intake.summary.none),
    answered: (t, _a, declined) => (declined ? t.intake.steps.systemFit.no : t.intake.steps.systemFit.yes),
  },
  theme: {
    prompt: (t) => t.intake.steps.theme.prompt,
    card: {
      form: z.object({ choice: value, other: value }),
      show: (t, { answers: a, values }) => ({
        choices: choicesOf(t, 'theme', THEME_OPTIONS),
        choiceValue: values?.choice ?? a.theme ?? '',
        inputs: [
          textInput(
            'other',
            t.intake.steps.theme.otherPlaceholder,
            values?.other ?? a.themeOther ?? '',
            LIMITS.other.max,
          ),
        ],
      }),
    },
    describe(t, a) {
      if (!a.theme) return t.intake.summary.none;
      return a.theme === 'anders' && a.themeOther
        ? `${optionLabel(t, 'theme', 'anders')}: ${a.themeOther}`
        : optionLabel(t, 'theme', a.theme);
    },
  },
  stakeholders: {
    prompt: (t) => t.intake.steps.stakeholders.prompt,
    card: {
      form: z.object({ choice: value, other: value }),
      show: (t, { answers: a, values }) => ({
        multi: true,
        choices: choicesOf(t, 'stakeholders', STAKEHOLDER_OPTIONS),
        choiceValue: values?.choice ?? (a.stakeholders ?? []).join(','),
        inputs: [
          textInput(
            'other',
            t.intake.steps.stakeholders.otherPlaceholder,
            values?.other ?? a.stakeholderOther ?? '',
            LIMITS.other.max,
          ),
        ],
      }),
    },
    describe(t, a) {
      if (!a.stakeholders?.length) return t.intake.summary.none;
      return a.stakeholders
        .map((c) =>
          c === 'anders' && a.stakeholderOther
            ? `${optionLabel(t, 'stakeholders', c)}: ${a.stakeholderOther}`
            : optionLabel(t, 'stakeholders', c),
        )
        .join(', ');
    },
  },
  research: {
    prompt: (t) => t.intake.steps.research.prompt,
    card: {
      form: z.object({ choice: value, topic: value }),
      show: (t, { answers: a, values }) => ({
        choices: choicesOf(t, 'research', RESEARCH_OPTIONS),
        choiceValue: values?.choice ?? a.research?.wish ?? '',
        inputs: [
          textInput(
            'topic',
            t.intake.steps.research.topicPlaceholder,
            values?.topic ?? a.research?.topic ?? '',
            LIMITS.other.max,
          ),
        ],
      }),
    },
    describe(t, a) {
      if (!a.research) return t.intake.summary.none;
      return [optionLabel(t, 'research', a.research.wish), a.research.topic].filter(Boolean).join(' — ');
    },
  },
  facilitator: {
    prompt: (t) => t.intake.steps.facilitator.prompt,
    card: {
      form: z
        .object({ name: value, email: value, button: value })
        .transform(({ name, email, button }) => ({ name, email, notChosen: button === NOT_CHOSEN })),
      show(t, { answers: a, values }) {
        const s = t.intake.steps.facilitator;
        const current = a.facilitator?.chosen ? a.facilitator : undefined;
        return {
          inputs: [
            textInput('name', s.namePlaceholder, values?.name ?? current?.name ?? '', LIMITS.personName.max),
            textInput('email', s.emailPlaceholder, values?.email ?? current?.email ?? '', LIMITS.email.max),
          ],
          buttons: [{ title: s.notChosen, button: NOT_CHOSEN }],
        };
      },
    },
    describe(t, a) {
      if (!a.facilitator) return t.intake.summary.none;
      return a.facilitator.chosen
        ? `${a.facilitator.name} (${a.facilitator.email})`
        : t.intake.summary.notChosen;
    },
  },
  meetings: {
    prompt: (t) => t.intake.steps.meetings.prompt,
    card: {
      form: z.object({ choice: value, period: value }),
      show: (t, { answers: a, values }) => ({
        choices: [1, 2, 3].map((n) => ({ title: String(n), value: String(n) })),
        choiceValue: values?.choice ?? String(a.meetings?.count ?? MEETINGS.default),
        inputs: [
          textInput(
            'period',
            t.intake.steps.meetings.periodPlaceholder,
            values?.period ?? a.meetings?.period ?? '',
            LIMITS.period.max,
          ),
        ],
      }),
    },
    describe: (t, a) => (a.meetings ? t.intake.summary.meetings(a.meetings) : t.intake.summary.none),
  },
  sharing: {
    prompt: (t) => t.intake.steps.sharing.prompt,
    card: { form: buttonForm, show: (t) => yesNo(t.intake.steps.sharing) },
    describe(t, a) {
      if (a.shareWithNetworks === undefined) return t.intake.summary.none;
      return a.shareWithNetworks ? t.intake.summary.sharingYes : t.intake.summary.sharingNo;
    },
  },
};

/** One summary field's answer as the user would say it (user text as typed), or "—" when not answered. */
export function describeField(t: Texts, a: IntakeAnswers, field: EditableField): string {
  return STEP_VIEWS[field].describe(t, a);
}

/** The answer just given to `step`, in words, for the answered card. */
export function answeredLine(t: Texts, step: IntakeStep, a: IntakeAnswers, declined: boolean): string {
  const view = STEP_VIEWS[step];
  if (view.answered) return view.answered(t, a, declined);
  const field = EDITABLE_FIELDS.find((f) => f === step);
  return field ? `${t.intake.fields[field]}: ${view.describe(t, a)}` : '';
}

/**
 * What a step's card sent back, read through that card's schema; undefined when the step has no card (a click on
 * a card it never showed).
 */
export function readCard<S extends IntakeStep>(
  step: S,
  data: Record<string, unknown>,
): StepInput<S> | undefined {
  const card = STEP_VIEWS[step].card;
  return card && { kind: 'card', step, values: card.form.parse(data) };
}

/** The card parts of `step` (undefined: asked as a message), filled with `values` sent back or the answers. */
export function cardParts<S extends IntakeStep>(
  t: Texts,
  step: S,
  c: StepCardContext<S>,
): StepCardParts | undefined {
  return STEP_VIEWS[step].card?.show(t, c);
}
