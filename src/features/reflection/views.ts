// The reflection card and the results card in words, in the reader's language.
import { DateTime } from 'luxon';
import type { AdaptiveCard } from '../../cards/render';
import { renderReflectionCard, type ReflectionCardData } from '../../cards/reflection';
import { renderReflectionResultsCard } from '../../cards/reflection-results';
import type { Broedplaats } from '../../domain/broedplaats';
import { ZONE, type Meeting } from '../../domain/meeting';
import {
  FOLLOW_UP_WISH,
  NEW_CONTACTS,
  REFLECTION_TEXT_MAX,
  SCALE,
  type Reflection,
  type ReflectionAnswers,
  type ReflectionResults,
} from '../../domain/reflection';
import { shorten } from '../../domain/text';
import type { Locale, Texts } from '../../i18n';
import { followUpFromReflection } from '../shared/verbs';
import * as verbs from './verbs';
import type { ReflectionFields } from './verbs';

/** Characters of a mentioned follow-up shown on its "record" button. */
const FOLLOW_UP_BUTTON_CHARS = 30;

export interface ReflectionView {
  open: boolean;
  joint?: boolean;
  answers?: ReflectionAnswers;
  /** Raw values typed, shown again with an error. */
  typed?: ReflectionFields;
  status?: { text: string; color: ReflectionCardData['statusColor'] };
}

/** "di 30 mrt 2027, 14:00" in Dutch time. */
export function formatMoment(iso: string, locale: Locale): string {
  return DateTime.fromISO(iso)
    .setZone(ZONE)
    .setLocale(locale === 'en' ? 'en-GB' : 'nl')
    .toFormat('ccc d LLL yyyy, HH:mm');
}

/** The reflection card for meeting `m` of `b`, with earlier answers (or what was typed) filled in. */
export function reflectionCard(t: Texts, b: Broedplaats, m: Meeting, view: ReflectionView): AdaptiveCard {
  const c = t.reflection.card;
  const a = view.answers;
  const typed = view.typed;
  const value = (key: keyof ReflectionCardData['values'], fromAnswers: string) =>
    typed ? (typed[key] ?? '') : fromAnswers;
  return renderReflectionCard({
    title: c.title({ network: b.network.name, number: m.number }),
    intro: view.joint ? `${c.intro} ${c.jointIntro}` : c.intro,
    status: view.status?.text ?? '',
    statusColor: view.status?.color ?? 'Default',
    open: view.open,
    labels: {
      usefulness: c.usefulness,
      perspectives: c.perspectives,
      newContacts: c.newContacts,
      systemValue: c.systemValue,
      researchValue: c.researchValue,
      followUps: c.followUps,
      followUpWish: c.followUpWish,
      remarks: c.remarks,
      showName: c.showName,
      pickScale: c.pickScale,
    },
    values: {
      usefulness: value('usefulness', a ? String(a.usefulness) : ''),
      perspectives: value('perspectives', a?.perspectives ?? ''),
      newContacts: value('newContacts', a?.newContacts ?? ''),
      systemValue: value('systemValue', a ? String(a.systemValue) : ''),
      researchValue: value(
        'researchValue',
        a ? (a.researchValue === undefined ? 'na' : String(a.researchValue)) : '',
      ),
      followUps: value('followUps', a?.followUps ?? ''),
      followUpWish: value('followUpWish', a?.followUpWish ?? ''),
      remarks: value('remarks', a?.remarks ?? ''),
      showName: value('showName', a?.showName ? 'true' : 'false'),
    },
    scale: SCALE.map((n) => ({ title: c.scalePoint({ n }), value: String(n) })),
    researchScale: [
      ...SCALE.map((n) => ({ title: c.scalePoint({ n }), value: String(n) })),
      { title: c.notApplicable, value: 'na' },
    ],
    newContacts: NEW_CONTACTS.map((k) => ({ title: t.reflection.options.newContacts[k], value: k })),
    followUpWish: FOLLOW_UP_WISH.map((k) => ({ title: t.reflection.options.followUpWish[k], value: k })),
    tooLong: c.tooLong({ max: REFLECTION_TEXT_MAX }),
    submitLabel: c.submit,
    verb: verbs.reflectionSubmit.name,
    broedplaatsId: b.id,
    meetingId: m.id,
  });
}

/** The results card: response rate, averages, counts, texts (names only where allowed), follow-ups to record. */
export function resultsCard(
  t: Texts,
  b: Broedplaats,
  m: Meeting,
  results: ReflectionResults,
  opts: { intro?: string; offerFollowUps: boolean },
): AdaptiveCard {
  const r = t.reflection.results;
  const avg = (n: number | undefined) =>
    n === undefined ? r.none : n.toFixed(1).replace('.', t.language === 'nl' ? ',' : '.');
  const sectionOf = (question: 'perspectives' | 'followUps' | 'remarks') => ({
    heading: r[question],
    items: results.texts
      .filter((x) => x.question === question)
      .map((x) => ({ text: x.text, by: ` — ${x.name ?? r.anonymous}` })),
  });
  const followUps = results.texts.filter((x) => x.question === 'followUps');
  return renderReflectionResultsCard({
    title: r.title({ network: b.network.name, number: m.number }),
    intro: opts.intro ?? (results.answered === 0 ? r.noAnswers : ''),
    response: r.response({
      answered: results.answered,
      asked: results.asked,
      pct: Math.round(results.responseRate * 100),
    }),
    facts: [
      { title: r.usefulness, value: avg(results.averages.usefulness) },
      { title: r.systemValue, value: avg(results.averages.systemValue) },
      { title: r.researchValue, value: avg(results.averages.researchValue) },
      {
        title: r.newContacts,
        value: NEW_CONTACTS.map(
          (k) => `${t.reflection.options.newContacts[k]} ${results.newContacts[k]}`,
        ).join(' · '),
      },
      {
        title: r.followUpWish,
        value: FOLLOW_UP_WISH.map(
          (k) => `${t.reflection.options.followUpWish[k]} ${results.followUpWish[k]}`,
        ).join(' · '),
      },
    ],
    sections: (['perspectives', 'followUps', 'remarks'] as const)
      .map(sectionOf)
      .filter((s) => s.items.length > 0),
    followUpsHeading: r.recordFollowUp,
    followUps: opts.offerFollowUps
      ? followUps.map((x, index) => ({
          title: shorten(x.text, FOLLOW_UP_BUTTON_CHARS),
          index,
        }))
      : [],
    verb: followUpFromReflection.name,
    broedplaatsId: b.id,
    meetingId: m.id,
  });
}

/** The follow-up texts of a meeting's reflections, in the order the results card numbers them. */
export function mentionedFollowUps(reflections: readonly Reflection[]): string[] {
  return reflections.flatMap((r) => (r.answers.followUps ? [r.answers.followUps] : []));
}
