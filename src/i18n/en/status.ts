// The English of nl/status.ts: the same keys, which its type checks.
import type { Texts } from '../nl';

/** Help card lines (help.commands.*); the words users type are in features/status/index.ts. */
export const statusCommands: Pick<Texts['help']['commands'], 'status'> = {
  status: {
    name: 'status',
    description: 'How are the broedplaatsen doing? "status" with a network name shows the details of one.',
  },
};

export const statusTexts: Pick<Texts, 'status'> = {
  status: {
    notAllowed:
      "The overview is for the project lead, and for contacts and process facilitators about their own broedplaats. You're neither (yet); start a broedplaats with **intake**.",
    noBroedplaatsen: 'There are no broedplaatsen yet. Start one with **intake**.',
    noSuchNetwork: (p: { name: string }) => `I can't find a broedplaats "${p.name}" you may see.`,
    title: (p: { count: number }) => `Overview of broedplaatsen (${p.count})`,
    titleOwn: 'Your broedplaatsen',
    page: (p: { page: number; pages: number }) => `Page ${p.page} of ${p.pages}`,
    previous: 'Previous',
    next: 'Next',
    details: 'Details',
    attentionFirst: 'What needs attention comes first.',
    phases: {
      intake: 'intake',
      planning: 'choosing a date',
      scheduled: 'scheduled',
      held: 'held',
      reflecting: 'reflection open',
      'follow-up': 'follow-up',
      closed: 'closed',
    },
    attention: {
      fewAccepted: 'meeting within 7 days, few acceptances',
      overdueFollowUps: 'follow-up overdue',
      stalledIntake: 'quiet for 14 days after the intake',
      undelivered: 'messages not delivered',
    },
    labels: {
      phase: 'Phase',
      theme: 'Theme',
      next: 'Next meeting',
      rsvp: 'Invitations',
      reflection: 'Reflection',
      followUps: 'Follow-ups',
      halfDays: 'Half-days',
      undelivered: 'Not delivered',
      attention: 'Attention',
    },
    values: {
      none: '—',
      polling: 'date poll open',
      rsvp: (p: { accepted: number; tentative: number; declined: number; open: number }) =>
        `${p.accepted} coming · ${p.tentative} maybe · ${p.declined} not · ${p.open} open`,
      reflection: (p: { pct: number; usefulness: string }) =>
        `${p.pct}% responded · usefulness ${p.usefulness}`,
      followUps: (p: { open: number; overdue: number }) =>
        `${p.open} open${p.overdue ? ` · ${p.overdue} overdue` : ''}`,
      halfDays: (p: { used: number; budget: number }) => `${p.used} of ${p.budget}`,
    },
    detail: {
      question: 'Development question',
      contacts: 'Contacts',
      facilitator: 'Process facilitator',
      meetings: 'Meetings',
      meeting: (p: { number: number; when: string; status: string }) =>
        `Meeting ${p.number}: ${p.when} (${p.status})`,
      meetingStatus: { polling: 'date poll', scheduled: 'scheduled', held: 'held', cancelled: 'cancelled' },
      invitees: 'Invitees',
      reflections: 'Reflections',
      followUps: 'Follow-ups',
      followUp: (p: { what: string; owner: string; due: string; status: string }) =>
        `${p.what} — ${p.owner}, ${p.due} (${p.status})`,
      followUpStatus: { open: 'open', done: 'done', dropped: 'dropped', overdue: 'overdue' },
      halfDays: 'Process facilitation half-days',
      undelivered: 'Not delivered',
      undeliveredLine: (p: { when: string; recipient: string; reason: string }) =>
        `${p.when} · ${p.recipient}: ${p.reason}`,
      undeliveredMore: (p: { count: number }) => `and ${p.count} more`,
      mailCap: {
        perContact: "today's mail limit per contact reached; the contact got the text to pass on",
        perBroedplaats:
          "today's mail limit for this broedplaats reached; the contact got the text to pass on",
        perDay: "today's mail limit reached; the contact got the text to pass on",
      },
      someone: 'someone',
      seen: 'Seen – no longer under Attention',
      overview: 'Back to the overview',
      previousOne: 'Previous broedplaats',
      nextOne: 'Next broedplaats',
      none: 'nothing yet',
    },
  },
};
