// `mijn gegevens` shows what is stored about the asker; `verwijder mijn gegevens` removes or pseudonymises it.
import { createHmac } from 'node:crypto';
import type { ActionOutcome, Turn } from '../../bot/feature';
import { renderNoticeCard } from '../../cards/notice';
import { collectPerson, forgetPerson, type PersonIds } from '../../store/privacy';
import type { FeatureDeps } from '../../bot/deps';
import { RequestLimit } from '../../web/request-limit';
import { PSEUDONYM_PREFIX } from '../../domain/pseudonym';
import { escapeMarkdown } from '../../domain/text';
import type { MyDataDownload } from './my-data-route';
import { sealIds, signLink, unsealIds, verifyLink } from '../../web/signed-links';
import { loadSnapshot } from '../shared/snapshot';
import { myDataGroups } from './my-data';
import * as verbs from './verbs';

/** The download link of `mijn gegevens` works this long. */
const DOWNLOAD_LINK_SECONDS = 60 * 60;
const MY_DATA_LINK_KIND = 'mydata';

/** The person's ids in a fixed order, to seal into their download link. */
function personIdList(ids: PersonIds): string[] {
  return [
    ids.aadObjectId,
    ids.teamsId ?? '',
    ids.name ?? '',
    ids.email ?? '',
    ...(ids.conversationIds ?? []),
  ];
}

function personIdsOf(list: string[]): PersonIds | undefined {
  const [aadObjectId, teamsId, name, email, ...conversationIds] = list;
  if (!aadObjectId) return undefined;
  return {
    aadObjectId,
    teamsId: teamsId || undefined,
    name: name || undefined,
    email: email || undefined,
    conversationIds,
  };
}

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
    /** Removing one's data is never refused for having looked at it (it still waits its turn). */
    limited = true,
  ): Promise<{ ok: true; value: T } | { ok: false; text: string }> {
    const wait = limited ? this.scans.take(aadObjectId.toLowerCase()) : 0;
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

  /** `mijn gegevens`: the records stored about the asker, grouped, with a link to download them all. */
  async show(turn: Turn): Promise<void> {
    const p = turn.t.privacy;
    const ids = await this.ids(turn);
    if (!ids) return void (await turn.send({ card: renderNoticeCard({ title: p.title, text: p.nothing }) }));
    const found = await this.scanFor(turn, ids.aadObjectId, () =>
      Promise.all([collectPerson(this.deps.store.tables, ids), loadSnapshot(this.deps)]),
    );
    if (!found.ok) return void (await turn.send(found.text));
    const [rows, snapshot] = found.value;
    const groups = myDataGroups(turn.t, turn.locale, ids, rows, {
      broedplaatsen: snapshot.broedplaatsen,
      meetings: snapshot.meetings,
      isConfiguredLead: this.deps.config.projectLeadIds.includes(ids.aadObjectId.toLowerCase()),
    });
    if (groups.length === 0 && Object.keys(rows).length === 0)
      return void (await turn.send({ card: renderNoticeCard({ title: p.title, text: p.nothing }) }));
    const text = [
      ...groups.map((g) => `**${g.heading}**\n\n${g.lines.map((l) => `- ${escapeMarkdown(l)}`).join('\n')}`),
      `${p.intro} ${p.downloadNote}`,
    ].join('\n\n');
    const exp = Math.floor(this.deps.now().getTime() / 1000) + DOWNLOAD_LINK_SECONDS;
    const token = signLink(this.deps.links.secret, {
      kind: MY_DATA_LINK_KIND,
      ids: [sealIds(this.deps.links.secret, personIdList(ids))],
      exp,
    });
    await turn.send({
      card: renderNoticeCard({
        title: p.title,
        text,
        links: [{ title: p.download, url: `${this.deps.links.baseUrl}/api/mydata/${token}` }],
      }),
    });
  }

  /** The download behind the link of `show`: every row that mentions the person, per table (as `show` read them). */
  async download(token: string): Promise<MyDataDownload> {
    const check = verifyLink(
      this.deps.links.secret,
      token,
      MY_DATA_LINK_KIND,
      Math.floor(this.deps.now().getTime() / 1000),
    );
    if (!check.ok) return check;
    const list = check.ids.length === 1 ? unsealIds(this.deps.links.secret, check.ids[0] ?? '') : undefined;
    const ids = list && personIdsOf(list);
    if (!ids) return { ok: false, reason: 'invalid' };
    if (this.scans.take(ids.aadObjectId.toLowerCase()) > 0) return { ok: false, reason: 'busy' };
    const rows = await collectPerson(this.deps.store.tables, ids);
    const day = this.deps.now().toISOString().slice(0, 10);
    return {
      ok: true,
      fileName: `broedplaats-mijn-gegevens-${day}.json`,
      json: JSON.stringify({ downloadedAt: this.deps.now().toISOString(), tables: rows }, null, 2),
    };
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
          { title: p.yes, verb: verbs.privacyDelete.name, broedplaatsId: '', meetingId: '' },
          { title: p.no, verb: verbs.privacyKeep.name, broedplaatsId: '', meetingId: '' },
        ],
      }),
    });
  }

  /** Confirmed: the asker's own rows go, and they are pseudonymised where the research record stays. */
  async forget(turn: Turn): Promise<ActionOutcome> {
    const ids = await this.ids(turn);
    if (ids) {
      const done = await this.scanFor(
        turn,
        ids.aadObjectId,
        () =>
          forgetPerson(
            this.deps.store.tables,
            ids,
            pseudonymOf(this.deps.links.secret, ids.aadObjectId),
            turn.t.privacy.removedName,
          ),
        false,
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
