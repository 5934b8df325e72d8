// `reflecties`: the results of a meeting's reflection, for its contacts, facilitator and the project lead only.
import { DateTime } from 'luxon';
import type { ActionOutcome, Turn } from '../../bot/feature';
import { renderChoiceCard } from '../../cards/notice';
import { formatSlot } from '../../domain/meeting';
import { summarize } from '../../domain/reflection';
import type { FeatureDeps } from '../../bot/deps';
import { manageableNamed } from '../shared/choose';
import { loadMeeting } from '../shared/meetings';
import { resultsCard } from './views';
import * as verbs from './verbs';
import { meetingChoice } from './verbs';

export class ReflectionResultsView {
  constructor(private readonly deps: FeatureDeps) {}

  /** `reflecties [netwerk]`: a button per finished meeting of the broedplaatsen the asker may see. */
  async command(turn: Turn, args: string): Promise<void> {
    const mine = await manageableNamed(this.deps, turn, args, 'results');
    if (mine.length === 0) return;
    const now = DateTime.fromJSDate(this.deps.now());
    const options: { title: string; value: string }[] = [];
    for (const b of mine) {
      for (const m of await this.deps.store.meetings.listFor(b.id)) {
        if (m.status !== 'scheduled' || !m.start || !m.end || DateTime.fromISO(m.end) > now) continue;
        options.push({
          title: `${b.network.name}: ${turn.t.invitations.meetingOption({ number: m.number, when: formatSlot({ start: m.start, end: m.end }, turn.locale) })}`,
          value: meetingChoice(b.id, m.id),
        });
      }
    }
    if (options.length === 0) return void (await turn.send(turn.t.reflection.results.noMeetings));
    await turn.send({
      card: renderChoiceCard({
        text: turn.t.reflection.results.choose,
        verb: verbs.reflectionResults.name,
        field: 'meetingId',
        fixed: {},
        options,
        label: turn.t.choice.label,
        submitLabel: turn.t.choice.submit,
      }),
    });
  }

  /** The results card of one meeting, after checking the asker may see them. */
  async show(turn: Turn, ids: { broedplaatsId: string; meetingId: string }): Promise<ActionOutcome> {
    const loaded = await loadMeeting(this.deps, turn, ids, {
      manage: true,
      anyConversation: true,
      notFound: turn.t.reflection.notFound,
    });
    if ('refuse' in loaded) return loaded.refuse;
    const { b } = loaded;
    const m = loaded.meeting;
    const [prompts, reflections] = await Promise.all([
      this.deps.store.reflections.promptsFor(m.value.id),
      this.deps.store.reflections.listFor(m.value.id),
    ]);
    return {
      card: resultsCard(turn.t, b, m.value, summarize(prompts.length, reflections), {
        offerFollowUps: true,
      }),
    };
  }
}
