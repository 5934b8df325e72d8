// `mijn gegevens` shows what is stored about the asker; `verwijder mijn gegevens` removes or pseudonymises it.
import { createHmac } from 'node:crypto';
import type { ActionOutcome, Turn } from '../../bot/feature';
import { renderNoticeCard } from '../../cards/notice';
import { TABLE_NAMES } from '../../store';
import { findPerson, forgetPerson, type PersonIds } from '../../store/privacy';
import type { FeatureDeps } from '..';
import { PSEUDONYM_PREFIX } from '../../domain/pseudonym';

/** A stable pseudonym for a person (the same in every table and in the research export). */
export function pseudonymOf(secret: string, aadObjectId: string): string {
  return `${PSEUDONYM_PREFIX}${createHmac('sha256', secret).update(`person|${aadObjectId.toLowerCase()}`).digest('hex').slice(0, 12)}`;
}

export class Privacy {
  constructor(private readonly deps: FeatureDeps) {}

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
    const counts = ids ? await findPerson(this.deps.store.tables, ids) : {};
    const b = (await this.deps.store.broedplaatsen.list()).filter((x) =>
      x.contacts.some((c) => c.aadObjectId === ids?.aadObjectId),
    );
    const f = (await this.deps.store.broedplaatsen.list()).filter(
      (x) => x.facilitator.chosen && x.facilitator.aadObjectId === ids?.aadObjectId,
    );
    const n = (table: string) => (counts as Record<string, number>)[table] ?? 0;
    const lines = [
      // One chat is kept as two rows (its address and the index to it): count chats, not rows.
      ids && (await this.deps.store.conversations.personalChatOf(ids.aadObjectId))
        ? p.lines.conversations({ n: 1 })
        : '',

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
      await forgetPerson(
        this.deps.store.tables,
        ids,
        pseudonymOf(this.deps.links.secret, ids.aadObjectId),
        turn.t.privacy.removedName,
      );
      turn.setOpenFlow(undefined);
    }
    return { card: renderNoticeCard({ text: turn.t.privacy.done, color: 'Good' }) };
  }

  keep(turn: Turn): ActionOutcome {
    return { card: renderNoticeCard({ text: turn.t.privacy.kept }) };
  }
}
