// `mijn gegevens` shows what is stored about the asker; `verwijder mijn gegevens` removes or pseudonymises it.
import { createHmac } from 'node:crypto';
import type { ActionOutcome, Turn } from '../../bot/feature';
import { renderNoticeCard } from '../../cards/notice';
import { TABLE_NAMES } from '../../store';
import { findPerson, forgetPerson, type PersonIds } from '../../store/privacy';
import type { FeatureDeps } from '..';
import { RequestLimit } from '../../web/request-limit';
import { PSEUDONYM_PREFIX } from '../../domain/pseudonym';

/** A stable pseudonym for a person (the same in every table and in the research export). */
export function pseudonymOf(secret: string, aadObjectId: string): string {
  return `${PSEUDONYM_PREFIX}${createHmac('sha256', secret).update(`person|${aadObjectId.toLowerCase()}`).digest('hex').slice(0, 12)}`;
}

/** Looks through all stored data per person in 10 minutes (each reads every table, so a flood is refused). */
const SCANS_PER_PERSON = 3;
const SCAN_WINDOW_MS = 10 * 60_000;

export class Privacy {
  private readonly scans: RequestLimit;
  /** One look through all stored data at a time in this instance; the next waits for it. */
  private scanning: Promise<unknown> = Promise.resolve();

  constructor(private readonly deps: FeatureDeps) {
    this.scans = new RequestLimit(SCANS_PER_PERSON, SCAN_WINDOW_MS, () => deps.now().getTime());
  }

  /** Runs `scan` for the asker, unless they asked too often just now: then the text that says when to ask again. */
  private async scanFor<T>(
    turn: Turn,
    aadObjectId: string,
    scan: () => Promise<T>,
  ): Promise<{ ok: true; value: T } | { ok: false; text: string }> {
    const wait = this.scans.take(aadObjectId.toLowerCase());
    if (wait > 0) return { ok: false, text: turn.t.privacy.tooOften({ minutes: Math.ceil(wait / 60_000) }) };
    const run = this.scanning.then(scan, scan);
    this.scanning = run.catch(() => undefined);
    return { ok: true, value: await run };
  }

  private async ids(turn: Turn): Promise<PersonIds | undefined> {
    const aad = turn.actor.aadObjectId;
    if (!aad) return undefined;
    const chat = await this.deps.store.conversations.personalChatOf(aad);
    const chats = [
      chat?.address.conversation.id,
      turn.conversation.kind === 'personal' ? turn.conversation.id : undefined,
    ];
    return {
      aadObjectId: aad,
      teamsId: turn.actor.id || undefined,
      name: turn.actor.name || undefined,
      email: await turn.lookupEmail(),
      conversationIds: [...new Set(chats.filter((x): x is string => Boolean(x)))],
    };
  }

  /** `mijn gegevens`: per kind of record, how much is stored about the asker. */
  async show(turn: Turn): Promise<void> {
    const p = turn.t.privacy;
    const ids = await this.ids(turn);
    if (!ids) return void (await turn.send({ card: renderNoticeCard({ title: p.title, text: p.nothing }) }));
    const found = await this.scanFor(turn, ids.aadObjectId, () =>
      Promise.all([findPerson(this.deps.store.tables, ids), this.deps.store.broedplaatsen.list()]),
    );
    if (!found.ok) return void (await turn.send(found.text));
    const [counts, all] = found.value;
    const b = all.filter((x) => x.contacts.some((c) => c.aadObjectId === ids.aadObjectId));
    const f = all.filter((x) => x.facilitator.chosen && x.facilitator.aadObjectId === ids.aadObjectId);
    const n = (table: string) => (counts as Record<string, number>)[table] ?? 0;
    const lines = [
      // One chat is kept as two rows (its address and the index to it): count chats, not rows.
      n(TABLE_NAMES.conversations) ? p.lines.conversations({ n: 1 }) : '',

      n(TABLE_NAMES.flows) ? p.lines.intakes({ n: n(TABLE_NAMES.flows) }) : '',
      b.length ? p.lines.contact({ names: b.map((x) => x.network.name).join(', ') }) : '',
      f.length ? p.lines.facilitator({ names: f.map((x) => x.network.name).join(', ') }) : '',
      n(TABLE_NAMES.votes) ? p.lines.votes({ n: n(TABLE_NAMES.votes) }) : '',
      n(TABLE_NAMES.invitations) ? p.lines.invitations({ n: n(TABLE_NAMES.invitations) }) : '',
      n(TABLE_NAMES.reflections) ? p.lines.reflections({ n: n(TABLE_NAMES.reflections) }) : '',
      n(TABLE_NAMES.followUps) ? p.lines.followUps({ n: n(TABLE_NAMES.followUps) }) : '',
      n(TABLE_NAMES.halfDays) ? p.lines.halfDays({ n: n(TABLE_NAMES.halfDays) }) : '',
      n(TABLE_NAMES.roleGrants) ? p.lines.roles({ n: n(TABLE_NAMES.roleGrants) }) : '',
    ].filter(Boolean);
    await turn.send({
      card: renderNoticeCard({
        title: p.title,
        text: lines.length ? `${lines.join('\n\n')}\n\n${p.intro}` : p.nothing,
      }),
    });
  }

  /** `verwijder mijn gegevens`: asks to confirm. */
  async ask(turn: Turn): Promise<void> {
    const p = turn.t.privacy;
    await turn.send({
      card: renderNoticeCard({
        title: p.title,
        text: p.confirm,
        color: 'Attention',
        buttons: [
          { title: p.yes, verb: 'privacy.delete', broedplaatsId: '', meetingId: '' },
          { title: p.no, verb: 'privacy.keep', broedplaatsId: '', meetingId: '' },
        ],
      }),
    });
  }

  /** Confirmed: the asker's own rows go, and they are pseudonymised where the research record stays. */
  async forget(turn: Turn): Promise<ActionOutcome> {
    const ids = await this.ids(turn);
    if (ids) {
      const done = await this.scanFor(turn, ids.aadObjectId, () =>
        forgetPerson(
          this.deps.store.tables,
          ids,
          pseudonymOf(this.deps.links.secret, ids.aadObjectId),
          turn.t.privacy.removedName,
        ),
      );
      if (!done.ok) return { message: done.text };
      turn.setOpenFlow(undefined);
    }
    return { card: renderNoticeCard({ text: turn.t.privacy.done, color: 'Good' }) };
  }

  keep(turn: Turn): ActionOutcome {
    return { card: renderNoticeCard({ text: turn.t.privacy.kept }) };
  }
}
