// Dutch texts of the help card (each flow's file gives its command lines), unknown text, the welcome.
import { exportCommands } from './export';
import { followUpsCommands } from './followups';
import { halfDaysCommands } from './halfdays';
import { intakeCommands } from './intake';
import { invitationsCommands } from './invitations';
import { privacyCommands } from './privacy';
import { reflectionCommands } from './reflection';
import { rolesCommands } from './roles';
import { schedulingCommands } from './scheduling';
import { statusCommands } from './status';

export const helpTexts = {
  help: {
    title: 'Broedplaats-bot',
    intro:
      'Ik help netwerken van schoolleiders met hun broedplaats: de ontwikkelvraag van het netwerk centraal, ' +
      'met de juiste partijen aan tafel. Typ een van deze opdrachten:',
    footer:
      'Je kunt opdrachten in het Nederlands of Engels typen. In een kanaal of groepschat: noem mij eerst (@Broedplaats-bot).',
    commands: {
      help: { name: 'hulp', description: 'Dit overzicht van wat ik kan.' },
      ...intakeCommands,
      ...followUpsCommands,
      ...halfDaysCommands,
      ...rolesCommands,
      ...exportCommands,
      ...privacyCommands,
      ...statusCommands,
      ...reflectionCommands,
      ...invitationsCommands,
      ...schedulingCommands,
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
