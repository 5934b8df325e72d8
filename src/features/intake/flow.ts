// The intake conversation: start or resume, read each answer, terug / stop / annuleer, edit from the summary.
import type { ActionOutcome, Command, Turn } from '../../bot/feature';
import { renderIntakeAnsweredCard } from '../../cards/intake-answered';
import { renderIntakeSummaryCard } from '../../cards/intake-summary';
import { parseYesNo } from '../../domain/choices';
import {
  answerStep,
  EDITABLE_FIELDS,
  editField,
  fieldNamed,
  isEditable,
  keepAnswer,
  nextPosition,
  progress as progressOf,
  startIntake,
  stepBack,
  type EditableField,
  type IntakeDraft,
  type StepContext,
  type StepInput,
} from '../../domain/intake';
import { networksFor } from '../../domain/visibility';
import { cleanText, escapeMarkdown, shorten } from '../../domain/text';
import type { Stored } from '../../store/json-table';
import type { FeatureDeps } from '../../bot/deps';
import { viewerOf } from '../shared/access';
import { confirmIntake } from './confirm';
import { intakeKey } from './keys';
import { progressText, promptFor } from './prompts';
import { answeredLine, describeField, readCard, STEP_VIEWS } from './steps';
import * as verbs from './verbs';

export const INTAKE_FLOW = 'intake';
/** The draft read ahead for a typed turn. */
const DRAFT_AT_START = 'intake:draft';

/** Words that steer the flow instead of answering, when typed on their own (Dutch and English). */
const CONTROL_WORDS: Record<string, 'stop' | 'back' | 'help' | 'cancel' | 'resume' | 'keep'> = {
  verder: 'keep',
  volgende: 'keep',
  houden: 'keep',
  next: 'keep',
  keep: 'keep',
  stop: 'stop',
  pauze: 'stop',
  pauzeer: 'stop',
  pause: 'stop',
  terug: 'back',
  vorige: 'back',
  back: 'back',
  hulp: 'help',
  help: 'help',
  '?': 'help',
  annuleer: 'cancel',
  annuleren: 'cancel',
  cancel: 'cancel',
  intake: 'resume',
  'nieuwe broedplaats': 'resume',
  new: 'resume',
};
/**
 * Commands that steer the open intake like the words above, by id ("new broedplaats" resumes it, "help" gives the
 * intake's own help); any other command on its own pauses it.
 */
const OWN_COMMANDS: ReadonlyMap<string, 'resume' | 'cancel' | 'help'> = new Map([
  ['intake', 'resume'],
  ['cancel', 'cancel'],
  ['help', 'help'],
]);
const CONFIRM_WORDS = /^(bevestig|bevestigen|ja|akkoord|confirm|yes|ok)$/;
/** Characters of a text typed at the summary quoted back when it is not understood. */
const QUOTED_TYPED_CHARS = 80;

/**
 * A typed text as the flow reads its words: `word`, cleaned, lower case, without a closing "." or "!"; and `steer`,
 * that word without a "?" after it (a word that steers the flow may be asked: "hulp?", "stop?"; a lone "?" stays
 * itself).
 */
function wordsOf(raw: string): { word: string; steer: string } {
  const word = cleanText(raw, false)
    .toLowerCase()
    .replace(/[.!]+$/, '');
  return { word, steer: word.replace(/(?<=[^?])\?+$/, '') };
}

function ownerOf(turn: Turn): string {
  return turn.actor.aadObjectId ?? turn.actor.id;
}

/** The intake's conversation logic, on the store and the clock of `deps`. */
export class IntakeFlow {
  constructor(
    private readonly deps: FeatureDeps,
    private readonly commands: () => readonly Command[],
  ) {}

  /** Whether a command with this id exists (to point to next steps only when they are there). */
  hasCommand(id: string): boolean {
    return this.commands().some((c) => c.id === id);
  }

  private nowIso(): string {
    return this.deps.now().toISOString();
  }

  /**
   * At a step that picks a network: the networks the user may pick (never another tenant's; of their own tenant only
   * those they are a contact of, or all for the project lead) and the names of their tenant that are taken.
   */
  private async networks(turn: Turn, draft: IntakeDraft): Promise<StepContext> {
    if (draft.position === 'summary' || !STEP_VIEWS[draft.position].picksNetwork)
      return { knownNetworks: [] };
    return turn.memo('intake:networks', async () => {
      const [networks, broedplaatsen, viewer] = await Promise.all([
        this.deps.store.broedplaatsen.listNetworks(),
        this.deps.store.broedplaatsen.list(),
        viewerOf(this.deps, turn),
      ]);
      const { offered, taken } = networksFor(viewer, networks, broedplaatsen);
      return { knownNetworks: offered, takenNetworks: taken };
    });
  }

  private async save(
    turn: Turn,
    draft: IntakeDraft,
    current?: Stored<IntakeDraft>,
  ): Promise<Stored<IntakeDraft>> {
    return this.deps.store.intakes.save(intakeKey(turn), draft, current, turn.claim);
  }

  /** Asks the current step (or shows the summary) of a draft. */
  async ask(
    turn: Turn,
    draft: IntakeDraft,
    extra: { error?: Parameters<typeof promptFor>[2]['error'] } = {},
  ): Promise<void> {
    if (draft.position === 'summary') {
      await turn.send({ card: this.summaryCard(turn, draft, true) });
      return;
    }
    const prompt = promptFor(turn.t, draft, {
      knownNetworks: (await this.networks(turn, draft)).knownNetworks,
      owner: ownerOf(turn),
      error: extra.error,
    });
    await turn.send(prompt);
  }

  /** `intake`: starts a new intake, or resumes the user's open or paused one at its open step. */
  async start(turn: Turn): Promise<void> {
    const stored = await this.deps.store.intakes.get(intakeKey(turn));
    turn.setOpenFlow(INTAKE_FLOW);
    if (stored) {
      const open = stored.value.position === 'summary' ? nextPosition(stored.value.answers) : 'summary';
      // A summary saved before a question was added: that question first, then back to the summary.
      const moved = open === 'summary' ? {} : { position: open, editing: true };
      const draft = {
        ...stored.value,
        ...moved,
        paused: false,
        confirmingCancel: false,
        updatedAt: this.nowIso(),
      };
      await this.save(turn, draft, stored);
      await turn.send(
        draft.position === 'summary'
          ? turn.t.intake.resumedSummary
          : turn.t.intake.resumed(progressOf(draft)),
      );
      await this.ask(turn, draft);
      return;
    }
    const draft = startIntake(this.deps.newId(), this.nowIso());
    await this.save(turn, draft);
    await turn.send(turn.t.intake.started({ total: progressOf(draft).total }));
    await this.ask(turn, draft);
  }

  /** `annuleer` outside the flow (e.g. after `stop`): asks to confirm deleting the paused intake. */
  async cancelCommand(turn: Turn): Promise<void> {
    const stored = await this.deps.store.intakes.get(intakeKey(turn));
    if (!stored) {
      await turn.send(turn.t.intake.nothingToCancel);
      return;
    }
    await this.save(turn, { ...stored.value, confirmingCancel: true, updatedAt: this.nowIso() }, stored);
    turn.setOpenFlow(INTAKE_FLOW);
    await turn.send(turn.t.intake.cancelConfirm);
  }

  /**
   * Before the flow closes: texts go to commands from now on, so a late redelivery of an answer would no longer
   * reach the draft that recorded it as handled. This activity and those the draft recorded get claim rows.
   */
  async closing(turn: Turn, stored: Stored<IntakeDraft>): Promise<void> {
    await turn.claim.ensure();
    await this.deps.store.claims.claimRecorded(stored.turns ?? [], this.deps.now());
  }

  /** Pauses the intake, its answers kept, closes the flow here and tells the user `notice`. */
  private async pause(turn: Turn, stored: Stored<IntakeDraft>, notice: string): Promise<void> {
    await this.closing(turn, stored);
    await this.save(turn, { ...stored.value, paused: true, updatedAt: this.nowIso() }, stored);
    turn.setOpenFlow(undefined);
    await turn.send(notice);
  }

  /** Reads the draft ahead, while the turn's state loads (a failure surfaces when `onText` takes it). */
  prefetch(turn: Turn): void {
    turn.readAhead(DRAFT_AT_START, () => this.deps.store.intakes.get(intakeKey(turn)));
  }

  /**
   * One of the intake's own words ("stop", "terug", "verder", …; "annuleer" is a command of its own) typed while it
   * is not open: with an intake paused here, says how to go on with it or delete it (true); "stop" with no intake
   * here says there is nothing to stop (true); otherwise false (the bot does not know the word).
   */
  async onStray(turn: Turn, raw: string): Promise<boolean> {
    const kind = CONTROL_WORDS[wordsOf(raw).steer];
    if (kind === 'help') return false;
    const stored = await this.deps.store.intakes.get(intakeKey(turn));
    // Its own words, or an answer typed while it is paused: how to go on, not "I don't understand".
    if (stored?.value.paused) {
      await turn.send(turn.t.intake.pausedStray);
      return true;
    }
    if (!kind) return false;
    // "stop" with nothing running here is still a command, not an unknown word.
    if (kind !== 'stop' || stored) return false;
    await turn.send(turn.t.intake.nothingToStop);
    return true;
  }

  /**
   * A typed message while the intake is open. Returns false when there is no open intake after all, or when the
   * text is another command on its own (`command`, e.g. "status"): the intake then pauses, its answers kept, and
   * the command runs.
   */
  async onText(turn: Turn, raw: string, command?: string): Promise<boolean> {
    const stored = await turn.takeReadAhead(DRAFT_AT_START, () =>
      this.deps.store.intakes.get(intakeKey(turn)),
    );
    // A redelivered answer: the draft recorded this activity when it saved its step.
    turn.claim.checkRecorded(stored?.turns);
    if (!stored || (stored.value.paused && !stored.value.confirmingCancel)) return false;
    const draft = stored.value;
    const { word, steer } = wordsOf(raw);

    if (draft.confirmingCancel) {
      const yes = parseYesNo(word);
      if (yes === true) {
        await this.closing(turn, stored);
        await this.deps.store.intakes.delete(intakeKey(turn), stored.etag);
        turn.setOpenFlow(undefined);
        await turn.send(turn.t.intake.cancelled);
      } else if (yes === false) {
        const resumed = { ...draft, confirmingCancel: false, paused: false, updatedAt: this.nowIso() };
        await this.save(turn, resumed, stored);
        await turn.send(turn.t.intake.cancelWithdrawn);
        await this.ask(turn, resumed);
      } else {
        await turn.send(turn.t.intake.cancelYesNo);
      }
      return true;
    }

    switch (CONTROL_WORDS[steer] ?? (command ? OWN_COMMANDS.get(command) : undefined)) {
      case 'stop':
        await this.pause(turn, stored, turn.t.intake.paused);
        return true;
      case 'back': {
        const previous = stepBack(draft, this.nowIso());
        if (!previous) {
          await turn.send(turn.t.intake.backAtStart);
          await this.ask(turn, draft);
          return true;
        }
        await this.save(turn, previous, stored);
        await this.ask(turn, previous);
        return true;
      }
      case 'help':
        if (draft.position === 'summary') {
          await turn.send(turn.t.intake.summaryHelp);
          return true;
        }
        await turn.send(turn.t.intake.inFlowHelp(progressOf(draft)));
        await this.ask(turn, draft);
        return true;
      case 'cancel':
        await this.save(turn, { ...draft, confirmingCancel: true, updatedAt: this.nowIso() }, stored);
        await turn.send(turn.t.intake.cancelConfirm);
        return true;
      case 'resume':
        await turn.send(
          draft.position === 'summary'
            ? turn.t.intake.resumedSummary
            : turn.t.intake.resumed(progressOf(draft)),
        );
        await this.ask(turn, draft);
        return true;
      case 'keep': {
        const kept = keepAnswer(draft, this.nowIso());
        if (!kept) {
          if (draft.position === 'summary') break;
          await turn.send(turn.t.intake.nothingToKeep);
          await this.ask(turn, draft);
          return true;
        }
        await this.save(turn, kept, stored);
        await this.ask(turn, kept);
        return true;
      }
      default:
        break;
    }

    if (command && !OWN_COMMANDS.has(command)) {
      // Another command on its own ("status"): the user wants it now, not as their answer.
      await this.pause(
        turn,
        stored,
        turn.t.intake.pausedForCommand({ typed: escapeMarkdown(cleanText(raw, false)) }),
      );
      return false;
    }

    if (draft.position === 'summary') {
      await this.onSummaryText(turn, stored, raw);
      return true;
    }
    await this.answer(turn, stored, { kind: 'text', text: raw });
    return true;
  }

  /** Text typed at the summary: confirm, a field's name to edit it, or how to go on from here. */
  private async onSummaryText(turn: Turn, stored: Stored<IntakeDraft>, raw: string): Promise<void> {
    const draft = stored.value;
    if (CONFIRM_WORDS.test(wordsOf(raw).word)) {
      await turn.claim.ensure();
      const outcome = await confirmIntake(this.deps, this, turn, stored);
      if ('message' in outcome) await turn.send(outcome.message);
      return;
    }
    const field = fieldNamed(raw);
    if (field && !isEditable(draft, field)) {
      await turn.send(turn.t.intake.summaryNotEditable({ field: turn.t.intake.fields[field] }));
      return;
    }
    if (field) {
      const editing = { ...editField(draft, field, this.nowIso()), paused: false };
      await this.save(turn, editing, stored);
      await this.ask(turn, editing);
      return;
    }
    const typed = escapeMarkdown(shorten(cleanText(raw, false), QUOTED_TYPED_CHARS));
    await turn.send(`${turn.t.intake.summaryUnknown({ typed })} ${turn.t.intake.summaryHelp}`);
  }

  /** Applies an answer (typed or from the card) to the stored draft and asks what comes next. */
  private async answer(
    turn: Turn,
    stored: Stored<IntakeDraft>,
    input: StepInput,
  ): Promise<'next' | 'retry' | 'declined'> {
    const draft = { ...stored.value, paused: false };
    const outcome = answerStep(draft, input, await this.networks(turn, draft), this.nowIso());
    if (outcome.kind === 'retry') {
      if (input.kind === 'text') await this.ask(turn, draft, { error: outcome.error });
      return 'retry';
    }
    if (outcome.kind === 'declined') await this.closing(turn, stored);
    await this.save(turn, outcome.draft, stored);
    if (outcome.kind === 'declined') {
      turn.setOpenFlow(undefined);
      await turn.send(turn.t.intake.declined);
      return 'declined';
    }
    turn.setOpenFlow(INTAKE_FLOW);
    await this.ask(turn, outcome.draft);
    return 'next';
  }

  /** Card button "Volgende" (or an answer button) on a question card. */
  async onCardAnswer(
    turn: Turn,
    data: { flowId: string; stepId: string; owner?: string; [k: string]: unknown },
  ): Promise<ActionOutcome> {
    const stored = await this.deps.store.intakes.get(intakeKey(turn));
    if (!stored || stored.value.id !== data.flowId) return { message: this.notMine(turn, data.owner) };
    const draft = stored.value;
    const step = draft.position;
    // A card of an earlier question, or of a step that shows none, is not read.
    const input = step !== 'summary' && step === data.stepId ? readCard(step, data) : undefined;
    if (step === 'summary' || !input) return { message: turn.t.intake.staleCard };
    const networks = await this.networks(turn, draft);
    const outcome = answerStep(draft, input, networks, this.nowIso());
    if (outcome.kind === 'retry') {
      const card = promptFor(turn.t, draft, {
        knownNetworks: networks.knownNetworks,
        owner: ownerOf(turn),
        error: outcome.error,
        sent: input,
      });
      return typeof card === 'string' ? { message: card } : { card: card.card };
    }
    const answered = renderIntakeAnsweredCard({
      heading: `✓ ${progressText(turn.t, draft)}`,
      answer: answeredLine(turn.t, step, outcome.draft.answers, outcome.kind === 'declined'),
    });
    await this.answer(turn, stored, input);
    return { card: answered };
  }

  /** "Wijzig" on the summary: back to that field's step; answering it returns to the summary. */
  async onEdit(
    turn: Turn,
    data: { flowId: string; field: EditableField; owner?: string },
  ): Promise<ActionOutcome> {
    const stored = await this.deps.store.intakes.get(intakeKey(turn));
    if (!stored || stored.value.id !== data.flowId) return { message: this.notMine(turn, data.owner) };
    if (stored.value.position !== 'summary' || !isEditable(stored.value, data.field))
      return { message: turn.t.intake.staleCard };
    const draft = editField(stored.value, data.field, this.nowIso());
    await this.save(turn, { ...draft, paused: false }, stored);
    turn.setOpenFlow(INTAKE_FLOW);
    await this.ask(turn, draft);
    return { card: this.summaryCard(turn, stored.value, false) };
  }

  /** "Annuleren" on the summary: asks to confirm, as typing `annuleer` does. */
  async onCancel(turn: Turn, data: { flowId: string; owner?: string }): Promise<ActionOutcome> {
    const stored = await this.deps.store.intakes.get(intakeKey(turn));
    if (!stored || stored.value.id !== data.flowId) return { message: this.notMine(turn, data.owner) };
    await this.save(turn, { ...stored.value, confirmingCancel: true, updatedAt: this.nowIso() }, stored);
    turn.setOpenFlow(INTAKE_FLOW);
    await turn.send(turn.t.intake.cancelConfirm);
    return { message: turn.t.intake.cancelConfirm };
  }

  /** The summary card of a draft; `editable` false shows it without buttons (after leaving it). */
  summaryCard(
    turn: Turn,
    draft: IntakeDraft,
    editable: boolean,
    status = '',
  ): ReturnType<typeof renderIntakeSummaryCard> {
    const t = turn.t;
    return renderIntakeSummaryCard({
      title: t.intake.summary.title,
      intro: editable ? t.intake.summary.intro : '',
      rows: EDITABLE_FIELDS.map((field) => ({
        field,
        label: t.intake.fields[field],
        value: describeField(t, draft.answers, field),
        editable: isEditable(draft, field),
      })),
      editable,
      status,
      editLabel: t.intake.summary.edit,
      confirmLabel: t.intake.summary.confirm,
      cancelLabel: t.intake.summary.cancel,
      flowId: draft.id,
      verbs: {
        edit: verbs.intakeEdit.name,
        confirm: verbs.intakeConfirm.name,
        cancel: verbs.intakeCancel.name,
      },
      owner: ownerOf(turn),
    });
  }

  private notMine(turn: Turn, owner: string | undefined): string {
    return owner && owner !== ownerOf(turn) ? turn.t.intake.notYours : turn.t.intake.staleCard;
  }
}
