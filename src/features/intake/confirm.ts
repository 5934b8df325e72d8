// Confirming an intake: the broedplaats is stored once, the project leads are told, related ones suggested.
import type { ActionOutcome, Turn } from '../../bot/feature';
import { renderBroedplaatsNoticeCard } from '../../cards/broedplaats-notice';
import { renderRelatedCard } from '../../cards/related';
import { renderNoticeCard } from '../../cards/notice';
import {
  networkKey,
  sharesWithNetworks,
  type Broedplaats,
  type Network,
  type Theme,
} from '../../domain/broedplaats';
import type { AdaptiveCard } from '../../cards/render';
import {
  EDITABLE_FIELDS,
  editField,
  nextPosition,
  toBroedplaats,
  type IntakeDraft,
  type StepError,
} from '../../domain/intake';
import { comparableOf, rankRelated, type Related } from '../../domain/similarity';
import {
  mayJoinNetwork,
  mayShowDetails,
  networksFor,
  relatedCandidates,
  type Viewer,
} from '../../domain/visibility';
import { escapeMarkdown, shorten } from '../../domain/text';
import { textsFor, localeOf, type Texts } from '../../i18n';
import { ConflictError, type Stored } from '../../store/json-table';
import type { FeatureDeps } from '../../bot/deps';
import { contactsOf, projectLeads, viewerOf } from '../shared/access';
import { answersOf, optionLabel } from './describe';
import { describeField } from './steps';
import { intakeKey } from './keys';
import { shareButton } from './sharing';

/** What confirming needs of the intake's conversation (the flow gives it; named here so neither imports the other). */
export interface IntakeSteps {
  /** Asks the draft's current question (or shows its summary), with an error when the answer was refused. */
  ask(turn: Turn, draft: IntakeDraft, extra?: { error?: StepError }): Promise<void>;
  /** Claims the turn and the activities the draft recorded, before the draft goes. */
  closing(turn: Turn, stored: Stored<IntakeDraft>): Promise<void>;
  /** Whether the bot has the command `id` (e.g. "plan"), to point to it. */
  hasCommand(id: string): boolean;
  /** The summary card of the draft, with its edit buttons when `editable`, and a status line. */
  summaryCard(turn: Turn, draft: IntakeDraft, editable: boolean, status?: string): AdaptiveCard;
}

/** Characters of a related broedplaats's question shown in a suggestion. */
const RELATED_QUESTION_CHARS = 240;

/**
 * Stores the broedplaats of a complete draft (once: a second confirm finds it and says so), closes the
 * intake, tells the user what is next, suggests related broedplaatsen and notifies every project lead.
 */
export async function confirmIntake(
  deps: FeatureDeps,
  flow: IntakeSteps,
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
  const viewer = await viewerOf(deps, turn);
  const network = await networkFor(deps, viewer, draft, nowIso);
  if (!network) {
    // Another network's name (or a pick this user may no longer make): asked again, nothing stored.
    const back = { ...editField(draft, 'network', nowIso), paused: false };
    await deps.store.intakes.save(intakeKey(turn), back, stored);
    turn.setOpenFlow('intake');
    await flow.ask(turn, back, { error: { key: 'network.taken' } });
    return { card: flow.summaryCard(turn, draft, false) };
  }
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
      sharesWithNetworks(saved) ? t.intake.sharedYes : t.intake.sharedNo,
    ]
      .filter(Boolean)
      .join('\n\n'),
  );
  await suggestRelated(deps, turn, saved, viewer);
  return {
    card: flow.summaryCard(
      turn,
      draft,
      false,
      `✓ ${t.intake.confirmed({ network: escapeMarkdown(saved.network.name) }).replace(/\*\*/g, '')}`,
    ),
  };
}

/**
 * The network a confirmed draft is for: the one picked or named when the user may join it (domain/visibility),
 * else a new one of their tenant; undefined when the name is that of another network of their tenant.
 */
async function networkFor(
  deps: FeatureDeps,
  viewer: Viewer,
  draft: IntakeDraft,
  nowIso: string,
): Promise<Network | undefined> {
  const a = draft.answers;
  const [networks, broedplaatsen] = await Promise.all([
    deps.store.broedplaatsen.listNetworks(),
    deps.store.broedplaatsen.list(),
  ]);
  const { offered, taken } = networksFor(viewer, networks, broedplaatsen);
  if (a.knownNetwork) return offered.find((n) => n.id === a.knownNetwork?.id);
  // Made by this very intake (its id): a confirm clicked twice at once, or delivered again, finds it as its own.
  const made = networks.find((n) => n.id === draft.id);
  if (made) return made;
  const key = networkKey(a.networkName ?? '');
  const own = offered.find((n) => networkKey(n.name) === key);
  if (own || taken.some((n) => networkKey(n.name) === key)) return own;
  const candidate: Network = {
    // The intake's id: a confirm delivered again finds the network it made as its own.
    id: draft.id,
    name: a.networkName ?? '',
    kind: a.networkKind ?? 'informeel',
    schoolCount: a.schoolCount ?? 0,
    createdAt: nowIso,
    tenantId: viewer.tenantId ?? '',
  };
  const stored = await deps.store.broedplaatsen.ensureNetwork(candidate);
  // A network of this name stored meanwhile by someone else of this tenant: theirs to join, not this user's.
  return stored.id === candidate.id || mayJoinNetwork(viewer, stored, broedplaatsen) ? stored : undefined;
}

/**
 * Up to three broedplaatsen of other networks of the same tenant with a related question or theme, with why; of
 * one that does not share (and that the user may not see anyway) only the theme and shared barriers. The contacts
 * of each one suggested are told.
 */
async function suggestRelated(deps: FeatureDeps, turn: Turn, b: Broedplaats, viewer: Viewer): Promise<void> {
  const others = relatedCandidates(b, await deps.store.broedplaatsen.list());
  const related = rankRelated(comparableOf(b), others.map(comparableOf));
  if (related.length === 0) return;
  const t = turn.t;
  const byId = new Map(others.map((o) => [o.id, o]));
  const shown = related.flatMap((r) => {
    const o = byId.get(r.id);
    return o ? [{ r, o, details: mayShowDetails(viewer, o) }] : [];
  });
  const items = shown.map(({ r, o, details }) => {
    const reasons = reasonsOf(t, r, o.theme, details).join(' · ');
    if (!details)
      return {
        network: t.intake.related.hiddenNetwork,
        question: t.intake.related.hidden,
        reasons,
        contact: '',
      };
    return {
      network: o.network.name,
      question: shorten(o.question, RELATED_QUESTION_CHARS),
      reasons,
      contact: o.contacts[0] ? t.intake.related.contact({ name: o.contacts[0].name }) : '',
    };
  });
  await turn.send({ card: renderRelatedCard({ intro: t.intake.related.intro, items }) });
  for (const { r, o, details } of shown) await tellSuggested(deps, turn, b, o, r, details);
}

/** Why a broedplaats is related, in words; the shared words (from its own text) only with `words`. */
function reasonsOf(t: Texts, r: Related, theme: Theme, words: boolean): string[] {
  return [
    r.sameTheme ? t.intake.related.sameTheme({ theme: optionLabel(t, 'theme', theme) }) : '',
    r.sharedBarriers.length
      ? t.intake.related.sharedBarriers({
          barriers: r.sharedBarriers.map((x) => optionLabel(t, 'system', x).toLowerCase()).join(', '),
        })
      : '',
    words && r.sharedWords.length ? t.intake.related.sharedWords({ words: r.sharedWords.join(', ') }) : '',
  ].filter(Boolean);
}

/**
 * Tells the contacts of `o` (1:1, in their language, through the outbox) that it was suggested at the intake of
 * `b`: naming `b` and its contact only when `b` shares; saying what was shown of `o`, and offering to share when
 * only its theme was.
 */
async function tellSuggested(
  deps: FeatureDeps,
  turn: Turn,
  b: Broedplaats,
  o: Broedplaats,
  r: Related,
  details: boolean,
): Promise<void> {
  const actor = turn.actor.aadObjectId?.toLowerCase();
  for (const c of await contactsOf(deps, o)) {
    if (c.aadObjectId.toLowerCase() === actor) continue;
    const chat = await deps.store.conversations.personalChatOf(c.aadObjectId);
    const t = textsFor(localeOf(chat?.address.locale));
    const n = t.sharing.notice;
    const reasons = reasonsOf(t, r, o.theme, false).join(', ');
    const text = [
      sharesWithNetworks(b)
        ? n.byNamed({
            network: escapeMarkdown(b.network.name),
            name: escapeMarkdown(b.createdBy.name),
            reasons,
          })
        : n.byOther({ reasons }),
      details ? n.sawDetails : n.sawTheme,
    ].join('\n\n');
    const card = renderNoticeCard({
      title: n.title({ network: escapeMarkdown(o.network.name) }),
      text,
      submit: details ? [] : [shareButton(t, o.id)],
    });
    await deps.outbox.deliver(
      { kind: 'user', aadObjectId: c.aadObjectId, tenantId: o.origin.tenantId, hint: turn.address },
      { card },
      { purpose: 'related-notice', broedplaatsId: o.id, recipient: c.aadObjectId },
    );
  }
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
