// Dutch texts of the reflection after a meeting: its card, its page, its results and its mail.

/** Help card lines (help.commands.*); the words users type are in features/reflection/index.ts. */
export const reflectionCommands = {
  reflections: {
    name: 'reflecties',
    description:
      'De resultaten van de reflecties na een bijeenkomst (voor contactpersonen en projectleiding).',
  },
} as const;

export const reflectionTexts = {
  reflection: {
    card: {
      title: (p: { network: string; number: number }) =>
        `Reflectie: bijeenkomst ${p.number} van ${p.network}`,
      intro:
        'Hoe was de bijeenkomst? Je antwoorden helpen het netwerk verder en zijn onderzoeksgegevens. Het kost een paar minuten; je kunt ze wijzigen tot de reflectie sluit.',
      jointIntro: 'Gezamenlijk reflectiemoment: ieder vult de kaart voor zichzelf in.',
      usefulness: 'Hoe nuttig was de bijeenkomst voor jou? (1 = niet, 5 = zeer)',
      perspectives: 'Welke nieuwe perspectieven of inzichten heb je opgedaan?',
      newContacts: 'Heb je nieuwe contacten opgedaan?',
      systemValue:
        'Hoe waardevol was de verbinding met stelselpartijen zoals OCW, inspectie of VO-raad? (1–5)',
      researchValue: 'Hoe waardevol was de inbreng van onderzoek? (1–5)',
      notApplicable: 'n.v.t.',
      followUps: 'Welke vervolgafspraken ken je (wie pakt wat op)?',
      followUpWish: 'Wil je een vervolg?',
      remarks: 'Opmerkingen',
      showName: 'Mijn naam mag bij mijn antwoorden staan in de resultaten',
      pickScale: 'Kies 1 tot 5',
      scalePoint: (p: { n: number }) => (p.n === 1 ? '1 – weinig' : p.n === 5 ? '5 – veel' : String(p.n)),
      submit: 'Versturen',
      saved: (p: { closes: string }) =>
        `Dank je wel! Je reflectie is opgeslagen; je kunt hem wijzigen tot ${p.closes}.`,
      closed: 'De reflectie op deze bijeenkomst is gesloten.',
      notYet: 'De reflectie op deze bijeenkomst is nog niet open: de bijeenkomst is nog niet afgelopen.',
      reminder: 'Herinnering: we horen graag hoe je de bijeenkomst vond.',
      required: (p: { fields: string }) => `Vul nog in: ${p.fields}.`,
      tooLong: (p: { max: number }) =>
        `Een van je antwoorden is te lang (hoogstens ${p.max} tekens per vraag).`,
    },
    options: {
      newContacts: { none: 'Geen', some: 'Enkele', many: 'Veel' },
      followUpWish: { yes: 'Ja', maybe: 'Misschien', no: 'Nee' },
    },
    fieldNames: {
      usefulness: 'nut',
      newContacts: 'nieuwe contacten',
      systemValue: 'verbinding met stelselpartijen',
      researchValue: 'inbreng van onderzoek',
      followUpWish: 'wens voor vervolg',
    },
    notForYou: 'Deze reflectie is niet voor jou gevraagd; er is niets opgeslagen.',
    notFound: 'Deze bijeenkomst ken ik niet (meer); er is niets opgeslagen.',
    results: {
      title: (p: { network: string; number: number }) =>
        `Resultaten reflectie: bijeenkomst ${p.number} van ${p.network}`,
      response: (p: { answered: number; asked: number; pct: number }) =>
        `${p.answered} van ${p.asked} gereageerd (${p.pct}%)`,
      usefulness: 'Nut (gemiddeld, 1–5)',
      systemValue: 'Verbinding met stelselpartijen (gemiddeld, 1–5)',
      researchValue: 'Inbreng van onderzoek (gemiddeld, 1–5)',
      newContacts: 'Nieuwe contacten',
      followUpWish: 'Wens voor vervolg',
      perspectives: 'Nieuwe perspectieven en inzichten',
      followUps: 'Genoemde vervolgafspraken',
      remarks: 'Opmerkingen',
      anonymous: 'anoniem',
      none: '—',
      noAnswers: 'Nog geen reflecties ontvangen.',
      closedIntro: 'De reflectie is gesloten. Dit zijn de resultaten.',
      choose: 'Van welke bijeenkomst wil je de resultaten zien?',
      noMeetings: 'Er is nog geen afgelopen bijeenkomst met een reflectie.',
      recordFollowUp: 'Vastleggen als vervolgafspraak (het formulier komt eronder):',
    },
    mail: {
      title: (p: { network: string; number: number }) =>
        `Reflectie-links om te mailen: bijeenkomst ${p.number} van ${p.network}`,
      intro: (p: { count: number }) =>
        p.count === 1
          ? 'Deze deelnemer is niet via Teams te bereiken. Stuur de tekst met de persoonlijke link voor de reflectie door; stuur de link alleen aan deze persoon: wie de link heeft, kan namens hen antwoorden.'
          : `Deze deelnemers (${p.count}) zijn niet via Teams te bereiken. Stuur ieder de tekst met hun persoonlijke link voor de reflectie door; stuur elke link alleen aan die persoon: wie de link heeft, kan namens hen antwoorden.`,
      reminderIntro: (p: { count: number }) =>
        p.count === 1
          ? 'Van deze deelnemer buiten Teams is nog geen reflectie binnen. Stuur deze herinnering met de persoonlijke link door; stuur de link alleen aan deze persoon.'
          : `Van deze deelnemers buiten Teams (${p.count}) is nog geen reflectie binnen. Stuur ieder deze herinnering met hun persoonlijke link door; stuur elke link alleen aan die persoon.`,
      subject: (p: { network: string; number: number }) =>
        `Reflectie: broedplaats ${p.network}, bijeenkomst ${p.number}`,
      opening: (p: { number: number; network: string; when: string }) =>
        `Dank je wel voor je deelname aan bijeenkomst ${p.number} van de broedplaats van ${p.network} (${p.when}). We horen graag hoe je de bijeenkomst vond: je antwoorden helpen het netwerk verder en zijn gegevens voor het onderzoek naar deze aanpak. Het kost een paar minuten.`,
      answerBy: (p: { closes: string }) =>
        `Via deze persoonlijke link vul je de reflectie in; je kunt je antwoorden wijzigen tot ${p.closes}:`,
    },
    page: {
      greeting: (p: { name: string; number: number; when: string }) =>
        `${p.name}, je was bij bijeenkomst ${p.number} (${p.when}).`,
      current: (p: { at: string }) => `Je reflectie is opgeslagen (${p.at}).`,
      yourAnswers: 'Je antwoorden',
      scale: (p: { value: number }) => `${p.value} van 5`,
      none: '—',
      expired:
        'Deze link is verlopen: de reflectie op deze bijeenkomst is gesloten. Heb je een vraag, neem dan contact op met wie je de link stuurde.',
      back: 'Terug naar de reflectie',
      stale:
        'Je antwoorden zijn nog niet opgeslagen, omdat de pagina verouderd was. Controleer ze hieronder en verstuur ze opnieuw.',
    },
  },
} as const;
