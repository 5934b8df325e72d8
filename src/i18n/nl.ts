// Every user-facing text in Dutch (the default language), keyed; en.ts has the same keys.

export const nl = {
  language: 'nl',
  help: {
    title: 'Broedplaats-bot',
    intro:
      'Ik help netwerken van schoolleiders met hun broedplaats: de ontwikkelvraag van het netwerk centraal, ' +
      'met de juiste partijen aan tafel. Typ een van deze opdrachten:',
    commandsHeading: 'Opdrachten',
    footer:
      'Je kunt opdrachten in het Nederlands of Engels typen. In een kanaal of groepschat: noem mij eerst (@Broedplaats-bot).',
    commands: {
      help: { name: 'hulp', description: 'Dit overzicht van wat ik kan.' },
      intake: {
        name: 'intake',
        description:
          'Start (of hervat) de intake van de ontwikkelvraag van je netwerk. Ook: nieuwe broedplaats.',
      },
      cancel: { name: 'annuleer', description: 'Verwijder een intake die je nog niet bevestigd hebt.' },
      followUps: {
        name: 'vervolg',
        description: 'Leg een vervolgafspraak vast: wat, wie pakt het op, en wanneer.',
      },
      halfDays: {
        name: 'dagdeel',
        description: 'Registreer een dagdeel procesbegeleiding (budget: 6 dagdelen).',
      },
      roles: { name: 'rol', description: 'Geef of ontneem iemand een rol (alleen projectleiding).' },
      export: {
        name: 'export',
        description: 'CSV-export voor het onderzoek, gepseudonimiseerd (alleen projectleiding).',
      },
      myData: { name: 'mijn gegevens', description: 'Wat de bot over jou bewaart.' },
      deleteData: {
        name: 'verwijder mijn gegevens',
        description: 'Laat je gegevens verwijderen of pseudonimiseren.',
      },
      status: {
        name: 'status',
        description:
          'Hoe staan de broedplaatsen ervoor? "status" met de naam van een netwerk toont de details van één broedplaats.',
      },
      reflections: {
        name: 'reflecties',
        description:
          'De resultaten van de reflecties na een bijeenkomst (voor contactpersonen en projectleiding).',
      },
      invite: {
        name: 'uitnodigen',
        description:
          'Nodig mensen uit voor een bijeenkomst (OCW, inspectie, VO-raad, onderzoekers, …) en zie wie er komt.',
      },
      plan: {
        name: 'plan',
        description:
          'Plan een bijeenkomst: stel 2 tot 5 momenten voor in een datumprikker, en kies daarna het moment.',
      },
      share: {
        name: 'delen',
        description:
          'Kies of andere netwerken met een verwante vraag de naam, ontwikkelvraag en contactpersoon van je broedplaats zien.',
      },
    },
  },
  unknown: {
    text: (p: { command: string }) =>
      `Dat begrijp ik niet${p.command ? ` ("${p.command}")` : ''}. Typ **hulp** voor een overzicht van wat ik kan.`,
    empty: 'Ik zag geen tekst in je bericht. Typ **hulp** voor een overzicht van wat ik kan.',
    greeting:
      'Hallo! Waarmee kan ik je helpen? Typ **hulp** voor een overzicht, of **intake** om een broedplaats te starten.',
    thanks: 'Graag gedaan! Typ **hulp** als je nog iets wilt doen.',
  },
  welcome: {
    personal:
      'Welkom bij Broedplaats-bot! Ik help je netwerk met een broedplaats rond jullie ontwikkelvraag.',
    team: 'Hallo allemaal! Ik ben Broedplaats-bot. Noem mij (@Broedplaats-bot) met **hulp** om te zien wat ik kan.',
    english: '',
  },
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
    answeredPrefix: 'Beantwoord',
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
        countLabel: 'Aantal bijeenkomsten',
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
      purpose: 'Doel',
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
      kept: 'De bijeenkomst blijft staan.',
    },
    wrongConversation: 'Deze kaart hoort niet bij dit gesprek; er is niets veranderd.',
    pollClosed: 'De peiling is al gesloten; stemmen kan niet meer.',
    notPolling: 'Er loopt geen peiling meer voor deze bijeenkomst.',
    notScheduled: 'Deze bijeenkomst heeft (nog) geen vast moment.',
  },
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
  roles: {
    leadsOnly: 'Rollen beheren kan alleen de projectleiding.',
    form: {
      title: 'Rollen beheren',
      intro: 'Geef of ontneem iemand een rol. Elke wijziging wordt vastgelegd (wie, wanneer).',
      person: 'Persoon (in Teams)',
      role: 'Rol',
      broedplaats: 'Broedplaats (voor contactpersoon of procesbegeleider)',
      grant: 'Rol geven',
      revoke: 'Rol ontnemen',
      current: 'Huidige rollen',
      log: 'Laatste wijzigingen',
    },
    names: { lead: 'projectleiding', contact: 'contactpersoon', facilitator: 'procesbegeleider' },
    errors: {
      person: 'Kies een persoon in Teams.',
      broedplaats: 'Kies de broedplaats voor deze rol.',
      role: 'Kies een rol.',
    },
    granted: (p: { name: string; role: string; where: string }) => `${p.name} is nu ${p.role}${p.where}.`,
    revoked: (p: { name: string; role: string; where: string }) =>
      `${p.name} is geen ${p.role}${p.where} meer.`,
    notHeld: (p: { name: string; role: string }) =>
      `${p.name} had die rol (${p.role}) niet via een toekenning; er is niets veranderd.`,
    at: (p: { network: string }) => ` bij ${p.network}`,
    logLine: (p: { when: string; by: string; action: string; name: string; role: string; where: string }) =>
      `${p.when}: ${p.by} ${p.action} ${p.name} ${p.role}${p.where}`,
    actions: { grant: 'gaf', revoke: 'ontnam' },
    none: 'geen',
    fromSettings: ' (in de instellingen)',
    fromIntake: ' (uit de intake)',
    you: 'jij',
    more: (p: { n: number }) => `en nog ${p.n}`,
  },
  export: {
    leadsOnly: 'De export voor het onderzoek is alleen voor de projectleiding.',
    title: 'Export voor het onderzoek',
    intro:
      'Deelnemers zijn gepseudonimiseerd (P-…), met één pseudoniem per persoon in alle bestanden; e-mailadressen staan er niet in. Namen van deelnemers die de bot kent, zijn ook in de vrije tekst vervangen door hun pseudoniem; andere namen die iemand typte (van mensen die de bot niet kent) en beschrijvingen van personen kunnen er nog in staan: lees de vrije tekst na voor je hem deelt. De bestanden gebruiken ; als scheidingsteken (zo opent Excel ze in het Nederlands in kolommen). De links werken één uur.',
    files: {
      broedplaatsen: 'Broedplaatsen (CSV)',
      meetings: 'Bijeenkomsten (CSV)',
      rsvps: 'Uitnodigingen en antwoorden (CSV)',
      followups: 'Vervolgafspraken (CSV)',
      reflections: 'Reflecties (CSV)',
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
  calendar: {
    title: (p: { network: string; number: number }) => `Broedplaats ${p.network}: bijeenkomst ${p.number}`,
    question: 'Ontwikkelvraag',
    fileName: (p: { number: number }) => `broedplaats-bijeenkomst-${p.number}.ics`,
  },
  privacy: {
    title: 'Wat Broedplaats-bot over jou bewaart',
    intro:
      'Dit staat er over jou opgeslagen. Met **verwijder mijn gegevens** laat je het verwijderen of pseudonimiseren.',
    nothing: 'Er staat niets over jou opgeslagen.',
    groups: {
      conversations: 'Gesprekken',
      intakes: 'Intakes in bewerking',
      roles: 'Je rollen',
      invitationsToYou: 'Uitnodigingen aan jou',
      invitationsByYou: 'Uitnodigingen die jij verstuurde',
      meetings: 'Bijeenkomsten die jij plande',
      votes: 'Datumprikkers',
      reflections: 'Je reflecties',
      followUpsOwned: 'Vervolgafspraken op jouw naam',
      followUpsRecorded: 'Vervolgafspraken die jij vastlegde voor een ander',
      halfDays: 'Dagdelen die jij registreerde',
    },
    personalChat: 'Je persoonlijke gesprek met de bot (het adres om je berichten te sturen)',
    noNameYet: 'nog zonder netwerknaam',
    leadFromSettings: 'projectleiding (in de instellingen van de bot)',
    contactOf: (p: { network: string }) => `contactpersoon van ${p.network}`,
    facilitatorOf: (p: { network: string }) => `procesbegeleider van ${p.network}`,
    granted: (p: { role: string; where: string }) => `${p.role}${p.where} (toegekend)`,
    meeting: (p: { number: number; network: string; when: string }) =>
      `bijeenkomst ${p.number} van ${p.network}${p.when}`,
    unknownMeeting: 'een bijeenkomst die er niet meer is',
    invitationToYou: (p: { meeting: string; answer: string }) => `${p.meeting} — je antwoord: ${p.answer}`,
    noAnswer: 'nog geen',
    answers: {
      accepted: 'ik kom',
      tentative: 'misschien',
      declined: 'ik kom niet',
      delegated: 'iemand anders gaat',
    },
    invitationByYou: (p: { name: string; meeting: string }) => `${p.name}, voor ${p.meeting}`,
    votes: (p: { n: number }) => `${p.n} ${p.n === 1 ? 'stem' : 'stemmen'} op momenten`,
    followUp: (p: { what: string; due: string }) => `${p.what} (uiterlijk ${p.due})`,
    followUpFor: (p: { what: string; owner: string }) => `${p.what} (voor ${p.owner})`,
    halfDay: (p: { date: string; what: string }) => `${p.date}: ${p.what}`,
    more: (p: { n: number }) => `en nog ${p.n}`,
    download: 'Alles downloaden (JSON)',
    downloadNote:
      'De download bevat alle opgeslagen records waarin je voorkomt; de link werkt één uur en alleen voor jou.',
    confirm:
      'Weet je het zeker? Je gesprekken, intakes, stemmen en rollen worden verwijderd. Waar het onderzoek de gegevens nodig heeft (reflecties, antwoorden op uitnodigingen, afspraken), wordt je naam vervangen door een pseudoniem. Dit kan niet ongedaan worden gemaakt.',
    yes: 'Ja, verwijder mijn gegevens',
    no: 'Nee',
    done: 'Je gegevens zijn verwijderd of gepseudonimiseerd. Als je de bot weer gebruikt, begint hij opnieuw.',
    kept: 'Er is niets verwijderd.',
    removedName: 'verwijderd',
    tooOften: (p: { minutes: number }) =>
      `Je hebt dit net al een paar keer gevraagd; daarvoor doorzoekt de bot alle gegevens. Probeer het over ${p.minutes} ${p.minutes === 1 ? 'minuut' : 'minuten'} opnieuw.`,
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
    languageHref: 'en',
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
  /** Words several flows use: not a contact, not allowed, a meeting gone, over, moved or cancelled. */
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
    meetingMoved: (p: { title: string; from: string; to: string }) =>
      `${p.title} is verplaatst van ${p.from} naar **${p.to}**.`,
    meetingCancelled: (p: { title: string; when: string }) =>
      `${p.title} (${p.when}) gaat niet door: de bijeenkomst is afgezegd.`,
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

/** The shape every language must fill: the same keys, texts as strings or functions of the same parameters. */
export type Texts = Widen<typeof nl>;

type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => string
    ? (...args: A) => string
    : { [K in keyof T]: Widen<T[K]> };
