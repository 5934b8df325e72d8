// Dutch texts of inviting people: the form, the invitation card, answers, delegates, changes, tally.

/** Help card lines (help.commands.*); the words users type are in features/invitations/index.ts. */
export const invitationsCommands = {
  invite: {
    name: 'uitnodigen',
    description:
      'Nodig mensen uit voor een bijeenkomst (OCW, inspectie, VO-raad, onderzoekers, …) en zie wie er komt.',
  },
} as const;

export const invitationsTexts = {
  invitations: {
    noMeeting: 'Er is nog geen bijeenkomst om voor uit te nodigen. Plan er eerst een met **plan**.',
    chooseBroedplaats: 'Voor welke broedplaats wil je mensen uitnodigen?',
    chooseMeeting: 'Voor welke bijeenkomst wil je mensen uitnodigen?',
    meetingOption: (p: { number: number; when: string }) => `Bijeenkomst ${p.number} – ${p.when}`,
    whenPolling: 'datum wordt nog gekozen',
    form: {
      title: (p: { network: string; number: number }) =>
        `Uitnodigen voor bijeenkomst ${p.number} van ${p.network}`,
      intro:
        'Nodig mensen uit via Teams (uit je eigen organisatie), of met naam, organisatie en e-mailadres. Ze krijgen een uitnodiging waarop ze kunnen antwoorden.',
      wanted: (p: { list: string }) => `Bij de intake wilde het netwerk graag aan tafel: ${p.list}.`,
      people: 'Mensen in Teams (je eigen organisatie)',
      peoplePlaceholder: 'Zoek op naam…',
      peopleCategory: 'Namens welke partij komen zij?',
      person: (p: { n: number }) => `Persoon ${p.n}`,
      name: 'Naam',
      organisation: 'Organisatie',
      category: 'Partij',
      categoryPlaceholder: 'Kies een partij',
      email: 'E-mailadres',
      reason: 'Waarom nodig je hen uit? (optioneel, staat op de uitnodiging)',
      submit: 'Uitnodigingen versturen',
      linksForAll:
        'Geef mij ook voor wie in Teams zit een uitnodigingstekst met persoonlijke link (om per e-mail te sturen)',
    },
    categories: {
      ocw: 'Ministerie van OCW',
      inspectie: 'Inspectie van het Onderwijs',
      'vo-raad': 'VO-raad',
      schoolinfo: 'Schoolinfo',
      kennisnet: 'Kennisnet',
      onderzoek: 'Onderzoek / wetenschap',
      'ander-netwerk': 'Ander netwerk',
      anders: 'Anders',
    },
    errors: {
      nobody: 'Vul minstens één persoon in, of kies iemand in Teams.',
      name: (p: { n: number }) => `Persoon ${p.n}: vul een naam in (2 tot 100 tekens).`,
      email: (p: { n: number }) => `Persoon ${p.n}: dat e-mailadres klopt niet.`,
      category: (p: { n: number }) => `Persoon ${p.n}: kies een partij.`,
      organisation: (p: { n: number }) => `Persoon ${p.n}: de organisatie is te lang (hoogstens 100 tekens).`,
      reason: 'De toelichting is te lang (hoogstens 500 tekens).',
      people: 'Een van de gekozen mensen herken ik niet; kies opnieuw.',
      peopleCategory: 'Kies namens welke partij de gekozen mensen komen.',
      unknownPeople: (p: { count: number; why: string }) =>
        `${p.count === 1 ? 'Een van de gekozen mensen kan' : `${p.count} van de gekozen mensen kunnen`} ik niet via Teams uitnodigen: ${p.why}; Teams zegt mij ook niet wie het is. Ik heb ${p.count === 1 ? 'die persoon' : 'hen'} uit de keuze gehaald. Vul naam en e-mailadres in bij Persoon 1 tot 3: dan gaat de uitnodiging per e-mail, met een persoonlijke link om te antwoorden.`,
    },
    sent: {
      oneToOne: (p: { names: string }) => `Persoonlijk in Teams verstuurd aan: ${p.names}.`,
      inConversation: (p: { names: string }) => `In het gesprek van het netwerk geplaatst voor: ${p.names}.`,
      queued: (p: { names: string }) => `Wordt zo snel mogelijk bezorgd aan: ${p.names}.`,
      already: (p: { names: string }) => `Al eerder uitgenodigd (niet opnieuw): ${p.names}.`,
      outside: (p: { names: string }) =>
        `Niet via Teams bereikbaar: ${p.names}. Zij antwoorden via een persoonlijke link; je krijgt van mij een uitnodigingstekst met die link om te mailen.`,
      mailed: (p: { names: string }) => `Per e-mail uitgenodigd (met een persoonlijke link): ${p.names}.`,
      outsideBecause: (p: { names: string; why: string }) =>
        `Niet via Teams bereikbaar: ${p.names}, want ${p.why}. Zij antwoorden via een persoonlijke link; je krijgt van mij een uitnodigingstekst met die link om te mailen.`,
      mailedBecause: (p: { names: string; why: string }) =>
        `Niet via Teams bereikbaar, want ${p.why}; daarom per e-mail uitgenodigd (met een persoonlijke link): ${p.names}.`,
      textsSent: 'De uitnodigingsteksten met persoonlijke links staan in ons persoonlijke gesprek.',
      tallyBelow: 'Hieronder zie je wie er komt; dat overzicht houd ik bij.',
    },
    card: {
      title: (p: { network: string }) => `Uitnodiging: broedplaats ${p.network}`,
      invitedBy: (p: { name: string; number: number }) =>
        `${p.name} nodigt je uit voor bijeenkomst ${p.number}.`,
      question: 'De vraag van het netwerk',
      purpose: 'Doel',
      when: 'Wanneer',
      where: 'Waar',
      online: 'Online',
      others: 'Wie komen er',
      why: 'Waarom jij',
      noOthers: 'Nog niemand anders heeft toegezegd.',
      yourAnswer: (p: { answer: string }) => `Jouw antwoord: ${p.answer}`,
      note: 'Toelichting (optioneel)',
      delegateName: 'Naam van wie je stuurt',
      delegateEmail: 'E-mailadres van wie je stuurt',
      accept: 'Ik kom',
      tentative: 'Misschien',
      decline: 'Ik kan niet',
      delegate: 'Ik stuur iemand anders',
      delegateSubmit: 'Doorgeven',
      moments:
        'Welke momenten passen je? De datum wordt nog gekozen; je keuze telt mee in de datumprikker van het netwerk.',
      marks: { yes: 'Past', maybe: 'Misschien', no: 'Past niet' },
      markMine: (p: { answer: string }) => `Jouw keuze: ${p.answer}`,
      readOnly: (p: { name: string }) => `Deze uitnodiging is voor ${p.name}; alleen die kan antwoorden.`,
      reminder: 'Herinnering: je hebt nog niet laten weten of je komt.',
      whyDefault: {
        ocw: 'Het netwerk wil graag meedenken met het ministerie van OCW: welke ruimte laten wet- en regelgeving?',
        inspectie: 'Het netwerk wil graag het perspectief van de inspectie horen.',
        'vo-raad': 'Het netwerk wil graag de VO-raad als sectororganisatie aan tafel.',
        schoolinfo: 'Het netwerk wil graag de kennis van Schoolinfo erbij.',
        kennisnet: 'Het netwerk wil graag de kennis van Kennisnet erbij.',
        onderzoek: 'Het netwerk wil graag onderzoek inbrengen dat aansluit bij de vraag.',
        'ander-netwerk':
          'Het netwerk wil graag horen hoe andere netwerken met een vergelijkbare vraag omgaan.',
        anders: 'Het netwerk denkt dat jouw bijdrage helpt om verder te komen met de vraag.',
      },
    },
    answers: {
      accepted: 'komt',
      tentative: 'misschien',
      declined: 'kan niet',
      delegated: 'stuurt iemand anders',
    },
    delegate: {
      title: (p: { network: string; number: number }) =>
        `Bericht voor wie in de plaats komt: bijeenkomst ${p.number} van ${p.network}`,
      intro: (p: { invitee: string; delegate: string }) =>
        `${p.invitee} stuurt ${p.delegate} als vervanger. Stuur deze tekst door, zodat ${p.delegate} weet waar en wanneer.`,
      tooMany: (p: { invitee: string; delegate: string; max: number }) =>
        `${p.invitee} noemt nu ${p.delegate} als vervanger, na al ${p.max} anderen; de bot mailt niemand meer voor deze uitnodiging. Ga na of dit klopt en stuur de tekst dan zelf door.`,
      subject: (p: { network: string; number: number }) =>
        `In de plaats van een genodigde: broedplaats ${p.network}, bijeenkomst ${p.number}`,
      opening: (p: { invitee: string; number: number; network: string }) =>
        `${p.invitee} vraagt je om in zijn of haar plaats naar bijeenkomst ${p.number} te komen van de broedplaats van ${p.network}, een netwerk van schoolleiders in het voortgezet onderwijs dat samen met mensen uit het onderwijsbestel aan een ontwikkelvraag werkt.`,
      calendar: 'Zet de bijeenkomst in je agenda:',
    },
    change: {
      fixedNotice: (p: { title: string; when: string }) =>
        `De datum van ${p.title} is gekozen: **${p.when}**. Je uitnodiging laat het zien.`,
      title: (p: { network: string; number: number }) =>
        `Bericht om te mailen: bijeenkomst ${p.number} van ${p.network}`,
      intro: (p: { count: number }) =>
        p.count === 1
          ? 'Deze persoon is niet via Teams te bereiken. Stuur dit bericht door; staat er een persoonlijke link in, stuur die alleen aan deze persoon.'
          : `Deze mensen (${p.count}) zijn niet via Teams te bereiken. Stuur ieder dit bericht door; staat er een persoonlijke link in, stuur die alleen aan die persoon.`,
      subject: {
        fixed: (p: { network: string; number: number }) =>
          `Datum gekozen: broedplaats ${p.network}, bijeenkomst ${p.number}`,
        moved: (p: { network: string; number: number }) =>
          `Verplaatst: broedplaats ${p.network}, bijeenkomst ${p.number}`,
        cancelled: (p: { network: string; number: number }) =>
          `Afgezegd: broedplaats ${p.network}, bijeenkomst ${p.number}`,
      },
      fixed: (p: { number: number; network: string; when: string }) =>
        `De datum van bijeenkomst ${p.number} van de broedplaats van ${p.network} is gekozen: ${p.when}.`,
      moved: (p: { number: number; network: string; from: string; to: string }) =>
        `Bijeenkomst ${p.number} van de broedplaats van ${p.network} is verplaatst van ${p.from} naar ${p.to}.`,
      cancelled: (p: { number: number; network: string; when: string }) =>
        `Bijeenkomst ${p.number} van de broedplaats van ${p.network} (${p.when}) gaat niet door: de bijeenkomst is afgezegd. Je hoeft niets te doen.`,
      byLink:
        'Via je persoonlijke link zie je alles over de bijeenkomst, zet je hem in je agenda en laat je weten of je komt (of wijzig je je antwoord):',
    },
    tally: {
      title: (p: { network: string; number: number }) =>
        `Wie komt er: bijeenkomst ${p.number} van ${p.network}`,
      counts: (p: {
        accepted: number;
        tentative: number;
        declined: number;
        delegated: number;
        open: number;
      }) =>
        `Komt ${p.accepted} · Misschien ${p.tentative} · Kan niet ${p.declined} · Stuurt iemand ${p.delegated} · Nog geen antwoord ${p.open}`,
      noAnswer: 'nog geen antwoord',
      delegate: (p: { name: string }) => `stuurt ${p.name}`,
      texts: 'Uitnodigingsteksten met persoonlijke links',
    },
    unknownName: 'Teams-gebruiker (naam volgt bij antwoord)',
    notInvitee: 'Deze uitnodiging is niet voor jou; er is niets veranderd.',
    marked:
      'Je keuze is opgeslagen en telt mee in de datumprikker. Je kunt hem wijzigen tot de datum gekozen is.',
    marksClosed: 'De datum is al gekozen; momenten aangeven kan niet meer.',
    badSlot: 'Dit moment hoort niet bij deze bijeenkomst; er is niets veranderd.',
    notFound: 'Deze uitnodiging ken ik niet (meer); er is niets veranderd.',
    closed: 'Antwoorden kan niet meer: de bijeenkomst is begonnen, voorbij of afgezegd.',
    saved: 'Je antwoord is opgeslagen. Je kunt het wijzigen tot de bijeenkomst begint.',
    delegateMissing: 'Vul de naam en het e-mailadres in van wie je stuurt.',
    delegateEmail: 'Het e-mailadres van wie je stuurt klopt niet.',
    noteTooLong: 'De toelichting is te lang (hoogstens 500 tekens).',
    lateAlert: (p: { name: string; answer: string; title: string; when: string }) =>
      `Let op: **${p.name}** ${p.answer} voor ${p.title} (${p.when}).`,
    lateDelegate: (p: { name: string }) => ` In de plaats komt: ${p.name}.`,
  },
} as const;
