// Intake answers in words, for summaries, answered cards and notifications, in the user's language.
import { sharesWithNetworks, type Broedplaats } from '../../domain/broedplaats';
import type { EditableField, IntakeAnswers, StepError } from '../../domain/intake';
import type { Texts } from '../../i18n';

type Labels = Texts['intake']['options'];

/** The label of an option code in the user's language. */
export function optionLabel<K extends keyof Labels>(t: Texts, group: K, code: keyof Labels[K]): string {
  return String(t.intake.options[group][code]);
}

/** One field's answer as the user would say it (user text as typed), or "—" when not answered. */
export function describeField(t: Texts, a: IntakeAnswers, field: EditableField): string {
  const s = t.intake.summary;
  switch (field) {
    case 'network':
      return a.networkName ?? s.none;
    case 'networkKind':
      return a.networkKind ? optionLabel(t, 'networkKind', a.networkKind) : s.none;
    case 'schoolCount':
      return a.schoolCount !== undefined ? s.schools({ n: a.schoolCount }) : s.none;
    case 'question':
      return a.question ?? s.none;
    case 'tried':
      return a.tried ?? s.none;
    case 'system': {
      // "Toch doorgaan" only once the contact said so.
      if (a.systemNowhere) return a.systemFitContinue ? s.nowhere : s.nowhereOpen;
      const list = (a.systemBarriers ?? []).map((b) => optionLabel(t, 'system', b)).join(', ');
      return [list || s.none, a.systemNote].filter(Boolean).join(' — ');
    }
    case 'theme':
      if (!a.theme) return s.none;
      return a.theme === 'anders' && a.themeOther
        ? `${optionLabel(t, 'theme', 'anders')}: ${a.themeOther}`
        : optionLabel(t, 'theme', a.theme);
    case 'stakeholders':
      if (!a.stakeholders?.length) return s.none;
      return a.stakeholders
        .map((c) =>
          c === 'anders' && a.stakeholderOther
            ? `${optionLabel(t, 'stakeholders', c)}: ${a.stakeholderOther}`
            : optionLabel(t, 'stakeholders', c),
        )
        .join(', ');
    case 'research':
      if (!a.research) return s.none;
      return [optionLabel(t, 'research', a.research.wish), a.research.topic].filter(Boolean).join(' — ');
    case 'facilitator':
      if (!a.facilitator) return s.none;
      return a.facilitator.chosen ? `${a.facilitator.name} (${a.facilitator.email})` : s.notChosen;
    case 'meetings':
      return a.meetings ? s.meetings(a.meetings) : s.none;
    case 'sharing':
      if (a.shareWithNetworks === undefined) return s.none;
      return a.shareWithNetworks ? s.sharingYes : s.sharingNo;
  }
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
