// `reflecties`: the results of a meeting's reflection, for its contacts, facilitator and the project lead only.
import { DateTime } from 'luxon';
import type { ActionOutcome, Turn } from '../../bot/feature';
import { renderNoticeCard } from '../../cards/notice';
import { networkKey, type Broedplaats } from '../../domain/broedplaats';
import { formatSlot } from '../../domain/meeting';
import { summarize } from '../../domain/reflection';
import { cleanText, escapeMarkdown } from '../../domain/text';
import type { FeatureDeps } from '..';
import { mayManage } from '../access';
import { resultsCard } from './views';

export class ReflectionResultsView {
  constructor(private readonly deps: FeatureDeps) {}

  private async manageable(turn: Turn): Promise<Broedplaats[]> {
    const all = await this.deps.store.broedplaatsen.list();
    const allowed = await Promise.all(all.map((b) => mayManage(this.deps, turn, b)));
    return all.filter((_, i) => allowed[i]);
  }

  /** `reflecties [netwerk]`: a button per finished meeting of the broedplaatsen the asker may see. */
  async command(turn: Turn, args: string): Promise<void> {
    let mine = await this.manageable(turn);
    if (mine.length === 0) return void (await turn.send(turn.t.scheduling.notContact));
    if (args) {
      mine = mine.filter((b) => networkKey(b.network.name).includes(networkKey(args)));
      if (mine.length === 0) {
        return void (await turn.send(
          turn.t.scheduling.noSuchNetwork({ name: escapeMarkdown(cleanText(args, false).slice(0, 100)) }),
        ));
      }
    }
    const now = DateTime.fromJSDate(this.deps.now());
    const buttons = [];
    for (const b of mine) {
      for (const m of await this.deps.store.meetings.listFor(b.id)) {
        if (m.status !== 'scheduled' || !m.start || !m.end || DateTime.fromISO(m.end) > now) continue;
        buttons.push({
          title: `${b.network.name}: ${turn.t.invitations.meetingOption({ number: m.number, when: formatSlot({ start: m.start, end: m.end }, turn.locale) })}`,
          verb: 'reflection.results',
          broedplaatsId: b.id,
          meetingId: m.id,
        });
      }
    }
    if (buttons.length === 0) return void (await turn.send(turn.t.reflection.results.noMeetings));
    await turn.send({ card: renderNoticeCard({ text: turn.t.reflection.results.choose, buttons }) });
  }

  /** The results card of one meeting, after checking the asker may see them. */
  async show(turn: Turn, ids: { broedplaatsId: string; meetingId: string }): Promise<ActionOutcome> {
    const [b, m] = await Promise.all([
      this.deps.store.broedplaatsen.get(ids.broedplaatsId),
      this.deps.store.meetings.get(ids.broedplaatsId, ids.meetingId),
    ]);
    if (!b || !m) return { message: turn.t.reflection.notFound };
    if (!(await mayManage(this.deps, turn, b.value))) return { message: turn.t.scheduling.notAllowed };
    const [prompts, reflections] = await Promise.all([
      this.deps.store.reflections.promptsFor(m.value.id),
      this.deps.store.reflections.listFor(m.value.id),
    ]);
    return {
      card: resultsCard(turn.t, b.value, m.value, summarize(prompts.length, reflections), {
        offerFollowUps: true,
      }),
    };
  }
}
