// `uitnodigen`: pick the broedplaats and meeting, fill in who (from Teams or by hand) and why; invitations go out.
import { DateTime } from 'luxon';
import type { ActionOutcome, Turn } from '../../bot/feature';
import { renderInviteFormCard } from '../../cards/invite-form';
import { renderNoticeCard } from '../../cards/notice';
import { type Broedplaats } from '../../domain/broedplaats';
import {
  categoryOfStakeholder,
  INVITE_TEXT,
  INVITEE_CATEGORIES,
  MANUAL_ROWS,
  type Invitation,
  type InviteeCategory,
  type Rsvp,
} from '../../domain/invitation';
import { isOpen, type Meeting } from '../../domain/meeting';
import { cleanText, escapeMarkdown, textLength } from '../../domain/text';
import type { Texts } from '../../i18n';
import type { FeatureDeps } from '../../bot/deps';
import { keepUndelivered, reasonInWords } from '../shared/undelivered';
import { broedplaatsChoice, manageableNamed } from '../shared/choose';
import { mayManage } from '../shared/access';
import { loadMeeting } from '../shared/meetings';
import { OBJECT_ID, pickPeople } from '../shared/people';
import { deliverInvitation } from './delivery';
import { refreshTally } from './rsvp';
import { scheduleReminders } from './reminders';
import { mailInvitation } from './links';
import { sendInvitationTexts } from './texts';
import { tallyCard, whenText } from './views';
import * as verbs from './verbs';
import { personOf, type InviteForm } from './verbs';

type FormValues = Partial<InviteForm>;

const EMAIL = /^[^\s@<>()[\]\\,;:"']+@[^\s@<>()[\]\\,;:"']+\.[a-z]{2,}$/i;
/** Invitations are sent from any conversation by who may manage the meeting, while it is not over. */
const TO_INVITE = { manage: true, anyConversation: true, open: true } as const;

/** Most people one form may pick in Teams. */
const MAX_PICKED = 20;

const str = (v: string | undefined): string => v ?? '';

export class Inviter {
  constructor(private readonly deps: FeatureDeps) {}

  /** Meetings one can still invite people to: not cancelled, not over. */
  private async openMeetings(b: Broedplaats): Promise<Meeting[]> {
    const now = DateTime.fromJSDate(this.deps.now());
    return (await this.deps.store.meetings.listFor(b.id)).filter((m) => isOpen(m, now));
  }

  /** `uitnodigen [netwerk]`: the form, after asking which broedplaats and meeting when there is a choice. */
  async command(turn: Turn, args: string): Promise<void> {
    const mine = await manageableNamed(this.deps, turn, args, 'invite');
    if (mine.length === 0) return;
    const outcome =
      mine.length === 1 && mine[0]
        ? await this.chooseMeeting(turn, mine[0])
        : {
            card: broedplaatsChoice(
              turn,
              turn.t.invitations.chooseBroedplaats,
              verbs.inviteChoose.name,
              mine,
            ),
          };
    await turn.send('card' in outcome ? { card: outcome.card } : outcome.message);
  }

  /** The broedplaats is chosen: the form for its only open meeting, or the choice of meeting. */
  async chooseMeeting(turn: Turn, b: Broedplaats): Promise<ActionOutcome> {
    if (!(await mayManage(this.deps, turn, b))) return { message: turn.t.common.notAllowed };
    const meetings = await this.openMeetings(b);
    if (meetings.length === 0) return { message: turn.t.invitations.noMeeting };
    if (meetings.length === 1 && meetings[0]) return this.form(turn, b, meetings[0]);
    return {
      card: renderNoticeCard({
        text: turn.t.invitations.chooseMeeting,
        buttons: meetings.map((m) => ({
          title: turn.t.invitations.meetingOption({
            number: m.number,
            when: whenText(turn.t, turn.locale, m),
          }),
          verb: verbs.inviteForm.name,
          broedplaatsId: b.id,
          meetingId: m.id,
        })),
      }),
    };
  }

  /** Card action: a broedplaats picked on the chooser. */
  async choose(turn: Turn, broedplaatsId: string): Promise<ActionOutcome> {
    const b = await this.deps.store.broedplaatsen.get(broedplaatsId);
    if (!b) return { message: turn.t.common.notFound };
    return this.chooseMeeting(turn, b.value);
  }

  /** Card action: a meeting picked on the chooser. */
  async openForm(turn: Turn, ids: { broedplaatsId: string; meetingId: string }): Promise<ActionOutcome> {
    const loaded = await loadMeeting(this.deps, turn, ids, { manage: true, anyConversation: true });
    if ('refuse' in loaded) return loaded.refuse;
    return this.form(turn, loaded.b, loaded.meeting.value);
  }

  private form(
    turn: Turn,
    b: Broedplaats,
    m: Meeting,
    values: FormValues = {},
    problems: InviteProblem[] = [],
  ): ActionOutcome {
    const t = turn.t.invitations;
    const e = t.errors;
    const wanted = b.stakeholders.map((s) => t.categories[categoryOfStakeholder(s)]);
    const suggested = b.stakeholders.map(categoryOfStakeholder);
    const at = (where: InviteProblem['at']) => problems.filter((p) => p.at === where).map((p) => p.text);
    return {
      card: renderInviteFormCard({
        title: t.form.title({ network: b.network.name, number: m.number }),
        intro: t.form.intro,
        wanted: wanted.length ? t.form.wanted({ list: wanted.join(', ') }) : '',
        errors: problems.map((p) => p.text),
        peopleLabel: t.form.people,
        peoplePlaceholder: t.form.peoplePlaceholder,
        people: str(values.people),
        peopleCategoryLabel: t.form.peopleCategory,
        // No party is chosen for the user: a default left as it was would record the wrong party.
        peopleCategory: str(values.peopleCategory),
        peopleErrors: at('people'),
        categories: categoryChoices(turn.t, suggested),
        categoryPlaceholder: t.form.categoryPlaceholder,
        rows: Array.from({ length: MANUAL_ROWS }, (_, i) => ({
          n: i + 1,
          label: t.form.person({ n: i + 1 }),
          errors: at(i + 1),
          name: personOf(values, i + 1).name,
          nameError: e.name({ n: i + 1 }),
          organisation: personOf(values, i + 1).organisation,
          organisationError: e.organisation({ n: i + 1 }),
          category: personOf(values, i + 1).category,
          email: personOf(values, i + 1).email,
          emailError: e.email({ n: i + 1 }),
        })),
        nameLabel: t.form.name,
        organisationLabel: t.form.organisation,
        categoryLabel: t.form.category,
        emailLabel: t.form.email,
        reasonLabel: t.form.reason,
        reason: str(values.reason),
        reasonErrors: at('reason'),
        reasonError: e.reason,
        linksForAllLabel: t.form.linksForAll,
        linksForAll: str(values.linksForAll) === 'true' ? 'true' : 'false',
        submitLabel: t.form.submit,
        verbs: { create: verbs.inviteCreate.name },
        broedplaatsId: b.id,
        meetingId: m.id,
      }),
    };
  }

  /** "Uitnodigingen versturen": checks every row, stores the invitations, sends each, shows who got what. */
  async create(turn: Turn, data: InviteForm): Promise<ActionOutcome> {
    const t = turn.t.invitations;
    const loaded = await loadMeeting(this.deps, turn, data, TO_INVITE);
    if ('refuse' in loaded) return loaded.refuse;
    const { b } = loaded;
    const m = loaded.meeting.value;

    const meetingChat = await this.deps.store.conversations.get(m.poll.conversationId);
    const picked = await pickPeople(this.deps, turn, str(data.people), MAX_PICKED, {
      elsewhere: meetingChat ? [meetingChat.value.address] : [],
      directory: true,
    });
    if (picked?.unknown.length) {
      const why = [...new Set(picked.unknown.map((u) => reasonInWords(turn.t, u.reason)))].join('; ');
      const kept = { ...data, people: picked.people.map((p) => p.picked).join(',') };
      return this.form(turn, b, m, kept, [
        { at: 'people', text: t.errors.unknownPeople({ count: picked.unknown.length, why }) },
      ]);
    }
    const pickedPerson = (aad: string | undefined) => picked?.people.find((x) => x.aadObjectId === aad);
    const read = readInvitees(turn.t, {
      ...data,
      people: picked ? picked.people.map((p) => p.aadObjectId).join(',') : 'unresolved',
    });
    if (!read.ok) return this.form(turn, b, m, data, read.problems);
    const existing = await this.deps.store.invitations.listFor(m.id);
    const isDuplicate = (p: NewInvitee) =>
      existing.some(
        (e) =>
          (p.aadObjectId && e.invitee.aadObjectId === p.aadObjectId) ||
          (p.email && e.invitee.email?.toLowerCase() === p.email.toLowerCase()),
      );
    const fresh = read.invitees.filter((p) => !isDuplicate(p));
    const already = read.invitees.filter(isDuplicate).map((p) => p.name);

    for (const p of fresh) {
      if (p.aadObjectId && !p.name) p.name = pickedPerson(p.aadObjectId)?.name ?? t.unknownName;
    }
    const nowIso = this.deps.now().toISOString();
    const person = { aadObjectId: turn.actor.aadObjectId ?? '', id: turn.actor.id, name: turn.actor.name };
    const created: Invitation[] = [];
    for (const p of fresh) {
      const inv: Invitation = {
        version: 1,
        id: this.deps.newId(),
        broedplaatsId: b.id,
        meetingId: m.id,
        invitee: p,
        reason: read.reason,
        invitedBy: person,
        invitedAt: nowIso,
        delivery: { via: 'none' },
      };
      await this.deps.store.invitations.create(inv);
      created.push(inv);
    }
    const all = [...existing, ...created];
    const rsvps = await this.deps.store.invitations.rsvpsOf(m.id);
    const groups: Record<Invitation['delivery']['via'], string[]> = {
      '1:1': [],
      conversation: [],
      queued: [],
      email: [],
      none: [],
    };
    // People picked in Teams whom the bot could not reach there, by why and by what happened instead.
    const notInTeams = new Map<string, { email: string[]; none: string[] }>();
    const needText: Invitation[] = [];
    const linksForAll = str(data.linksForAll) === 'true';
    for (const stored of created) {
      let inv = stored;
      const inTeams = pickedPerson(inv.invitee.aadObjectId);
      let delivery = await deliverInvitation(this.deps, b, m, inv, {
        all,
        rsvps,
        hint: turn.address,
        tenantId: turn.conversation.tenantId,
        teamsId: inTeams?.teamsId,
      });
      const teamsReason = inTeams && delivery.via === 'none' ? (delivery.reason ?? '') : undefined;
      // Outside Teams' reach the address Teams gave is the way left: by mail, or in the text to pass on.
      if (teamsReason !== undefined && inTeams?.email && !inv.invitee.email)
        inv = { ...inv, invitee: { ...inv.invitee, email: inTeams.email } };
      if (delivery.via === 'none' && this.deps.mailer && inv.invitee.email) {
        const mailed = await mailInvitation(this.deps, b, m, inv);
        delivery = mailed.ok ? { via: 'email' } : { via: 'none', reason: `e-mail: ${mailed.reason}` };
        if (!mailed.ok)
          await keepUndelivered(this.deps, {
            purpose: 'invitation-mail',
            broedplaatsId: b.id,
            recipient: inv.invitee.name,
            reason: mailed.reason,
          });
      }
      const email = inv.invitee.email;
      await this.deps.store.invitations.update(m.id, inv.id, (i) => ({
        ...i,
        invitee: { ...i.invitee, email },
        delivery,
      }));
      if (teamsReason !== undefined && (delivery.via === 'none' || delivery.via === 'email')) {
        const why = reasonInWords(turn.t, teamsReason);
        const group = notInTeams.get(why) ?? { email: [], none: [] };
        group[delivery.via].push(inv.invitee.name);
        notInTeams.set(why, group);
      } else groups[delivery.via].push(inv.invitee.name);
      if (delivery.via === 'none' || linksForAll) needText.push(inv);
    }
    await scheduleReminders(this.deps, m, created);
    await this.ensureTally(turn, b, m, all, rsvps);

    const names = (list: string[]) => list.map(escapeMarkdown).join(', ');
    const lines = [
      groups['1:1'].length ? t.sent.oneToOne({ names: names(groups['1:1']) }) : '',
      groups.conversation.length ? t.sent.inConversation({ names: names(groups.conversation) }) : '',
      groups.queued.length ? t.sent.queued({ names: names(groups.queued) }) : '',
      groups.email.length ? t.sent.mailed({ names: names(groups.email) }) : '',
      groups.none.length ? t.sent.outside({ names: names(groups.none) }) : '',
      ...[...notInTeams].flatMap(([why, group]) => [
        group.email.length ? t.sent.mailedBecause({ names: names(group.email), why }) : '',
        group.none.length ? t.sent.outsideBecause({ names: names(group.none), why }) : '',
      ]),
      already.length ? t.sent.already({ names: names(already) }) : '',
    ].filter(Boolean);
    if (needText.length) {
      const { elsewhere } = await sendInvitationTexts(this.deps, turn, b, m, needText);
      if (elsewhere) lines.push(t.sent.textsSent);
    }
    return { card: renderNoticeCard({ text: lines.join('\n\n'), color: 'Good' }) };
  }

  /** Card action on the tally card: the invitation texts with personal links again, for every invitee. */
  async texts(turn: Turn, ids: { broedplaatsId: string; meetingId: string }): Promise<ActionOutcome> {
    const loaded = await loadMeeting(this.deps, turn, ids, TO_INVITE);
    if ('refuse' in loaded) return loaded.refuse;
    const { b } = loaded;
    const m = loaded.meeting.value;
    const [all, rsvps] = await Promise.all([
      this.deps.store.invitations.listFor(m.id),
      this.deps.store.invitations.rsvpsOf(m.id),
    ]);
    const { elsewhere } = await sendInvitationTexts(this.deps, turn, b, m, all);
    const card = tallyCard(turn.t, turn.locale, b, m, all, rsvps);
    if (elsewhere) card.body.push({ type: 'TextBlock', text: turn.t.invitations.sent.textsSent, wrap: true });
    return { card };
  }

  /** The contact's live tally card: updated where it is, or sent here (and remembered on the meeting). */
  private async ensureTally(
    turn: Turn,
    b: Broedplaats,
    m: Meeting,
    all: readonly Invitation[],
    rsvps: readonly Rsvp[],
  ): Promise<void> {
    if (m.rsvpCard) {
      await refreshTally(this.deps, b, m, all, rsvps);
      return;
    }
    await turn.send(turn.t.invitations.sent.tallyBelow);
    const messageId = await turn.send({ card: tallyCard(turn.t, turn.locale, b, m, all, rsvps) });
    if (messageId) {
      await this.deps.store.meetings.update(b.id, m.id, (current) => ({
        ...current,
        rsvpCard: { conversationId: turn.conversation.id, messageId, locale: turn.locale },
      }));
    }
  }
}

function categoryChoices(
  t: Texts,
  suggested: readonly InviteeCategory[],
): { title: string; value: string }[] {
  const ordered = [...new Set([...suggested, ...INVITEE_CATEGORIES])];
  return ordered.map((c) => ({ title: t.invitations.categories[c], value: c }));
}

type NewInvitee = Invitation['invitee'];

/** A refused value of the form, and where the form shows it: the picked people, row `n`, the reason, or the whole. */
export interface InviteProblem {
  at: 'people' | number | 'reason' | 'form';
  text: string;
}

/** Reads the form: picked Teams accounts (with one party) and up to three people by hand; every problem named. */
export function readInvitees(
  t: Texts,
  data: FormValues,
): { ok: true; invitees: NewInvitee[]; reason?: string } | { ok: false; problems: InviteProblem[] } {
  const e = t.invitations.errors;
  const problems: InviteProblem[] = [];
  const refuse = (at: InviteProblem['at'], text: string) => void problems.push({ at, text });
  const invitees: NewInvitee[] = [];
  const picked = str(data.people)
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (picked.length > MAX_PICKED || picked.some((id) => !OBJECT_ID.test(id))) refuse('people', e.people);
  const pickedCategory = str(data.peopleCategory);
  if (picked.length && !(INVITEE_CATEGORIES as readonly string[]).includes(pickedCategory))
    refuse('people', e.peopleCategory);
  for (const id of picked) {
    invitees.push({ name: '', category: pickedCategory as InviteeCategory, aadObjectId: id.toLowerCase() });
  }
  for (let n = 1; n <= MANUAL_ROWS; n++) {
    const typed = personOf(data, n);
    const name = cleanText(typed.name, false);
    const organisation = cleanText(typed.organisation, false);
    const email = cleanText(typed.email, false).toLowerCase();
    const category = typed.category;
    if (!name && !organisation && !email) continue;
    if (textLength(name) < INVITE_TEXT.name.min || textLength(name) > INVITE_TEXT.name.max)
      refuse(n, e.name({ n }));
    if (textLength(organisation) > INVITE_TEXT.organisation.max) refuse(n, e.organisation({ n }));
    if (email && !EMAIL.test(email)) refuse(n, e.email({ n }));
    if (!(INVITEE_CATEGORIES as readonly string[]).includes(category)) refuse(n, e.category({ n }));
    invitees.push({
      name,
      organisation: organisation || undefined,
      category: category as InviteeCategory,
      email: email || undefined,
    });
  }
  const reason = cleanText(str(data.reason));
  if (textLength(reason) > INVITE_TEXT.reason.max) refuse('reason', e.reason);
  if (problems.length === 0 && invitees.length === 0) refuse('form', e.nobody);
  return problems.length ? { ok: false, problems } : { ok: true, invitees, reason: reason || undefined };
}
