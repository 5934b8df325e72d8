// Dutch texts of follow-up agreements: the form, the card and closing one.

/** Help card lines (help.commands.*); the words users type are in features/followups/index.ts. */
export const followUpsCommands = {
  followUps: {
    name: 'vervolg',
    description: 'Leg een vervolgafspraak vast: wat, wie pakt het op, en wanneer.',
  },
} as const;

export const followUpsTexts = {
  followUps: {
    choose: 'Voor welke broedplaats wil je een vervolgafspraak vastleggen?',
    formBelow: 'Het formulier voor de vervolgafspraak staat hieronder.',
    form: {
      title: (p: { network: string }) => `Vervolgafspraak vastleggen – ${p.network}`,
      intro:
        'Wie pakt wat op, en wanneer? Zo verdampen de opbrengsten niet. De eigenaar krijgt bericht als die in Teams zit.',
      what: 'Wat is er afgesproken?',
      owner: 'Wie pakt het op? (iemand in Teams)',
      ownerName: 'Of: naam of partij (buiten Teams)',
      due: 'Uiterlijk',
      submit: 'Vastleggen',
    },
    errors: {
      what: 'Beschrijf de afspraak (3 tot 500 tekens).',
      owner: 'Kies iemand in Teams of typ een naam of partij (2 tot 100 tekens).',
      due: 'Kies een datum van vandaag of later.',
      people: 'De gekozen persoon herken ik niet; kies opnieuw.',
      reason: 'De reden is te lang (hoogstens 300 tekens).',
    },
    saved: (p: { what: string; owner: string; due: string }) =>
      `Vastgelegd: **${p.what}** — ${p.owner}, uiterlijk ${p.due}.`,
    ownerTold: 'De eigenaar heeft bericht gekregen.',
    card: {
      title: (p: { network: string }) => `Vervolgafspraak – ${p.network}`,
      what: 'Afspraak',
      owner: 'Eigenaar',
      due: 'Uiterlijk',
      status: 'Status',
      reason: 'Reden (bij vervallen)',
      done: 'Gedaan',
      drop: 'Vervalt',
      assigned: (p: { name: string }) => `${p.name} heeft deze afspraak aan jou toegewezen.`,
      overdue: 'Deze afspraak is over tijd.',
      closedDone: 'Deze afspraak is gedaan.',
      closedDropped: (p: { reason: string }) => `Deze afspraak is vervallen: ${p.reason}`,
    },
    statuses: { open: 'open', done: 'gedaan', dropped: 'vervallen' },
    dropReasonMissing: 'Geef een reden waarom de afspraak vervalt.',
    notFound: 'Deze afspraak ken ik niet (meer); er is niets veranderd.',
    notAllowed: 'Alleen de eigenaar, een contactpersoon of de projectleiding kan deze afspraak afsluiten.',
    already: 'Deze afspraak was al afgesloten.',
  },
} as const;
