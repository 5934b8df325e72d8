// Dutch texts of the facilitator's half-days and their budget.

/** Help card lines (help.commands.*); the words users type are in features/halfdays/index.ts. */
export const halfDaysCommands = {
  halfDays: {
    name: 'dagdeel',
    description: 'Registreer een dagdeel procesbegeleiding (budget: 6 dagdelen).',
  },
} as const;

export const halfDaysTexts = {
  halfDays: {
    choose: 'Voor welke broedplaats wil je een dagdeel registreren?',
    form: {
      title: (p: { network: string }) => `Dagdeel procesbegeleiding – ${p.network}`,
      budget: (p: { used: number; budget: number }) => `Gebruikt: ${p.used} van ${p.budget} dagdelen.`,
      date: 'Datum',
      what: 'Wat is er gedaan?',
      submit: 'Registreren',
    },
    errors: {
      what: 'Beschrijf wat er is gedaan (3 tot 300 tekens).',
      date: 'Kies een datum (niet in de toekomst).',
    },
    overBudget: (p: { n: number; budget: number }) =>
      `Dit wordt dagdeel ${p.n}, boven het budget van ${p.budget}. Toch registreren? De projectleiding krijgt dan bericht.`,
    confirmOver: 'Ja, toch registreren',
    saved: (p: { used: number; budget: number }) =>
      `Geregistreerd. Gebruikt: ${p.used} van ${p.budget} dagdelen.`,
    leadNotice: (p: { network: string; used: number; budget: number; name: string }) =>
      `Let op: bij **${p.network}** is het budget voor procesbegeleiding overschreden (${p.used} van ${p.budget} dagdelen, geregistreerd door ${p.name}).`,
  },
} as const;
