// `status`: the overview for the project lead (all) or a contact (their own), and one broedplaats in detail.
import { DateTime } from 'luxon';
import type { ActionOutcome, Turn } from '../../bot/feature';
import type { AdaptiveCard } from '../../cards/render';
import { renderStatusCard } from '../../cards/status';
import { renderStatusDetailCard } from '../../cards/status-detail';
import { FACILITATOR_HALF_DAYS, networkKey } from '../../domain/broedplaats';
import { isOverdue } from '../../domain/followup';
import { formatDay, formatSlot } from '../../domain/meeting';
import { summarize } from '../../domain/reflection';
import { cleanText, escapeMarkdown } from '../../domain/text';
import type { Locale, Texts } from '../../i18n';
import type { FeatureDeps } from '../../bot/deps';
import { grantsOf, isConfiguredLead, isLead, mayManage } from '../shared/access';
import { answerText, inviteeLabel } from '../invitations';
import { formatMoment } from '../reflection';
import { byAttention, loadSnapshot, statusRows, type Snapshot, type StatusRow } from '../shared/snapshot';
import * as verbs from './verbs';
import { isPseudonym } from '../../domain/pseudonym';
import { mailCapOf } from '../../mail/capped-mailer';
import { reasonInWords } from '../shared/undelivered';

/** What `prefetch` reads ahead: the whole programme (a fixed number of queries). */
const SNAPSHOT = 'status:snapshot';
/** Undelivered messages listed on the detail card (the newest; the rest counted). */
const UNDELIVERED_SHOWN = 10;

/** Broedplaatsen per page of the overview card (keeps it readable and under Teams' card size). */
export const STATUS_PAGE_SIZE = 10;

/** Why a message was not delivered, in the reader's words: the cap that held it back, or what Teams or Graph said. */
function reasonText(t: Texts, reason: string): string {
  const cap = mailCapOf(reason);
  return cap ? t.status.detail.mailCap[cap] : reasonInWords(t, reason);
}

function decimal(t: Texts, n: number | undefined): string {
  return n === undefined ? t.status.values.none : n.toFixed(1).replace('.', t.language === 'nl' ? ',' : '.');
}

function rowFacts(t: Texts, locale: Locale, r: StatusRow): { title: string; value: string }[] {
  const s = t.status;
  const next = r.nextMeeting;
  const nextText = !next
    ? s.values.none
    : next.status === 'polling'
      ? s.values.polling
      : next.start && next.end
        ? formatSlot({ start: next.start, end: next.end }, locale)
        : s.values.none;
  const refl = r.latestReflection;
  return [
    { title: s.labels.next, value: nextText },
    {
      title: s.labels.rsvp,
      value: r.nextTally
        ? // Someone sent in an invitee's place comes: counted with those who accepted.
          s.values.rsvp({ ...r.nextTally, accepted: r.nextTally.accepted + r.nextTally.delegated })
        : s.values.none,
    },
    {
      title: s.labels.reflection,
      value: refl
        ? s.values.reflection({
            pct: Math.round(refl.results.responseRate * 100),
            usefulness: decimal(t, refl.results.averages.usefulness),
          })
        : s.values.none,
    },
    {
      title: s.labels.followUps,
      value: s.values.followUps({ open: r.openFollowUps, overdue: r.overdueFollowUps }),
    },
    {
      title: s.labels.halfDays,
      value: s.values.halfDays({ used: r.halfDays.length, budget: FACILITATOR_HALF_DAYS }),
    },
    ...(r.undelivered ? [{ title: s.labels.undelivered, value: String(r.undelivered) }] : []),
  ];
}

export class Status {
  constructor(private readonly deps: FeatureDeps) {}

  /** Starts reading the programme and the asker's grants while the turn's state loads. */
  prefetch(turn: Turn): void {
    turn.readAhead(SNAPSHOT, () => loadSnapshot(this.deps));
    if (!isConfiguredLead(this.deps, turn)) grantsOf(this.deps, turn).catch(() => undefined);
  }

  /** The rows this person may see: all for a project lead, their own for a contact or facilitator. */
  private async visibleRows(turn: Turn): Promise<{ rows: StatusRow[]; lead: boolean; snap: Snapshot }> {
    const snap = await turn.takeReadAhead(SNAPSHOT, () => loadSnapshot(this.deps));
    const now = DateTime.fromJSDate(this.deps.now());
    const lead = await isLead(this.deps, turn);
    const all = statusRows(this.deps, snap, now);
    if (lead) return { rows: all.sort(byAttention), lead, snap };
    const allowed = await Promise.all(all.map((r) => mayManage(this.deps, turn, r.b)));
    return { rows: all.filter((_, i) => allowed[i]).sort(byAttention), lead, snap };
  }

  /** `status [netwerk]`: the overview, or the detail of the named broedplaats. */
  async command(turn: Turn, args: string): Promise<void> {
    const { rows, lead, snap } = await this.visibleRows(turn);
    if (rows.length === 0)
      return void (await turn.send(lead ? turn.t.status.noBroedplaatsen : turn.t.status.notAllowed));
    if (args) {
      const wanted = networkKey(args);
      const hits = rows.filter((r) => networkKey(r.b.network.name).includes(wanted));
      if (hits.length === 0)
        return void (await turn.send(
          turn.t.status.noSuchNetwork({ name: escapeMarkdown(cleanText(args, false).slice(0, 100)) }),
        ));
      if (hits.length === 1 && hits[0])
        return void (await turn.send({ card: this.detailCard(turn, hits[0], snap, rows) }));
      return void (await turn.send({ card: this.overviewCard(turn, hits, lead, 0) }));
    }
    await turn.send({ card: this.overviewCard(turn, rows, lead, 0) });
  }

  /** "Vorige" / "Volgende" on the overview card. */
  async page(turn: Turn, page: number): Promise<ActionOutcome> {
    const { rows, lead } = await this.visibleRows(turn);
    if (rows.length === 0) return { message: turn.t.status.notAllowed };
    return { card: this.overviewCard(turn, rows, lead, page) };
  }

  /** "Details" on a row: checked again against the asker's rights. */
  async detail(turn: Turn, broedplaatsId: string): Promise<ActionOutcome> {
    const { rows, snap } = await this.visibleRows(turn);
    const row = rows.find((r) => r.b.id === broedplaatsId);
    if (!row) return { message: turn.t.common.notAllowed };
    return { card: this.detailCard(turn, row, snap, rows) };
  }

  /** "Gezien" under the undelivered messages of one broedplaats: they no longer count as needing attention. */
  async seen(turn: Turn, broedplaatsId: string, upTo: string): Promise<ActionOutcome> {
    const before = await this.visibleRows(turn);
    if (!before.rows.some((r) => r.b.id === broedplaatsId)) return { message: turn.t.common.notAllowed };
    await this.deps.store.undelivered.markSeen(broedplaatsId, this.deps.now().toISOString(), upTo);
    return this.detail(turn, broedplaatsId);
  }

  private overviewCard(turn: Turn, rows: StatusRow[], lead: boolean, requestedPage: number): AdaptiveCard {
    const t = turn.t;
    const pages = Math.max(1, Math.ceil(rows.length / STATUS_PAGE_SIZE));
    const page = Math.min(Math.max(0, Math.floor(requestedPage)), pages - 1);
    const shown = rows.slice(page * STATUS_PAGE_SIZE, (page + 1) * STATUS_PAGE_SIZE);
    return renderStatusCard({
      title: lead ? t.status.title({ count: rows.length }) : t.status.titleOwn,
      subtitle: t.status.attentionFirst,
      detailsLabel: t.status.details,
      verbs: { detail: verbs.statusDetail.name, page: verbs.statusPage.name },
      rows: shown.map((r) => ({
        id: r.b.id,
        network: r.b.network.name,
        summary: `${t.status.labels.phase}: ${t.status.phases[r.phase]} · ${t.status.labels.theme}: ${t.intake.options.theme[r.b.theme]}`,
        attention: r.attention.map((a) => t.status.attention[a]).join(' · '),
        style: r.attention.length ? 'attention' : 'default',
        facts: rowFacts(t, turn.locale, r),
      })),
      pageText: pages > 1 ? t.status.page({ page: page + 1, pages }) : '',
      pager: [
        ...(page > 0 ? [{ title: t.status.previous, page: page - 1 }] : []),
        ...(page < pages - 1 ? [{ title: t.status.next, page: page + 1 }] : []),
      ],
    });
  }

  /** The way back to the overview page that lists `r`, and on to the broedplaats before and after it there. */
  private detailNavigation(turn: Turn, r: StatusRow, rows: readonly StatusRow[]) {
    const d = turn.t.status.detail;
    const i = rows.findIndex((x) => x.b.id === r.b.id);
    const detail = (title: string, other: StatusRow | undefined) =>
      other
        ? [
            {
              title,
              verb: verbs.statusDetail.name,
              data: verbs.statusDetail.data({ broedplaatsId: other.b.id }),
            },
          ]
        : [];
    return [
      ...detail(d.previousOne, i > 0 ? rows[i - 1] : undefined),
      ...detail(d.nextOne, i >= 0 ? rows[i + 1] : undefined),
      {
        title: d.overview,
        verb: verbs.statusPage.name,
        data: verbs.statusPage.data({ page: String(Math.max(0, Math.floor(i / STATUS_PAGE_SIZE))) }),
      },
    ];
  }

  private detailCard(turn: Turn, r: StatusRow, snap: Snapshot, rows: readonly StatusRow[]): AdaptiveCard {
    const t = turn.t;
    const d = t.status.detail;
    const now = DateTime.fromJSDate(this.deps.now());
    const b = r.b;
    const meetingLines = r.meetings.map((m) =>
      d.meeting({
        number: m.number,
        when:
          m.start && m.end
            ? formatSlot({ start: m.start, end: m.end }, turn.locale)
            : t.status.values.polling,
        // A meeting whose end has passed was held, whatever its row still says it is.
        status:
          m.status === 'scheduled' && m.end && DateTime.fromISO(m.end) <= now
            ? d.meetingStatus.held
            : d.meetingStatus[m.status],
      }),
    );
    const inviteeLines = r.meetings.flatMap((m) =>
      snap.invitations
        .filter((i) => i.meetingId === m.id)
        .map((i) => {
          const rsvp = snap.rsvps.find((x) => x.invitationId === i.id);
          return `${m.number}: ${inviteeLabel(i)} — ${rsvp ? answerText(t, rsvp.answer) : t.invitations.tally.noAnswer}`;
        }),
    );
    const reflectionLines = r.meetings.flatMap((m) => {
      const asked = snap.prompts.filter((p) => p.meetingId === m.id).length;
      if (!asked) return [];
      const res = summarize(
        asked,
        snap.reflections.filter((x) => x.meetingId === m.id),
      );
      return [
        `${m.number}: ${t.status.values.reflection({ pct: Math.round(res.responseRate * 100), usefulness: decimal(t, res.averages.usefulness) })}`,
      ];
    });
    const followUpLines = r.followUps.map((f) =>
      d.followUp({
        what: f.what,
        owner: f.owner.name,
        due: formatDay(f.due, turn.locale),
        status: isOverdue(f, now) ? d.followUpStatus.overdue : d.followUpStatus[f.status],
      }),
    );
    const halfDayLines = [
      t.status.values.halfDays({ used: r.halfDays.length, budget: FACILITATOR_HALF_DAYS }),
      ...r.halfDays.map((h) => `${h.date}: ${h.what}`),
    ];
    const unseen = snap.undelivered.filter((u) => u.broedplaatsId === b.id && !u.seenAt);
    const undeliveredLines = [
      ...unseen.slice(0, UNDELIVERED_SHOWN).map((u) =>
        d.undeliveredLine({
          when: formatMoment(u.at, turn.locale),
          recipient: u.recipient && !isPseudonym(u.recipient) ? u.recipient : d.someone,
          reason: reasonText(t, u.reason),
        }),
      ),
      ...(unseen.length > UNDELIVERED_SHOWN
        ? [d.undeliveredMore({ count: unseen.length - UNDELIVERED_SHOWN })]
        : []),
    ];
    const orNone = (lines: string[]) => (lines.length ? lines : [d.none]);
    return renderStatusDetailCard({
      title: b.network.name,
      facts: [
        { title: t.status.labels.phase, value: t.status.phases[r.phase] },
        { title: t.status.labels.theme, value: t.intake.options.theme[b.theme] },
        { title: d.contacts, value: b.contacts.map((c) => c.name).join(', ') },
        {
          title: d.facilitator,
          value: b.facilitator.chosen ? b.facilitator.name : t.intake.summary.notChosen,
        },
        ...(r.attention.length
          ? [
              {
                title: t.status.labels.attention,
                value: r.attention.map((a) => t.status.attention[a]).join(' · '),
              },
            ]
          : []),
      ],
      sections: [
        { heading: d.question, lines: [b.question] },
        { heading: d.meetings, lines: orNone(meetingLines) },
        { heading: d.invitees, lines: orNone(inviteeLines) },
        { heading: d.reflections, lines: orNone(reflectionLines) },
        { heading: d.followUps, lines: orNone(followUpLines) },
        { heading: d.halfDays, lines: halfDayLines },
        ...(undeliveredLines.length ? [{ heading: d.undelivered, lines: undeliveredLines }] : []),
      ],
      actions: [
        ...(unseen.length
          ? [
              {
                title: d.seen,
                verb: verbs.statusSeen.name,
                // Only what this card shows: a message recorded after it stays until seen.
                data: verbs.statusSeen.data({ broedplaatsId: b.id, upTo: unseen[0]?.at }),
              },
            ]
          : []),
        ...this.detailNavigation(turn, r, rows),
      ],
    });
  }
}
