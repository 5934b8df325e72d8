// `dagdeel`: the facilitator (or a contact) logs a half-day of process support; past the budget of six only after a confirmation.
import { DateTime } from 'luxon';
import type { ActionOutcome, Turn } from '../../bot/feature';
import { renderHalfDayFormCard } from '../../cards/forms';
import { renderNoticeCard } from '../../cards/notice';
import type { AdaptiveCard } from '../../cards/render';
import { FACILITATOR_HALF_DAYS, type Broedplaats } from '../../domain/broedplaats';
import { HALF_DAY_TEXT, wouldExceed } from '../../domain/halfday';
import { ZONE } from '../../domain/meeting';
import { isProjectLead } from '../../domain/roles';
import { cleanText, escapeMarkdown, textLength } from '../../domain/text';
import { localeOf, textsFor } from '../../i18n';
import type { FeatureDeps } from '../../bot/deps';
import { broedplaatsChoice, manageableNamed } from '../shared/choose';
import { mayManage } from '../shared/access';
import * as verbs from './verbs';
import type { HalfDayForm } from './verbs';

export class HalfDays {
  constructor(private readonly deps: FeatureDeps) {}

  private today(): string {
    return DateTime.fromJSDate(this.deps.now()).setZone(ZONE).toFormat('yyyy-MM-dd');
  }

  /** `dagdeel [netwerk]`: the form with the budget so far. */
  async command(turn: Turn, args: string): Promise<void> {
    const mine = await manageableNamed(this.deps, turn, args, 'halfDay');
    if (mine.length === 0) return;
    if (mine.length === 1 && mine[0]) return void (await turn.send({ card: await this.form(turn, mine[0]) }));
    await turn.send({
      card: broedplaatsChoice(turn, turn.t.halfDays.choose, verbs.halfDayChoose.name, mine),
    });
  }

  async choose(turn: Turn, broedplaatsId: string): Promise<ActionOutcome> {
    const b = await this.deps.store.broedplaatsen.get(broedplaatsId);
    if (!b || !(await mayManage(this.deps, turn, b.value))) return { message: turn.t.common.notAllowed };
    return { card: await this.form(turn, b.value) };
  }

  private async form(
    turn: Turn,
    b: Broedplaats,
    values: Partial<HalfDayForm> = {},
    errors: string[] = [],
    confirmOver = false,
  ): Promise<AdaptiveCard> {
    const h = turn.t.halfDays;
    const used = (await this.deps.store.halfDays.listFor(b.id)).length;
    return renderHalfDayFormCard({
      title: h.form.title({ network: b.network.name }),
      budget: h.form.budget({ used, budget: FACILITATOR_HALF_DAYS }),
      errors,
      dateLabel: h.form.date,
      date: values.date || this.today(),
      whatLabel: h.form.what,
      what: values.what ?? '',
      whatError: h.errors.what,
      submitLabel: confirmOver ? h.confirmOver : h.form.submit,
      confirmOver: confirmOver ? 'true' : 'false',
      verb: verbs.halfDayCreate.name,
      broedplaatsId: b.id,
    });
  }

  /** "Registreren": checks; beyond the budget first asks to confirm, then logs it and tells the project leads. */
  async create(turn: Turn, data: HalfDayForm): Promise<ActionOutcome> {
    const t = turn.t;
    const row = await this.deps.store.broedplaatsen.get(data.broedplaatsId);
    if (!row || !(await mayManage(this.deps, turn, row.value))) return { message: t.common.notAllowed };
    const b = row.value;
    const errors: string[] = [];
    const date = data.date ?? '';
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !DateTime.fromISO(date).isValid || date > this.today())
      errors.push(t.halfDays.errors.date);
    const what = cleanText(data.what ?? '');
    if (textLength(what) < HALF_DAY_TEXT.what.min || textLength(what) > HALF_DAY_TEXT.what.max)
      errors.push(t.halfDays.errors.what);
    if (errors.length) return { card: await this.form(turn, b, data, errors) };
    const used = (await this.deps.store.halfDays.listFor(b.id)).length;
    const over = wouldExceed(used);
    if (over && data.confirmOver !== 'true') {
      return {
        card: await this.form(
          turn,
          b,
          data,
          [t.halfDays.overBudget({ n: used + 1, budget: FACILITATOR_HALF_DAYS })],
          true,
        ),
      };
    }
    await this.deps.store.halfDays.create({
      id: this.deps.newId(),
      broedplaatsId: b.id,
      date,
      what,
      loggedBy: { aadObjectId: turn.actor.aadObjectId ?? '', name: turn.actor.name },
      loggedAt: this.deps.now().toISOString(),
      overBudget: over,
    });
    if (over) await this.tellLeads(turn, b, used + 1);
    return {
      card: renderNoticeCard({
        text: t.halfDays.saved({ used: used + 1, budget: FACILITATOR_HALF_DAYS }),
        color: 'Good',
      }),
    };
  }

  private async tellLeads(turn: Turn, b: Broedplaats, used: number): Promise<void> {
    const grants = await this.deps.store.roles.all();
    const leads = new Set([
      ...this.deps.config.projectLeadIds,
      ...grants.filter((g) => g.role === 'lead').map((g) => g.aadObjectId),
    ]);
    for (const aad of leads) {
      if (!isProjectLead({ aadObjectId: aad }, this.deps.config.projectLeadIds, grants)) continue;
      const t = textsFor(localeOf((await this.deps.store.conversations.personalChatOf(aad))?.address.locale));
      await this.deps.outbox.deliver(
        { kind: 'user', aadObjectId: aad, tenantId: turn.conversation.tenantId, hint: turn.address },
        t.halfDays.leadNotice({
          network: escapeMarkdown(b.network.name),
          used,
          budget: FACILITATOR_HALF_DAYS,
          name: escapeMarkdown(turn.actor.name),
        }),
        { purpose: 'half-day-budget', broedplaatsId: b.id, recipient: aad },
      );
    }
  }
}
