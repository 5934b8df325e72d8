// Intake words shared by every step: option labels, a stored broedplaats as answers, refusals (each step's answer
// in words is its `describe` in steps.ts).
import { sharesWithNetworks, type Broedplaats } from '../../domain/broedplaats';
import type { IntakeAnswers, StepError } from '../../domain/intake';
import type { Texts } from '../../i18n';

type Labels = Texts['intake']['options'];

/** The label of an option code in the user's language. */
export function optionLabel<K extends keyof Labels>(t: Texts, group: K, code: keyof Labels[K]): string {
  return String(t.intake.options[group][code]);
}

/** The answers of a stored broedplaats, in the intake's shape (to describe it the same way). */
export function answersOf(b: Broedplaats): IntakeAnswers {
  return {
    networkName: b.network.name,
    knownNetwork: b.network,
    networkKind: b.network.kind,
    schoolCount: b.network.schoolCount,
    question: b.question,
    tried: b.tried,
    systemBarriers: b.systemBarriers,
    systemNowhere: b.systemNowhere,
    // A broedplaats that meets the system nowhere exists only because its contact chose to go on.
    systemFitContinue: b.systemNowhere ? true : undefined,
    systemNote: b.systemNote,
    theme: b.theme,
    themeOther: b.themeOther,
    stakeholders: b.stakeholders,
    stakeholderOther: b.stakeholderOther,
    research: b.research,
    facilitator: b.facilitator,
    meetings: b.meetings,
    shareWithNetworks: sharesWithNetworks(b),
  };
}

/** The message for a refused answer. */
export function errorText(t: Texts, error: StepError): string {
  const entry = t.intake.errors[error.key] as string | ((p: Record<string, string | number>) => string);
  return typeof entry === 'function' ? entry(error.params ?? {}) : entry;
}
