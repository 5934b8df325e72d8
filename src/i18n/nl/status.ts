// Dutch texts of the overview of the broedplaatsen and one broedplaats's details.

/** Help card lines (help.commands.*); the words users type are in features/status/index.ts. */
export const statusCommands = {
  status: {
    name: 'status',
    description:
      'Hoe staan de broedplaatsen ervoor? "status" met de naam van een netwerk toont de details van één broedplaats.',
  },
} as const;

export const statusTexts = {
  status: {
    notAllowed:
      'Het overzicht is er voor de projectleiding, en voor contactpersonen en procesbegeleiders over hun eigen broedplaats. Je bent (nog) geen van beide; start een broedplaats met **intake**.',
    noBroedplaatsen: 'Er zijn nog geen broedplaatsen. Start er een met **intake**.',
    noSuchNetwork: (p: { name: string }) => `Ik vind geen broedplaats "${p.name}" die jij mag zien.`,
    title: (p: { count: number }) => `Overzicht broedplaatsen (${p.count})`,
    titleOwn: 'Jouw broedplaatsen',
    page: (p: { page: number; pages: number }) => `Pagina ${p.page} van ${p.pages}`,
    previous: 'Vorige',
    next: 'Volgende',
    details: 'Details',
    attentionFirst: 'Wat aandacht nodig heeft, staat bovenaan.',
    phases: {
      intake: 'intake',
      planning: 'datum kiezen',
      scheduled: 'gepland',
      held: 'gehouden',
      reflecting: 'reflectie loopt',
      'follow-up': 'vervolg',
      closed: 'afgerond',
    },
    attention: {
      fewAccepted: 'bijeenkomst binnen 7 dagen, weinig toezeggingen',
      overdueFollowUps: 'vervolgafspraak over tijd',
      stalledIntake: 'na de intake 14 dagen stil',
      undelivered: 'berichten niet bezorgd',
    },
    labels: {
      phase: 'Fase',
      theme: 'Thema',
      next: 'Volgende bijeenkomst',
      rsvp: 'Uitnodigingen',
      reflection: 'Reflectie',
      followUps: 'Vervolgafspraken',
      halfDays: 'Dagdelen',
      undelivered: 'Niet bezorgd',
      attention: 'Aandacht',
    },
    values: {
      none: '—',
      polling: 'datumprikker loopt',
      rsvp: (p: { accepted: number; tentative: number; declined: number; open: number }) =>
        `${p.accepted} komt · ${p.tentative} misschien · ${p.declined} niet · ${p.open} open`,
      reflection: (p: { pct: number; usefulness: string }) => `${p.pct}% gereageerd · nut ${p.usefulness}`,
      followUps: (p: { open: number; overdue: number }) =>
        `${p.open} open${p.overdue ? ` · ${p.overdue} over tijd` : ''}`,
      halfDays: (p: { used: number; budget: number }) => `${p.used} van ${p.budget}`,
    },
    detail: {
      question: 'Ontwikkelvraag',
      contacts: 'Contactpersonen',
      facilitator: 'Procesbegeleider',
      meetings: 'Bijeenkomsten',
      meeting: (p: { number: number; when: string; status: string }) =>
        `Bijeenkomst ${p.number}: ${p.when} (${p.status})`,
      meetingStatus: {
        polling: 'datumprikker',
        scheduled: 'gepland',
        held: 'gehouden',
        cancelled: 'afgezegd',
      },
      invitees: 'Genodigden',
      reflections: 'Reflecties',
      followUps: 'Vervolgafspraken',
      followUp: (p: { what: string; owner: string; due: string; status: string }) =>
        `${p.what} — ${p.owner}, ${p.due} (${p.status})`,
      followUpStatus: { open: 'open', done: 'gedaan', dropped: 'vervallen', overdue: 'over tijd' },
      halfDays: 'Dagdelen procesbegeleiding',
      undelivered: 'Niet bezorgd',
      undeliveredLine: (p: { when: string; recipient: string; reason: string }) =>
        `${p.when} · ${p.recipient}: ${p.reason}`,
      undeliveredMore: (p: { count: number }) => `en nog ${p.count}`,
      mailCap: {
        perContact:
          'e-maillimiet van vandaag per contactpersoon bereikt; de contactpersoon kreeg de tekst om door te sturen',
        perBroedplaats:
          'e-maillimiet van vandaag voor deze broedplaats bereikt; de contactpersoon kreeg de tekst om door te sturen',
        perDay: 'e-maillimiet van vandaag bereikt; de contactpersoon kreeg de tekst om door te sturen',
      },
      someone: 'iemand',
      seen: 'Gezien – niet meer onder Aandacht',
      overview: 'Terug naar het overzicht',
      previousOne: 'Vorige broedplaats',
      nextOne: 'Volgende broedplaats',
      none: 'nog niets',
    },
  },
} as const;
