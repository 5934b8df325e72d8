// Dutch texts several flows use: refusals, facilitator's confirmation, mail, link pages, undelivered, errors.

export const sharedTexts = {
  /** Refusals and meeting news several flows use, so no flow borrows another's texts. */
  common: {
    notContact:
      'Je bent (nog) geen contactpersoon van een broedplaats, dus je kunt hier geen bijeenkomst plannen. Start er een met **intake**.',
    notContactFor: {
      invite:
        'Je bent (nog) geen contactpersoon van een broedplaats, dus je kunt niemand uitnodigen. Start er een met **intake**.',
      followUp:
        'Je bent (nog) geen contactpersoon of procesbegeleider van een broedplaats, dus je kunt geen vervolgafspraak vastleggen.',
      halfDay:
        'Je bent (nog) geen procesbegeleider of contactpersoon van een broedplaats, dus je kunt geen dagdeel registreren.',
      results:
        'De resultaten van de reflecties zijn voor de contactpersonen, de procesbegeleider en de projectleiding; je bent geen van hen bij een broedplaats.',
    },
    noSuchNetwork: (p: { name: string }) =>
      `Ik vind geen broedplaats "${p.name}" waarvan jij contactpersoon bent.`,
    notAllowed: 'Alleen een contactpersoon van deze broedplaats of de projectleiding kan dit doen.',
    notFound: 'Deze bijeenkomst ken ik niet (meer); er is niets veranderd.',
    over: 'Deze bijeenkomst is voorbij of afgezegd; er is niets veranderd.',
    wrongConversation: 'Deze kaart hoort niet bij dit gesprek; er is niets veranderd.',
    meetingMoved: (p: { title: string; from: string; to: string }) =>
      `${p.title} is verplaatst van ${p.from} naar **${p.to}**.`,
    meetingCancelled: (p: { title: string; when: string }) =>
      `${p.title} (${p.when}) gaat niet door: de bijeenkomst is afgezegd.`,
  },
  facilitatorClaim: {
    waiting:
      'Je e-mailadres is dat van de procesbegeleider die bij de intake is genoemd. Een contactpersoon van de broedplaats bevestigt nog dat jij het bent; daarna kun je plannen, uitnodigen en dagdelen registreren. Je hoort het zodra dat is gebeurd.',
    title: (p: { network: string }) => `Procesbegeleider bevestigen: ${p.network}`,
    ask: (p: { name: string; email: string; facilitator: string }) =>
      `**${p.name}** gebruikt de bot met een Teams-account met het e-mailadres ${p.email}, dat bij de intake voor procesbegeleider ${p.facilitator} is opgegeven. Is dit jullie procesbegeleider? Pas na je bevestiging krijgt dit account de rechten van procesbegeleider.`,
    yes: 'Ja, dit is onze procesbegeleider',
    no: 'Nee, onbekend',
    accepted: (p: { name: string }) => `Bevestigd: ${p.name} is nu procesbegeleider van deze broedplaats.`,
    rejected: (p: { name: string }) => `Afgewezen: ${p.name} krijgt geen rechten als procesbegeleider.`,
    handled: 'Dit verzoek is al afgehandeld.',
    superseded:
      'Sinds dit bericht heeft een ander account zich als procesbegeleider gemeld; beslis over dat nieuwste verzoek.',
    notYours: 'Alleen een contactpersoon van deze broedplaats of de projectleiding kan dit bevestigen.',
    confirmed: (p: { network: string; by: string }) =>
      `${p.by} heeft bevestigd dat je de procesbegeleider bent van de broedplaats van **${p.network}**. Je kunt nu plannen, uitnodigen en dagdelen registreren.`,
    refused: (p: { network: string }) =>
      `Een contactpersoon van de broedplaats van **${p.network}** heeft niet bevestigd dat je de procesbegeleider bent. Klopt dat niet, neem dan contact op met de contactpersoon.`,
  },
  mail: {
    reminderIntro: (p: { names: string }) =>
      `${p.names} heeft nog niet geantwoord en is niet via Teams te bereiken. Stuur deze herinnering door, met de persoonlijke link; stuur de link alleen aan deze persoon.`,
    reminderSubject: 'Herinnering',
    title: (p: { network: string; number: number }) =>
      `Uitnodigingen om te mailen: bijeenkomst ${p.number} van ${p.network}`,
    openMailIn: { nl: 'Open als e-mail (Nederlands)', en: 'Open als e-mail (Engels)' },
    intro: (p: { count: number }) =>
      p.count === 1
        ? 'Uitnodigingstekst om te kopiëren in een e-mail, met een persoonlijke link. Stuur de link alleen aan deze persoon: wie de link heeft, kan namens hen antwoorden.'
        : `Uitnodigingsteksten om te kopiëren in een e-mail, elk met een persoonlijke link (${p.count}). Stuur elke link alleen aan die persoon: wie de link heeft, kan namens hen antwoorden.`,
    forWhom: (p: { name: string; email: string }) =>
      p.email ? `Voor ${p.name} (${p.email})` : `Voor ${p.name}`,
    dutch: 'Nederlands',
    english: 'Engels',
    subject: (p: { network: string; number: number }) =>
      `Uitnodiging: broedplaats ${p.network}, bijeenkomst ${p.number}`,
    greeting: (p: { name: string }) => `Beste ${p.name},`,
    opening: (p: { invitedBy: string; number: number; network: string }) =>
      `${p.invitedBy} nodigt je uit voor bijeenkomst ${p.number} van de broedplaats van ${p.network}, een netwerk van schoolleiders in het voortgezet onderwijs dat samen met mensen uit het onderwijsbestel aan een ontwikkelvraag werkt.`,
    labels: {
      question: 'De vraag van het netwerk',
      purpose: 'Doel van de bijeenkomst',
      when: 'Wanneer',
      where: 'Waar',
      why: 'Waarom jij',
    },
    answerBy: 'Laat via deze persoonlijke link weten of je komt, of wie je in je plaats stuurt:',
    closing: 'Met vriendelijke groet,',
    whenPolling: 'de datum wordt nog gekozen; via de link kun je aangeven welke momenten je passen',
  },
  web: {
    title: (p: { network: string }) => `Uitnodiging: broedplaats ${p.network}`,
    language: 'English',
    invitedBy: (p: { name: string; number: number; invitee: string }) =>
      `${p.invitee}, ${p.name} nodigt je uit voor bijeenkomst ${p.number}.`,
    yourAnswer: 'Kom je?',
    answers: {
      accepted: 'Ik kom',
      tentative: 'Misschien',
      declined: 'Ik kan niet',
      delegated: 'Ik stuur iemand anders',
    },
    current: (p: { answer: string; at: string }) => `Je antwoord: ${p.answer} (${p.at}).`,
    delegate: 'Wie stuur je? (alleen bij "Ik stuur iemand anders")',
    delegateName: 'Naam',
    delegateEmail: 'E-mailadres',
    note: 'Toelichting (optioneel, hoogstens 500 tekens)',
    slots: 'Welke momenten passen je? De datum is nog niet gekozen.',
    slotAnswers: { yes: 'Past', maybe: 'Misschien', no: 'Past niet' },
    submit: 'Antwoord opslaan',
    saved: 'Dank je, je antwoord is opgeslagen. Je kunt het hier wijzigen tot de bijeenkomst begint.',
    chooseAnswer: 'Kies of je komt, of geef aan welke momenten je passen.',
    calendar: 'Zet de bijeenkomst in je agenda (.ics)',
    closed: 'Antwoorden kan niet meer: de bijeenkomst is begonnen of afgezegd.',
    cancelled: 'Deze bijeenkomst is afgezegd.',
    expiredTitle: 'Deze link is verlopen',
    expired:
      'Deze uitnodiging is verlopen: de bijeenkomst is voorbij. Heb je een vraag, neem dan contact op met wie je uitnodigde.',
    invalidTitle: 'Deze link werkt niet',
    removed:
      'Deze link werkt niet meer: de gegevens van wie hij voor was, zijn op hun verzoek verwijderd. Er is niets opgeslagen.',
    invalid:
      'Deze link is onvolledig of klopt niet. Controleer of je de hele link uit de e-mail hebt gebruikt.',
    csrfTitle: 'Probeer het nog eens',
    csrf: 'Je antwoord is niet opgeslagen, omdat de pagina verouderd was. Open de pagina opnieuw en verstuur je antwoord nog eens.',
    busyTitle: 'Even geduld',
    busy: 'Er komen nu te veel verzoeken binnen. Probeer het over een minuut opnieuw.',
    errorTitle: 'Er ging iets mis',
    error: 'Er ging iets mis aan onze kant; er is niets verloren. Probeer het over een paar minuten opnieuw.',
    badForm: 'Dit formulier klopt niet (meer). Open de pagina opnieuw en probeer het nog eens.',
    storageDown:
      'De gegevens zijn op dit moment niet bereikbaar; er is niets verloren. Probeer het over een minuut opnieuw.',
    back: 'Terug naar de uitnodiging',
    footer: 'Broedplaats-bot: deze pagina is alleen voor jou. Deel de link niet.',
  },
  /** Why a message did not reach someone, in words (never Teams' codes): after "want", or on its own. */
  notDelivered: {
    notReachable: 'de app is niet voor die persoon geïnstalleerd en die deelt geen team of chat met de bot',
    notFound:
      'Teams vindt die persoon niet voor de bot (de app is niet voor die persoon geïnstalleerd, of het account hoort bij een andere organisatie)',
    blocked: 'die persoon heeft de bot in Teams geblokkeerd',
    disabled: 'de beheerder heeft de bot voor die persoon uitgeschakeld',
    busy: 'Teams nam een tijd lang niets aan (te veel berichten tegelijk)',
    outage: 'Teams had een storing',
    mail: 'de e-mail kon niet worden verstuurd',
    other: 'Teams nam het bericht niet aan',
  },
  choice: { label: 'Kies', submit: 'Verder' },
  errors: {
    tryAgain:
      'Er ging iets mis aan mijn kant, er is niets verloren. Probeer het over een paar seconden opnieuw.',
    storageDown:
      'Ik kan mijn gegevens op dit moment niet bereiken. Er is niets verloren; probeer het over een minuut opnieuw.',
    conflict: 'Iemand anders wijzigde dit net tegelijk met jou. Er is niets verloren; probeer het opnieuw.',
    tenantRefused:
      'Deze bot is niet beschikbaar voor jouw organisatie. Neem contact op met de projectleiding als je denkt dat dit niet klopt.',
    tooLong: (p: { max: number }) =>
      `Je bericht is te lang (meer dan ${p.max} tekens). Maak het korter en stuur het opnieuw.`,
    alreadyHandled: 'Dit had ik al verwerkt; er is niets dubbel gedaan.',
    badAction: 'Deze knop hoort bij een kaart die ik niet (meer) herken. Typ **hulp** om verder te gaan.',
  },
} as const;
