// Dutch texts of planning a meeting: the form, the date poll, the meeting card, moving, cancelling, .ics.

/** Help card lines (help.commands.*); the words users type are in features/scheduling/index.ts. */
export const schedulingCommands = {
  plan: {
    name: 'plan',
    description:
      'Plan een bijeenkomst: stel 2 tot 5 momenten voor in een datumprikker, en kies daarna het moment.',
  },
} as const;

export const schedulingTexts = {
  scheduling: {
    choose: 'Voor welke broedplaats wil je een bijeenkomst plannen?',
    allPlanned: (p: { count: number }) =>
      `Alle ${p.count} bijeenkomsten van deze broedplaats zijn al gepland of staan in een datumprikker. Verplaats of zeg af via de kaart van de bijeenkomst.`,
    form: {
      title: (p: { network: string; number: number }) => `Bijeenkomst ${p.number} plannen – ${p.network}`,
      intro:
        'Stel 2 tot 5 mogelijke momenten voor (datum, begin- en eindtijd, Nederlandse tijd). De deelnemers geven per moment aan of ze kunnen. Staat de datum al vast? Vul dan alleen dat ene moment in en kies "Vaste datum plaatsen".',
      purpose: 'Doel van de bijeenkomst',
      location: 'Locatie (optioneel)',
      onlineUrl: 'Online link (optioneel, https://…)',
      slot: (p: { n: number }) => `Moment ${p.n}`,
      newMoment: 'Het nieuwe moment',
      date: 'Datum',
      start: 'Begin',
      end: 'Einde',
      where: 'Waar komt de datumprikker?',
      joint: 'Gezamenlijk reflectiemoment: plaats de reflectiekaart aan het eind in het gesprek',
      whereOrigin: 'In het gesprek waar de intake begon',
      whereHere: 'In dit gesprek',
      submit: 'Datumprikker plaatsen',
      submitFixed: 'Vaste datum plaatsen',
      fixedHint: 'Staat de datum al vast? Kies dan "Vaste datum plaatsen" met dat ene moment.',
    },
    purposes: {
      first:
        'Eerste bijeenkomst: de ontwikkelvraag van het netwerk en de ervaringen erachter staan centraal.',
      second:
        'Tweede bijeenkomst: praktisch – hoe breng je de ontwikkeling van idee naar realisatie, en welke interne en externe belemmeringen moeten genomen worden?',
      later: 'Vervolgbijeenkomst: afspraken en vervolgstappen.',
    },
    errors: {
      'slot.incomplete': (p: { label: string }) => `${p.label}: vul datum, begin- en eindtijd in.`,
      'slot.invalid': (p: { label: string }) => `${p.label}: datum of tijd klopt niet.`,
      'slot.nonexistent': (p: { label: string }) =>
        `${p.label}: die tijd bestaat niet op die dag (overgang naar zomertijd).`,
      'slot.past': (p: { label: string }) => `${p.label} ligt in het verleden.`,
      'slot.endBeforeStart': (p: { label: string }) => `${p.label}: het einde ligt niet na het begin.`,
      'slot.tooLong': (p: { label: string; hours: number }) => `${p.label} duurt langer dan ${p.hours} uur.`,
      'slot.tooShort': (p: { label: string; minutes: number }) =>
        `${p.label} duurt korter dan ${p.minutes} minuten.`,
      'slot.duplicate': (p: { label: string; other: number }) =>
        `${p.label} is hetzelfde als moment ${p.other}.`,
      'slots.tooFew': (p: { min: number }) => `Stel minstens ${p.min} momenten voor.`,
      'slots.tooMany': (p: { max: number }) => `Stel hoogstens ${p.max} momenten voor.`,
      'slots.fixedNone': () => 'Vul het moment in waarop de bijeenkomst is (de datum staat al vast).',
      'slots.fixedMany': (p: { count: number }) =>
        `Bij een vaste datum vul je één moment in, niet ${p.count}. Wil je het netwerk laten kiezen, kies dan "Datumprikker plaatsen".`,
      purpose: 'Beschrijf het doel van de bijeenkomst (3 tot 300 tekens).',
      location: 'De locatie is te lang (hoogstens 200 tekens).',
      onlineUrl: 'De online link moet een webadres zijn dat begint met https:// (hoogstens 500 tekens).',
    },
    onlyYouHere:
      'Let op: dit is je persoonlijke chat met de bot, dus alleen jij kunt hier stemmen. Wil je dat het netwerk meestemt, plan dan in het kanaal of de groepschat van het netwerk.',
    postedHere:
      'De datumprikker staat hieronder; de kaart telt de stemmen bij. Sluit de peiling als het moment duidelijk is.',
    postedThere: 'De datumprikker staat in het gesprek waar de intake begon.',
    fixedHere: (p: { when: string }) =>
      `De bijeenkomst staat vast: ${p.when}. De kaart met de agenda-link staat hieronder. Nodig mensen uit met "uitnodigen".`,
    fixedThere: (p: { when: string }) =>
      `De bijeenkomst staat vast: ${p.when}. De kaart met de agenda-link staat in het gesprek waar de intake begon. Nodig mensen uit met "uitnodigen".`,
    fixedPostFailed: (p: { when: string }) =>
      `De bijeenkomst staat vast: ${p.when}. Ik kon de kaart niet in dat gesprek plaatsen (is de bot daar nog geïnstalleerd?). Ik heb hem hieronder geplaatst.`,
    postFailed:
      'Ik kon de datumprikker niet in dat gesprek plaatsen (is de bot daar nog geïnstalleerd?). Ik heb hem hieronder geplaatst.',
    poll: {
      title: (p: { network: string; number: number }) =>
        `Datumprikker: bijeenkomst ${p.number} van ${p.network}`,
      instructions: 'Geef per moment aan of je kunt. Je kunt je keuze later nog wijzigen.',
      yes: 'Ja',
      maybe: 'Misschien',
      no: 'Nee',
      tally: (p: { yes: number; maybe: number; no: number }) =>
        `Ja ${p.yes} · Misschien ${p.maybe} · Nee ${p.no}`,
      mine: (p: { answer: string }) => `Jouw keuze: ${p.answer}`,
      responders: (p: { n: number }) =>
        p.n === 1 ? '1 persoon heeft gereageerd.' : `${p.n} mensen hebben gereageerd.`,
      close: 'Peiling sluiten',
    },
    closeCard: {
      title: 'Kies het moment',
      intro:
        'De momenten staan op volgorde: de meeste ja, dan de meeste misschien. Iedereen ziet daarna het gekozen moment.',
      choose: 'Dit moment kiezen',
      back: 'Terug naar de datumprikker',
    },
    meeting: {
      title: (p: { network: string; number: number }) => `Bijeenkomst ${p.number} van ${p.network}`,
      when: 'Wanneer',
      where: 'Waar',
      online: 'Online',
      ics: 'Zet in je agenda (.ics)',
      move: 'Verplaatsen',
      cancel: 'Afzeggen',
      scheduled: 'Het moment staat vast.',
      cancelled: 'Deze bijeenkomst is afgezegd.',
      moved: (p: { from: string }) => `Verplaatst (was: ${p.from}).`,
      scheduledNotice: (p: { when: string }) =>
        `Het moment is gekozen: **${p.when}**. Zet het in je agenda via de kaart.`,
    },
    move: {
      title: 'Bijeenkomst verplaatsen',
      intro:
        'Kies het nieuwe moment (Nederlandse tijd). Wie op de momenten stemde en elke genodigde die niet afzegde, krijgt bericht.',
      submit: 'Verplaatsen',
      done: 'De bijeenkomst is verplaatst en iedereen die reageerde is op de hoogte gebracht.',
    },
    cancel: {
      confirm: 'Weet je zeker dat je deze bijeenkomst wilt afzeggen? Iedereen die reageerde krijgt bericht.',
      yes: 'Ja, afzeggen',
      no: 'Nee, laat staan',
    },
    pollClosed: 'De peiling is al gesloten; stemmen kan niet meer.',
    notPolling: 'Er loopt geen peiling meer voor deze bijeenkomst.',
    notScheduled: 'Deze bijeenkomst heeft (nog) geen vast moment.',
  },
  calendar: {
    title: (p: { network: string; number: number }) => `Broedplaats ${p.network}: bijeenkomst ${p.number}`,
    question: 'Ontwikkelvraag',
    fileName: (p: { number: number }) => `broedplaats-bijeenkomst-${p.number}.ics`,
  },
} as const;
