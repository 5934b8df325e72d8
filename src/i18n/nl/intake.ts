// Dutch texts of the intake (questions, checks, summary, related networks) and of sharing (`delen`).

/** Help card lines (help.commands.*); the words users type are in features/intake/index.ts. */
export const intakeCommands = {
  intake: {
    name: 'intake',
    description: 'Start (of hervat) de intake van de ontwikkelvraag van je netwerk. Ook: nieuwe broedplaats.',
  },
  cancel: { name: 'annuleer', description: 'Verwijder een intake die je nog niet bevestigd hebt.' },
  share: {
    name: 'delen',
    description:
      'Kies of andere netwerken met een verwante vraag de naam, ontwikkelvraag en contactpersoon van je broedplaats zien.',
  },
} as const;

export const intakeTexts = {
  intake: {
    started: (p: { total: number }) =>
      `Fijn dat je een broedplaats wilt starten! Ik stel je ${p.total} korte vragen over de ontwikkelvraag van je netwerk. ` +
      'Typ op elk moment **terug** voor de vorige vraag, **stop** om te pauzeren (je antwoorden blijven bewaard) ' +
      'of **annuleer** om te stoppen zonder te bewaren.',
    resumed: (p: { current: number; total: number }) =>
      `We gaan verder waar je gebleven was (vraag ${p.current} van ${p.total}). Je eerdere antwoorden zijn bewaard.`,
    resumedSummary: 'Alle vragen zijn beantwoord. Hier is de samenvatting om te controleren.',
    progress: (p: { current: number; total: number }) => `Vraag ${p.current} van ${p.total}`,
    keepHintText: (p: { answer: string }) =>
      `Je eerdere antwoord: “${p.answer}”. Typ een nieuw antwoord, of **verder** om het te houden.`,
    keepHintCard: 'Je eerdere antwoord staat al ingevuld: pas het aan, of klik op Volgende om het te houden.',
    nothingToKeep: 'Deze vraag heeft nog geen antwoord.',
    paused: 'Gepauzeerd. Je antwoorden zijn bewaard; typ **intake** om later verder te gaan.',
    pausedForCommand: (p: { typed: string }) =>
      'Je intake staat op pauze en je antwoorden zijn bewaard; typ **intake** om later verder te gaan. ' +
      `Was “${p.typed}” je antwoord op de vraag? Geef het dan daar opnieuw.`,
    pausedStray:
      'Je intake staat op pauze en je antwoorden zijn bewaard. Typ **intake** om verder te gaan, of **annuleer** om ' +
      'hem te verwijderen.',
    backAtStart: 'Dit is de eerste vraag; verder terug kan niet.',
    summaryHelp:
      'Je bent bij de samenvatting. Typ **bevestig** om de broedplaats vast te leggen, de naam van een onderdeel om het ' +
      'te wijzigen (bijvoorbeeld **thema** of **procesbegeleider**), of **annuleer** om de intake te verwijderen.',
    summaryUnknown: (p: { typed: string }) => `“${p.typed}” begrijp ik hier niet.`,
    summaryNotEditable: (p: { field: string }) =>
      `${p.field} hoort bij het bekende netwerk dat je koos; wijzig het **netwerk** om dat te veranderen.`,
    inFlowHelp: (p: { current: number; total: number }) =>
      `Je zit in de intake (vraag ${p.current} van ${p.total}). Beantwoord de vraag, of typ **terug** (vorige vraag), ` +
      '**stop** (pauzeren) of **annuleer** (verwijderen).',
    cancelConfirm:
      'Weet je zeker dat je deze intake wilt verwijderen? Alles wat je invulde gaat dan verloren. ' +
      'Typ **ja** om te verwijderen of **nee** om verder te gaan.',
    cancelYesNo: 'Typ **ja** om de intake te verwijderen, of **nee** om verder te gaan.',
    cancelled: 'De intake is verwijderd. Typ **intake** als je opnieuw wilt beginnen.',
    cancelWithdrawn: 'Prima, we gaan verder.',
    nothingToCancel: 'Er is hier geen intake van jou om te annuleren.',
    nothingToStop:
      'Er loopt hier nu niets om te stoppen. Typ **intake** om een broedplaats te beginnen, of **hulp** voor wat ik kan.',
    staleCard:
      'Deze kaart hoort bij een eerdere vraag of een afgeronde intake. Typ **intake** om te zien waar je bent.',
    notYours:
      'Deze kaart hoort bij de intake van iemand anders. Typ **intake** om je eigen intake te starten.',
    declined:
      'Helder. Ik bewaar wat je hebt ingevuld: typ **intake** als je later toch verder wilt, of **annuleer** om het te verwijderen. ' +
      'Tip uit het onderzoek: een vraag wordt vaak scherper door er met anderen over te praten, bijvoorbeeld met een procesbegeleider.',
    submit: 'Volgende',
    confirmed: (p: { network: string }) => `De broedplaats van **${p.network}** is vastgelegd.`,
    leadsInformed: 'De projectleiding is op de hoogte gebracht.',
    nextSteps:
      'Volgende stap: de eerste bijeenkomst plannen. In de eerste bijeenkomst staan jullie ontwikkelvraag en de ervaringen ' +
      'daarachter centraal; een tweede bijeenkomst is meer praktisch: welke interne en externe belemmeringen moeten genomen worden?',
    nextStepsPlan: 'Typ **plan** om de eerste bijeenkomst te plannen.',
    sharedYes:
      'Andere netwerken met een verwante vraag zien de naam van jullie netwerk, jullie ontwikkelvraag en de contactpersoon. ' +
      'Typ **delen** om dat te veranderen.',
    sharedNo:
      'Andere netwerken met een verwante vraag zien alleen jullie thema, niet jullie naam, vraag of contactpersoon. ' +
      'Typ **delen** om dat te veranderen.',
    alreadyConfirmed: (p: { network: string }) =>
      `De broedplaats van **${p.network}** was al vastgelegd; er is niets dubbel aangemaakt.`,
    incomplete: 'Er ontbreekt nog een antwoord; die vraag stel ik eerst.',
    related: {
      intro: 'Misschien goed om te weten: andere netwerken werkten al aan iets vergelijkbaars.',
      sameTheme: (p: { theme: string }) => `zelfde thema (${p.theme})`,
      sharedBarriers: (p: { barriers: string }) => `raakt ook aan ${p.barriers}`,
      sharedWords: (p: { words: string }) => `gedeelde woorden: ${p.words}`,
      contact: (p: { name: string }) => `Contactpersoon: ${p.name}`,
      hiddenNetwork: 'Een ander netwerk',
      hidden:
        'Dit netwerk deelt zijn naam, vraag en contactpersoon niet met andere netwerken. De projectleiding kan jullie met ' +
        'elkaar in contact brengen.',
    },
    leadNotice: {
      title: (p: { network: string }) => `Nieuwe broedplaats: ${p.network}`,
      intro: (p: { name: string }) => `${p.name} heeft de intake afgerond.`,
    },
    summary: {
      title: 'Samenvatting van de broedplaats',
      intro: 'Klopt alles? Wijzig wat niet klopt, en bevestig dan.',
      edit: 'Wijzig',
      confirm: 'Bevestigen',
      cancel: 'Annuleren',
      notChosen: 'nog niet gekozen',
      none: '—',
      schools: (p: { n: number }) => `${p.n} ${p.n === 1 ? 'school' : 'scholen'}`,
      meetings: (p: { count: number; period: string }) =>
        `${p.count} ${p.count === 1 ? 'bijeenkomst' : 'bijeenkomsten'}, ${p.period}`,
      nowhere: 'nergens (toch doorgaan)',
      nowhereOpen: 'nergens',
      sharingYes: 'ja: naam, ontwikkelvraag en contactpersoon',
      sharingNo: 'nee: alleen het thema',
    },
    fields: {
      network: 'Netwerk',
      networkKind: 'Soort netwerk',
      schoolCount: 'Aantal scholen',
      question: 'Ontwikkelvraag',
      tried: 'Geprobeerd en geleerd',
      system: 'Raakt aan het stelsel',
      theme: 'Thema',
      stakeholders: 'Gewenste partijen',
      research: 'Inbreng van onderzoek',
      facilitator: 'Procesbegeleider',
      meetings: 'Bijeenkomsten',
      sharing: 'Zichtbaar voor andere netwerken',
    },
    steps: {
      network: {
        prompt: 'Hoe heet het netwerk waarvoor je deze broedplaats start?',
        known: 'Kies een netwerk dat ik al ken, of typ hieronder een nieuwe naam.',
        knownPlaceholder: 'Bekend netwerk…',
        namePlaceholder: 'Naam van het netwerk',
      },
      networkKind: { prompt: (p: { network: string }) => `Wat voor netwerk is ${p.network}?` },
      schoolCount: {
        prompt: (p: { network: string }) => `Hoeveel scholen doen mee in ${p.network}? Typ een getal.`,
      },
      question: {
        prompt:
          'Wat is de ontwikkelvraag van het netwerk? Beschrijf in je eigen woorden waar jullie mee bezig zijn en waar jullie ' +
          'tegenaan lopen (20 tot 2.000 tekens). Een voorbeeld uit eerdere broedplaatsen: _Hoe ver mag je als school gaan in het ' +
          'flexibel en gedifferentieerd aanbieden van examens?_',
      },
      tried: {
        prompt:
          'Wat hebben jullie al geprobeerd, en wat hebben jullie daarvan geleerd? Kort mag; "nog niets" is ook een antwoord.',
      },
      system: {
        prompt:
          'Waar raakt jullie vraag aan het stelsel? Kies wat van toepassing is, of leg het in je eigen woorden uit. ' +
          'Raakt het nergens aan, kies dan "nergens".',
        notePlaceholder: 'Toelichting (optioneel)',
        nowhere: 'Nergens',
      },
      systemFit: {
        prompt:
          'Een broedplaats werkt het best bij een vraag die raakt aan het stelsel: wet- en regelgeving, examenregels, ' +
          'bekostiging, toezicht of de traditionele inrichting van het onderwijs. In het onderzoek vonden netwerken zonder ' +
          "zo'n vraag de aanpak minder passend. Wil je toch doorgaan?",
        yes: 'Ja, toch doorgaan',
        no: 'Nee, nu niet',
      },
      theme: {
        prompt: 'Welk thema past het best bij jullie vraag?',
        otherPlaceholder: 'Ander thema (bij "anders")',
      },
      stakeholders: {
        prompt: 'Welke partijen wil je aan tafel? Kies er één of meer.',
        otherPlaceholder: 'Andere partij (bij "anders")',
      },
      research: {
        prompt:
          'Wil je onderzoek of kennis inbrengen, bijvoorbeeld een onderzoeker die resultaten presenteert? Deelnemers vonden ' +
          'dat vooral waardevol als het onderzoek echt aansluit bij de vraag van het netwerk. Typ bijvoorbeeld: ' +
          '"ja, onderzoek naar schoolexamens".',
        topicPlaceholder: 'Over welk onderwerp? (optioneel)',
      },
      facilitator: {
        prompt:
          'Elk netwerk kiest een eigen procesbegeleider, met een budget van zes dagdelen voor de voorbereiding en begeleiding ' +
          'van de broedplaats. Wie wordt jullie procesbegeleider? Typ naam en e-mailadres, of "nog niet gekozen".',
        namePlaceholder: 'Naam',
        emailPlaceholder: 'E-mailadres',
        notChosen: 'Nog niet gekozen',
      },
      meetings: {
        prompt:
          'Hoeveel bijeenkomsten willen jullie (1 tot 3), en in welke periode ongeveer? Meestal zijn het er twee: eerst de vraag ' +
          'en de ervaringen, daarna praktisch. Typ bijvoorbeeld: "2, voorjaar 2027".',
        periodPlaceholder: 'Periode, bijvoorbeeld voorjaar 2027',
      },
      sharing: {
        prompt:
          'Andere netwerken werken soms aan iets vergelijkbaars. Als een ander netwerk een verwante vraag heeft, mag ik dan ' +
          'de naam van jullie netwerk, jullie ontwikkelvraag en de naam van de contactpersoon laten zien? Zonder jullie ja ' +
          'zien ze alleen het thema, en kan de projectleiding jullie in contact brengen. Je kunt dit later veranderen met **delen**.',
        yes: 'Ja, dat mag',
        no: 'Nee, alleen het thema',
      },
    },
    options: {
      networkKind: {
        informeel: 'Informeel leernetwerk van schoolleiders',
        formeel: 'Formeel samenwerkingsverband',
        regionaal: 'Regionaal netwerk',
      },
      system: {
        wetgeving: 'Wet- en regelgeving',
        examenregels: 'Examenregels',
        bekostiging: 'Bekostiging',
        toezicht: 'Toezicht (inspectie)',
        'traditionele-inrichting': 'De traditionele inrichting van het onderwijs',
      },
      theme: {
        'aansluiting-vo-ho': 'Aansluiting vo–ho',
        'overgang-po-vo': 'Overgang po–vo',
        'gepersonaliseerd-leren-ict': 'Gepersonaliseerd leren en ict',
        examinering: 'Examinering',
        curriculum: 'Curriculum',
        anders: 'Anders',
      },
      stakeholders: {
        ocw: 'Ministerie van OCW',
        inspectie: 'Inspectie van het Onderwijs',
        'vo-raad': 'VO-raad',
        schoolinfo: 'Schoolinfo',
        kennisnet: 'Kennisnet',
        onderzoek: 'Onderzoekers / wetenschap',
        'andere-netwerken': 'Andere netwerken',
        anders: 'Anders',
      },
      research: { ja: 'Ja', misschien: 'Misschien', nee: 'Nee' },
    },
    errors: {
      'text.empty': 'Ik zag geen antwoord.',
      'text.tooShort': (p: { min: number; actual: number }) =>
        `Dat is wat kort (${p.actual} ${p.actual === 1 ? 'teken' : 'tekens'}). Schrijf er minstens ${p.min} tekens over, zodat anderen begrijpen waar het om gaat.`,
      'text.tooLong': (p: { max: number; actual: number }) =>
        `Dat is te lang (${p.actual} tekens, maximaal ${p.max}). Kort het wat in; je eerdere antwoorden blijven bewaard.`,
      'number.invalid': 'Typ het aantal als getal, bijvoorbeeld 5 of vijf.',
      'number.whole': 'Typ een heel getal, bijvoorbeeld 2; een getal met een komma past hier niet.',
      'number.range': (p: { min: number; max: number; n?: number }) =>
        `${p.n === undefined ? 'H' : `${p.n.toLocaleString('nl-NL')} kan niet: h`}et aantal moet tussen ${p.min} en ${p.max} liggen.`,
      'choice.required': 'Kies ten minste één van de mogelijkheden.',
      'choice.unknown': (p: { unknown: string }) =>
        `"${p.unknown}" herken ik niet als keuze. Typ het nummer of de naam van een mogelijkheid.`,
      'choice.number': (p: { unknown: string; max: number }) =>
        `Er is geen mogelijkheid ${p.unknown}. Typ een nummer van 1 tot ${p.max}, of de naam van een mogelijkheid.`,
      'choice.single': 'Kies hier één mogelijkheid.',
      'choice.otherMissing': 'Je koos "anders": typ erbij wat, bijvoorbeeld "anders: burgerschap".',
      'system.none':
        'Ik herken daarin geen raakvlak met het stelsel. Kies uit de mogelijkheden (typ bijvoorbeeld "examenregels, bekostiging") of typ "nergens".',
      'system.contradiction':
        'Je koos "nergens" en ook een raakvlak met het stelsel; allebei kan niet. Kies de raakvlakken die gelden, of alleen "nergens".',
      'yesNo.invalid': 'Antwoord met ja of nee.',
      'facilitator.format':
        'Typ de naam van de procesbegeleider met het e-mailadres, bijvoorbeeld "Jan Jansen, jan@voorbeeld.nl", of "nog niet gekozen".',
      'facilitator.email':
        'Dat e-mailadres klopt niet. Typ naam en e-mailadres, bijvoorbeeld "Jan Jansen, jan@voorbeeld.nl".',
      'meetings.count': (p: { min: number; max: number; n?: number }) =>
        `${p.n === undefined ? '' : `${p.n.toLocaleString('nl-NL')} ${p.n === 1 ? 'bijeenkomst' : 'bijeenkomsten'} kan niet. `}Kies ${p.min} tot ${p.max} bijeenkomsten.`,
      'meetings.countMissing': (p: { min: number; max: number }) =>
        `Hoeveel bijeenkomsten (${p.min} tot ${p.max})? Zet het aantal vóór de periode, bijvoorbeeld "2, voorjaar 2027".`,
      'meetings.single': (p: { min: number; max: number }) =>
        `Kies één aantal bijeenkomsten (${p.min} tot ${p.max}), bijvoorbeeld "2, voorjaar 2027".`,
      'meetings.period': 'Noem ook de periode, bijvoorbeeld "2, voorjaar 2027".',
      'network.taken':
        'Er is al een netwerk met deze naam, en je bent daar geen contactpersoon van. Typ een andere naam voor een eigen ' +
        'netwerk. Hoor je bij dat netwerk? Vraag dan de projectleiding om je contactpersoon te maken; daarna kun je het hier kiezen.',
    },
  },
  sharing: {
    notContact:
      'Je bent (nog) geen contactpersoon van een broedplaats, dus er is niets om te delen. Start er een met **intake**.',
    title: (p: { network: string }) => `Zichtbaar voor andere netwerken – ${p.network}`,
    shown:
      'Andere netwerken met een verwante vraag zien de naam van jullie netwerk, jullie ontwikkelvraag en de contactpersoon.',
    hidden:
      'Andere netwerken met een verwante vraag zien alleen jullie thema, niet jullie naam, vraag of contactpersoon; de ' +
      'projectleiding kan jullie in contact brengen.',
    yes: 'Ja, laat ze dat zien',
    no: 'Nee, alleen het thema',
    notYours: 'Alleen de contactpersonen van deze broedplaats kunnen dit veranderen.',
    choose: 'Voor welke broedplaats wil je kiezen wat andere netwerken zien?',
    notice: {
      title: (p: { network: string }) => `${p.network} is voorgesteld aan een ander netwerk`,
      byNamed: (p: { network: string; name: string; reasons: string }) =>
        `Bij de intake van **${p.network}** (contactpersoon: ${p.name}) noemde ik jullie broedplaats als verwant` +
        `${p.reasons ? `: ${p.reasons}` : ''}.`,
      byOther: (p: { reasons: string }) =>
        `Bij de intake van een ander netwerk noemde ik jullie broedplaats als verwant${p.reasons ? `: ${p.reasons}` : ''}. ` +
        'Dat netwerk deelt zijn naam en contactpersoon niet; de projectleiding kan jullie in contact brengen.',
      sawDetails: 'Zij zagen de naam van jullie netwerk, jullie ontwikkelvraag en de contactpersoon.',
      sawTheme:
        'Zij zagen alleen het thema, niet jullie naam, vraag of contactpersoon. Mogen andere netwerken die voortaan zien? ' +
        'Klik hieronder, of typ later **delen**.',
    },
  },
} as const;
