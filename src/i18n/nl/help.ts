// Dutch texts of the help card, answers to text that is no command, and the welcome.

export const helpTexts = {
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
} as const;
