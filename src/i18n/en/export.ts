// The English of nl/export.ts: the same keys, which its type checks.
import type { Texts } from '../nl';

/** Help card lines (help.commands.*); the words users type are in features/export/index.ts. */
export const exportCommands: Pick<Texts['help']['commands'], 'export'> = {
  export: {
    name: 'export',
    description: 'CSV export for the researchers, pseudonymised (project lead only).',
  },
};

export const exportTexts: Pick<Texts, 'export'> = {
  export: {
    leadsOnly: 'The export for the researchers is for the project lead only.',
    title: 'Export for the researchers',
    intro:
      'Participants are pseudonymised (P-…), with one pseudonym per person across all files; e-mail addresses are not in it. Names of participants the bot knows are replaced by their pseudonym in the free text too; other names someone typed (of people the bot does not know) and descriptions of people may still be there: read the free text before you share it. The files use ; as the separator (so Dutch Excel opens them in columns). The links work for one hour.',
    files: {
      broedplaatsen: 'Broedplaatsen (CSV)',
      meetings: 'Meetings (CSV)',
      rsvps: 'Invitations and answers (CSV)',
      followups: 'Follow-ups (CSV)',
      reflections: 'Reflections (CSV)',
    },
  },
};
