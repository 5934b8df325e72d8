// Confirming an intake: the broedplaats is stored once, the project leads are told, related ones suggested.
import type { ActionOutcome, Turn } from '../../bot/feature';
import { renderBroedplaatsNoticeCard } from '../../cards/broedplaats-notice';
import { renderRelatedCard } from '../../cards/related';
import type { Broedplaats } from '../../domain/broedplaats';
import { EDITABLE_FIELDS, nextPosition, toBroedplaats, type IntakeDraft } from '../../domain/intake';
import { comparableOf, rankRelated } from '../../domain/similarity';
import { escapeMarkdown, shorten } from '../../domain/text';
import { textsFor, localeOf, type Texts } from '../../i18n';
import { ConflictError, type Stored } from '../../store/json-table';
import type { FeatureDeps } from '..';
import { projectLeads } from '../access';
import { answersOf, describeField, optionLabel } from './describe';
import { intakeKey, type IntakeFlow } from './flow';

/** Characters of a related broedplaats's question shown in a suggestion. */
const RELATED_QUESTION_CHARS = 240;

/**
 * Stores the broedplaats of a complete draft (once: a second confirm finds it and says so), closes the
 * intake, tells the user what is next, suggests related broedplaatsen and notifies every project lead.
 */
export async function confirmIntake(
  deps: FeatureDeps,
  flow: IntakeFlow,
  turn: Turn,
  stored: Stored<IntakeDraft>,
): Promise<ActionOutcome> {
  const draft = stored.value;
  const t = turn.t;
  const nowIso = deps.now().toISOString();
  const missing = nextPosition(draft.answers);
  if (missing !== 'summary') {
    const moved = { ...draft, position: missing, paused: false, updatedAt: nowIso };
    await deps.store.intakes.save(intakeKey(turn), moved, stored);
    turn.setOpenFlow('intake');
    await turn.send(t.intake.incomplete);
    await flow.ask(turn, moved);
    return { message: t.intake.incomplete };
  }
  const a = draft.answers;
  const network =
    a.knownNetwork ??
    (await deps.store.broedplaatsen.ensureNetwork({
      id: deps.newId(),
      name: a.networkName ?? '',
      kind: a.networkKind ?? 'informeel',
      schoolCount: a.schoolCount ?? 0,
      createdAt: nowIso,
    }));
  const contact = { aadObjectId: turn.actor.aadObjectId ?? turn.actor.id, name: turn.actor.name };
  const broedplaats = toBroedplaats(draft, {
    id: draft.id,
    network,
    nowIso,
    contact,
    origin: {
      conversationId: turn.conversation.id,
      kind: turn.conversation.kind,
      tenantId: turn.conversation.tenantId,
    },
  });
  if (!broedplaats) return { message: t.intake.incomplete };

  const { created, broedplaats: saved } = await deps.store.broedplaatsen.create(broedplaats);
  await flow.closing(turn, stored);
  await deps.store.intakes.delete(intakeKey(turn), stored.etag).catch((e: unknown) => {
    if (!(e instanceof ConflictError)) throw e;
  });
  turn.setOpenFlow(undefined);
  if (!created)
    return { message: t.intake.alreadyConfirmed({ network: escapeMarkdown(saved.network.name) }) };

  const leadsTold = await notifyProjectLeads(deps, turn, saved);
  const hasPlan = flow.hasCommand('plan');
  await turn.send(
    [
      t.intake.confirmed({ network: escapeMarkdown(saved.network.name) }) +
        (leadsTold > 0 ? ` ${t.intake.leadsInformed}` : ''),
      t.intake.nextSteps,
      hasPlan ? t.intake.nextStepsPlan : '',
    ]
      .filter(Boolean)
      .join('\n\n'),
  );
  await suggestRelated(deps, turn, saved);
  return {
    card: flow.summaryCard(
      turn,
      draft,
      false,
      `✓ ${t.intake.confirmed({ network: escapeMarkdown(saved.network.name) }).replace(/\*\*/g, '')}`,
    ),
  };
}

/** Up to three broedplaatsen of other networks with a related question or theme, with why. */
async function suggestRelated(deps: FeatureDeps, turn: Turn, b: Broedplaats): Promise<void> {
  const others = (await deps.store.broedplaatsen.list()).filter(
    (o) => o.network.id !== b.network.id && o.id !== b.id,
  );
  const related = rankRelated(comparableOf(b), others.map(comparableOf));
  if (related.length === 0) return;
  const t = turn.t;
  const byId = new Map(others.map((o) => [o.id, o]));
  const items = related.flatMap((r) => {
    const o = byId.get(r.id);
    if (!o) return [];
    const reasons = [
      r.sameTheme ? t.intake.related.sameTheme({ theme: optionLabel(t, 'theme', o.theme) }) : '',
      r.sharedBarriers.length
        ? t.intake.related.sharedBarriers({
            barriers: r.sharedBarriers.map((x) => optionLabel(t, 'system', x).toLowerCase()).join(', '),
          })
        : '',
      r.sharedWords.length ? t.intake.related.sharedWords({ words: r.sharedWords.join(', ') }) : '',
    ].filter(Boolean);
    return [
      {
        network: o.network.name,
        question: shorten(o.question, RELATED_QUESTION_CHARS),
        reasons: reasons.join(' · '),
        contact: o.contacts[0] ? t.intake.related.contact({ name: o.contacts[0].name }) : '',
      },
    ];
  });
  await turn.send({ card: renderRelatedCard({ intro: t.intake.related.intro, items }) });
}

/**
 * A card for each project lead (in their language when known), through the outbox; returns how many were
 * reached or will be (queued). A contact who is a project lead is not told about their own.
 */
async function notifyProjectLeads(deps: FeatureDeps, turn: Turn, b: Broedplaats): Promise<number> {
  const actor = turn.actor.aadObjectId?.toLowerCase();
  const leads = (await projectLeads(deps)).filter((id) => id !== actor);
  let reached = 0;
  for (const lead of leads) {
    const chat = await deps.store.conversations.personalChatOf(lead);
    const t = textsFor(localeOf(chat?.address.locale));
    const result = await deps.outbox.deliver(
      { kind: 'user', aadObjectId: lead, tenantId: turn.conversation.tenantId, hint: turn.address },
      { card: noticeCard(t, b) },
      { purpose: 'lead-notice', broedplaatsId: b.id, recipient: lead },
    );
    if (result.ok || 'queued' in result) reached++;
  }
  return reached;
}

/** The project lead's card about a new broedplaats. */
export function noticeCard(t: Texts, b: Broedplaats): ReturnType<typeof renderBroedplaatsNoticeCard> {
  const answers = answersOf(b);
  return renderBroedplaatsNoticeCard({
    title: t.intake.leadNotice.title({ network: escapeMarkdown(b.network.name) }),
    intro: t.intake.leadNotice.intro({ name: escapeMarkdown(b.createdBy.name) }),
    rows: EDITABLE_FIELDS.filter((f) => f !== 'networkKind' && f !== 'schoolCount').map((field) => ({
      label: t.intake.fields[field],
      value: describeField(t, answers, field),
    })),
  });
}
