// The English of nl/halfdays.ts: the same keys, which its type checks.
import type { Texts } from '../nl';

/** Help card lines (help.commands.*); the words users type are in features/halfdays/index.ts. */
export const halfDaysCommands: Pick<Texts['help']['commands'], 'halfDays'> = {
  halfDays: {
    name: 'half-day',
    description: 'Log a half-day of process facilitation (budget: 6 half-days).',
  },
};

export const halfDaysTexts: Pick<Texts, 'halfDays'> = {
  halfDays: {
    choose: 'For which broedplaats do you want to log a half-day?',
    form: {
      title: (p: { network: string }) => `Process facilitation half-day – ${p.network}`,
      budget: (p: { used: number; budget: number }) => `Used: ${p.used} of ${p.budget} half-days.`,
      date: 'Date',
      what: 'What was done?',
      submit: 'Log',
    },
    errors: {
      what: 'Please describe what was done (3 to 300 characters).',
      date: 'Please pick a date (not in the future).',
    },
    overBudget: (p: { n: number; budget: number }) =>
      `This would be half-day ${p.n}, over the budget of ${p.budget}. Log it anyway? The project lead is then told.`,
    confirmOver: 'Yes, log it anyway',
    saved: (p: { used: number; budget: number }) => `Logged. Used: ${p.used} of ${p.budget} half-days.`,
    leadNotice: (p: { network: string; used: number; budget: number; name: string }) =>
      `Note: the process facilitation budget of **${p.network}** has been exceeded (${p.used} of ${p.budget} half-days, logged by ${p.name}).`,
  },
};
